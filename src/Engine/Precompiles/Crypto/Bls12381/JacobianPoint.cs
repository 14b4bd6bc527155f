namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// A point (X : Y : Z) in Jacobian coordinates (x = X/Z², y = Y/Z³; infinity when Z = 0) for runs
/// of doublings with occasional additions of an affine point, as in multiplication by the BLS
/// parameter x. For a = 0 a doubling costs 2M + 5S and a mixed addition 7M + 4S, against 6M + 2S
/// and 12M for the complete projective formulas; the squarings are what makes it pay over Fp2.
/// These formulas are not complete, so <see cref="AddAffine"/> handles equal and opposite points itself.
/// </summary>
internal readonly struct JacobianPoint<TField, TCurve>
    where TField : struct, IFieldElement<TField>
    where TCurve : struct, ICurve<TField>
{
    public readonly TField X;
    public readonly TField Y;
    public readonly TField Z;

    public JacobianPoint(in TField x, in TField y, in TField z)
    {
        X = x;
        Y = y;
        Z = z;
    }

    public static JacobianPoint<TField, TCurve> FromAffine(in TField x, in TField y) => new(x, y, TField.One);

    public bool IsInfinity => Z.IsZero;

    /// <summary>dbl-2009-l (Lange's database, a = 0); Y = 0 and infinity both give Z = 0, infinity.</summary>
    public static JacobianPoint<TField, TCurve> Double(in JacobianPoint<TField, TCurve> p)
    {
        var a = TField.Square(p.X);
        var b = TField.Square(p.Y);
        var c = TField.Square(b);
        var d = TField.Sub(TField.Sub(TField.Square(TField.Add(p.X, b)), a), c);
        d = TField.Add(d, d);
        var e = TField.Add(TField.Add(a, a), a);
        var x3 = TField.Sub(TField.Sub(TField.Square(e), d), d);
        var eightC = TField.Add(c, c);
        eightC = TField.Add(eightC, eightC);
        eightC = TField.Add(eightC, eightC);
        var y3 = TField.Sub(TField.Mul(e, TField.Sub(d, x3)), eightC);
        var yz = TField.Mul(p.Y, p.Z);
        return new(x3, y3, TField.Add(yz, yz));
    }

    /// <summary>
    /// p + (x, y) for an affine point (never infinity), madd-2007-bl: when the x-coordinates agree
    /// the points are equal (then it doubles) or opposite (then the sum is infinity).
    /// </summary>
    public static JacobianPoint<TField, TCurve> AddAffine(in JacobianPoint<TField, TCurve> p, in TField x, in TField y)
    {
        if (p.IsInfinity) return FromAffine(x, y);
        var z1z1 = TField.Square(p.Z);
        var u2 = TField.Mul(x, z1z1);
        var s2 = TField.Mul(y, TField.Mul(p.Z, z1z1));
        var h = TField.Sub(u2, p.X);
        var r = TField.Sub(s2, p.Y);
        if (h.IsZero) return r.IsZero ? Double(p) : new(TField.One, TField.One, TField.Zero);
        r = TField.Add(r, r);
        var hh = TField.Square(h);
        var i = TField.Add(hh, hh);
        i = TField.Add(i, i);
        var j = TField.Mul(h, i);
        var v = TField.Mul(p.X, i);
        var x3 = TField.Sub(TField.Sub(TField.Sub(TField.Square(r), j), v), v);
        var yj = TField.Mul(p.Y, j);
        var y3 = TField.Sub(TField.Sub(TField.Mul(r, TField.Sub(v, x3)), yj), yj);
        var z3 = TField.Sub(TField.Sub(TField.Square(TField.Add(p.Z, h)), z1z1), hh);
        return new(x3, y3, z3);
    }

    /// <summary>(X·Z : Y : Z³) in homogeneous coordinates: x = XZ/Z³ = X/Z², y = Y/Z³.</summary>
    public ProjectivePoint<TField, TCurve> ToProjective() =>
        IsInfinity ? ProjectivePoint<TField, TCurve>.Infinity : new(TField.Mul(X, Z), Y, TField.Mul(TField.Square(Z), Z));
}
