using System.Runtime.CompilerServices;

namespace Csevm.Precompiles.Crypto.Bn254;

/// <summary>
/// A point of a short Weierstrass curve y² = x³ + b (a = 0) over field T in Jacobian coordinates
/// (x = X/Z², y = Y/Z³); Z = 0 is the point at infinity. Formulas: dbl-2009-l and add-2007-bl
/// from the Explicit-Formulas Database.
/// </summary>
public readonly struct JacobianPoint<T> where T : unmanaged, IFieldElement<T>
{
    public readonly T X, Y, Z;

    public JacobianPoint(in T x, in T y, in T z)
    {
        X = x; Y = y; Z = z;
    }

    public static JacobianPoint<T> Infinity => new(T.One, T.One, T.Zero);

    public static JacobianPoint<T> FromAffine(in T x, in T y) => new(x, y, T.One);

    public bool IsInfinity => Z.IsZero;

    public JacobianPoint<T> Double()
    {
        if (IsInfinity) return this;
        var a = X.Square();
        var b = Y.Square();
        var c = b.Square();
        var d = ((X + b).Square() - a - c).Double();
        var e = a.Double() + a;
        var x3 = e.Square() - d.Double();
        var y3 = e * (d - x3) - c.Double().Double().Double();
        var z3 = (Y * Z).Double();
        return new JacobianPoint<T>(x3, y3, z3);
    }

    public JacobianPoint<T> Add(in JacobianPoint<T> other)
    {
        if (IsInfinity) return other;
        if (other.IsInfinity) return this;
        var z1z1 = Z.Square();
        var z2z2 = other.Z.Square();
        var u1 = X * z2z2;
        var u2 = other.X * z1z1;
        var s1 = Y * other.Z * z2z2;
        var s2 = other.Y * Z * z1z1;
        var h = u2 - u1;
        var rHalf = s2 - s1;
        if (h.IsZero) return rHalf.IsZero ? Double() : Infinity;
        var i = h.Double().Square();
        var j = h * i;
        var r = rHalf.Double();
        var v = u1 * i;
        var x3 = r.Square() - j - v.Double();
        var y3 = r * (v - x3) - (s1 * j).Double();
        var z3 = ((Z + other.Z).Square() - z1z1 - z2z2) * h;
        return new JacobianPoint<T>(x3, y3, z3);
    }

    /// <summary>
    /// This + (x, y) for an affine point (mixed addition, madd-2007-bl: 7M + 4S instead of 11M + 5S).
    /// The affine point must not be infinity.
    /// </summary>
    public JacobianPoint<T> AddAffine(in T x, in T y)
    {
        if (IsInfinity) return FromAffine(x, y);
        var z1z1 = Z.Square();
        var h = x * z1z1 - X;
        var rHalf = y * Z * z1z1 - Y;
        if (h.IsZero) return rHalf.IsZero ? FromAffine(x, y).Double() : Infinity;
        var hh = h.Square();
        var i = hh.Double().Double();
        var j = h * i;
        var r = rHalf.Double();
        var v = X * i;
        var x3 = r.Square() - j - v.Double();
        var y3 = r * (v - x3) - (Y * j).Double();
        var z3 = (Z + h).Square() - z1z1 - hh;
        return new JacobianPoint<T>(x3, y3, z3);
    }

    public JacobianPoint<T> Negate() => new(X, -Y, Z);

    /// <summary>
    /// [k]P for a scalar given as big-endian bytes: a fixed 4-bit window from the top, so each
    /// nibble costs four doublings and at most one addition of a precomputed multiple.
    /// </summary>
    public JacobianPoint<T> Multiply(ReadOnlySpan<byte> scalarBigEndian)
    {
        Span<JacobianPoint<T>> multiples = stackalloc JacobianPoint<T>[16];
        multiples[0] = Infinity;
        multiples[1] = this;
        for (int i = 2; i < 16; i++) multiples[i] = (i & 1) == 0 ? multiples[i >> 1].Double() : multiples[i - 1].Add(this);

        var result = Infinity;
        foreach (byte octet in scalarBigEndian)
        {
            result = result.Double().Double().Double().Double();
            if ((octet >> 4) != 0) result = result.Add(multiples[octet >> 4]);
            result = result.Double().Double().Double().Double();
            if ((octet & 15) != 0) result = result.Add(multiples[octet & 15]);
        }
        return result;
    }

    /// <summary>Whether both represent the same point: X₁Z₂² = X₂Z₁² and Y₁Z₂³ = Y₂Z₁³.</summary>
    public bool IsSamePoint(in JacobianPoint<T> other)
    {
        if (IsInfinity || other.IsInfinity) return IsInfinity && other.IsInfinity;
        var z1z1 = Z.Square();
        var z2z2 = other.Z.Square();
        return X * z2z2 == other.X * z1z1 && Y * z2z2 * other.Z == other.Y * z1z1 * Z;
    }

    /// <summary>The affine coordinates; false for the point at infinity.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryToAffine(out T x, out T y)
    {
        if (IsInfinity)
        {
            x = T.Zero;
            y = T.Zero;
            return false;
        }
        if (Z == T.One)
        {
            x = X;
            y = Y;
            return true;
        }
        var zInverse = Z.Inverse();
        var zInverseSquared = zInverse.Square();
        x = X * zInverseSquared;
        y = Y * zInverseSquared * zInverse;
        return true;
    }
}
