namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// A point (X : Y : Z) in homogeneous projective coordinates (x = X/Z, y = Y/Z) on the curve
/// <typeparamref name="TCurve"/>, infinity being (0 : 1 : 0). Addition and doubling use the
/// complete formulas of Renes, Costello and Batina (2016, algorithms 7 and 9 for a = 0), so no
/// input (infinity, equal or opposite points) needs a special case.
/// </summary>
internal readonly struct ProjectivePoint<TField, TCurve>
    where TField : struct, IFieldElement<TField>
    where TCurve : struct, ICurve<TField>
{
    public readonly TField X;
    public readonly TField Y;
    public readonly TField Z;

    public ProjectivePoint(in TField x, in TField y, in TField z)
    {
        X = x;
        Y = y;
        Z = z;
    }

    public static ProjectivePoint<TField, TCurve> Infinity => new(TField.Zero, TField.One, TField.Zero);

    public bool IsInfinity => Z.IsZero;

    public static ProjectivePoint<TField, TCurve> FromAffine(in TField x, in TField y) => new(x, y, TField.One);

    /// <summary>True when (x, y) satisfies y² = x³ + B.</summary>
    public static bool IsOnCurve(in TField x, in TField y) =>
        TField.AreEqual(TField.Square(y), TField.Add(TField.Mul(TField.Square(x), x), TCurve.B));

    /// <summary>The affine coordinates, or false for infinity; no inversion when Z is one (decoded points).</summary>
    public bool TryToAffine(out TField x, out TField y)
    {
        if (IsInfinity)
        {
            x = TField.Zero;
            y = TField.Zero;
            return false;
        }
        if (TField.AreEqual(Z, TField.One))
        {
            x = X;
            y = Y;
            return true;
        }
        var zInverse = TField.Inverse(Z);
        x = TField.Mul(X, zInverse);
        y = TField.Mul(Y, zInverse);
        return true;
    }

    public static ProjectivePoint<TField, TCurve> Negate(in ProjectivePoint<TField, TCurve> p) => new(p.X, TField.Negate(p.Y), p.Z);

    public static bool AreEqual(in ProjectivePoint<TField, TCurve> a, in ProjectivePoint<TField, TCurve> b) =>
        TField.AreEqual(TField.Mul(a.X, b.Z), TField.Mul(b.X, a.Z)) && TField.AreEqual(TField.Mul(a.Y, b.Z), TField.Mul(b.Y, a.Z));

    /// <summary>RCB algorithm 7: 12 multiplications, 2 of them by 3b (done by additions).</summary>
    public static ProjectivePoint<TField, TCurve> Add(in ProjectivePoint<TField, TCurve> p, in ProjectivePoint<TField, TCurve> q)
    {
        var t0 = TField.Mul(p.X, q.X);
        var t1 = TField.Mul(p.Y, q.Y);
        var t2 = TField.Mul(p.Z, q.Z);
        var t3 = TField.Mul(TField.Add(p.X, p.Y), TField.Add(q.X, q.Y));
        var t4 = TField.Add(t0, t1);
        t3 = TField.Sub(t3, t4);
        t4 = TField.Mul(TField.Add(p.Y, p.Z), TField.Add(q.Y, q.Z));
        var x3 = TField.Add(t1, t2);
        t4 = TField.Sub(t4, x3);
        x3 = TField.Mul(TField.Add(p.X, p.Z), TField.Add(q.X, q.Z));
        var y3 = TField.Add(t0, t2);
        y3 = TField.Sub(x3, y3);
        x3 = TField.Add(t0, t0);
        t0 = TField.Add(x3, t0);
        t2 = TCurve.MulByB3(t2);
        var z3 = TField.Add(t1, t2);
        t1 = TField.Sub(t1, t2);
        y3 = TCurve.MulByB3(y3);
        x3 = TField.Mul(t4, y3);
        t2 = TField.Mul(t3, t1);
        x3 = TField.Sub(t2, x3);
        y3 = TField.Mul(y3, t0);
        t1 = TField.Mul(t1, z3);
        y3 = TField.Add(t1, y3);
        t0 = TField.Mul(t0, t3);
        z3 = TField.Mul(z3, t4);
        z3 = TField.Add(z3, t0);
        return new(x3, y3, z3);
    }

    /// <summary>RCB algorithm 9: 6 multiplications, 2 squarings, 1 multiplication by 3b (by additions).</summary>
    public static ProjectivePoint<TField, TCurve> Double(in ProjectivePoint<TField, TCurve> p)
    {
        var t0 = TField.Square(p.Y);
        var z3 = TField.Add(t0, t0);
        z3 = TField.Add(z3, z3);
        z3 = TField.Add(z3, z3);
        var t1 = TField.Mul(p.Y, p.Z);
        var t2 = TCurve.MulByB3(TField.Square(p.Z));
        var x3 = TField.Mul(t2, z3);
        var y3 = TField.Add(t0, t2);
        z3 = TField.Mul(t1, z3);
        t1 = TField.Add(t2, t2);
        t2 = TField.Add(t1, t2);
        t0 = TField.Sub(t0, t2);
        y3 = TField.Mul(t0, y3);
        y3 = TField.Add(x3, y3);
        t1 = TField.Mul(p.X, p.Y);
        x3 = TField.Mul(t0, t1);
        x3 = TField.Add(x3, x3);
        return new(x3, y3, z3);
    }

    /// <summary>
    /// [k]P for a big-endian unsigned scalar of any length (public scalars: the time depends on k).
    /// Short scalars — the sparse BLS parameter of the endomorphism tricks — use double-and-add;
    /// longer ones a 4-bit fixed window, a quarter of the additions for 14 of precomputation.
    /// </summary>
    public static ProjectivePoint<TField, TCurve> Multiply(in ProjectivePoint<TField, TCurve> p, ReadOnlySpan<byte> scalarBigEndian)
    {
        if (scalarBigEndian.Length <= 8) return MultiplyByDoubleAndAdd(p, scalarBigEndian);
        var table = new ProjectivePoint<TField, TCurve>[16];
        table[1] = p;
        table[2] = Double(p);
        for (var i = 3; i < table.Length; i++) table[i] = Add(table[i - 1], p);
        var result = Infinity;
        var started = false;
        foreach (var b in scalarBigEndian)
        {
            for (var shift = 4; shift >= 0; shift -= 4)
            {
                if (started) result = Double(Double(Double(Double(result))));
                var nibble = (b >> shift) & 0xf;
                if (nibble == 0) continue;
                result = started ? Add(result, table[nibble]) : table[nibble];
                started = true;
            }
        }
        return result;
    }

    /// <summary>
    /// Double-and-add in Jacobian coordinates with P made affine first (free when Z is already one):
    /// for these short scalars nearly all the work is doublings, which Jacobian coordinates make cheaper.
    /// </summary>
    private static ProjectivePoint<TField, TCurve> MultiplyByDoubleAndAdd(in ProjectivePoint<TField, TCurve> p, ReadOnlySpan<byte> scalarBigEndian)
    {
        if (!p.TryToAffine(out var x, out var y)) return Infinity;
        var result = default(JacobianPoint<TField, TCurve>);
        var started = false;
        foreach (var b in scalarBigEndian)
        {
            for (var bit = 7; bit >= 0; bit--)
            {
                if (started) result = JacobianPoint<TField, TCurve>.Double(result);
                if (((b >> bit) & 1) != 0)
                {
                    result = started ? JacobianPoint<TField, TCurve>.AddAffine(result, x, y) : JacobianPoint<TField, TCurve>.FromAffine(x, y);
                    started = true;
                }
            }
        }
        return started ? result.ToProjective() : Infinity;
    }
}
