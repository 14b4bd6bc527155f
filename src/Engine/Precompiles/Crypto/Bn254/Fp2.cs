using System.Runtime.CompilerServices;

namespace Csevm.Precompiles.Crypto.Bn254;

/// <summary>F_p² = F_p[u]/(u² + 1): the field of the twist's coordinates. Value A + B·u.</summary>
public readonly struct Fp2 : IEquatable<Fp2>, IFieldElement<Fp2>
{
    public readonly Fp A, B;

    public Fp2(in Fp a, in Fp b)
    {
        A = a; B = b;
    }

    public static Fp2 Zero => default;
    private static readonly Fp2 OneValue = new(Fp.One, Fp.Zero);
    public static Fp2 One => OneValue;

    /// <summary>ξ = 9 + u, the non-residue that builds F_p⁶ (v³ = ξ) and defines the twist.</summary>
    public static readonly Fp2 Xi = new(Fp.FromUInt64(9), Fp.One);

    public bool IsZero => A.IsZero && B.IsZero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 operator +(in Fp2 x, in Fp2 y) => new(x.A + y.A, x.B + y.B);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 operator -(in Fp2 x, in Fp2 y) => new(x.A - y.A, x.B - y.B);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 operator -(in Fp2 x) => new(-x.A, -x.B);

    /// <summary>Karatsuba with lazy reduction: three base-field products, two Montgomery reductions.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 operator *(in Fp2 x, in Fp2 y)
    {
        Fp.MultiplyComplex(x.A, x.B, y.A, y.B, out var a, out var b);
        return new Fp2(a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 operator *(in Fp2 x, in Fp k) => new(x.A * k, x.B * k);

    /// <summary>(a + bu)² = (a + b)(a − b) + 2ab·u, two base-field products on unreduced factors.</summary>
    public Fp2 Square()
    {
        Fp.SquareComplex(A, B, out var a, out var b);
        return new Fp2(a, b);
    }

    public Fp2 Double() => new(A.Double(), B.Double());

    /// <summary>The p-power Frobenius on F_p²: a + bu ↦ a − bu.</summary>
    public Fp2 Conjugate() => new(A, -B);

    /// <summary>Multiplication by ξ = 9 + u: (9a − b) + (a + 9b)u, with shifts and additions only.</summary>
    public Fp2 MultiplyByXi()
    {
        Fp.MultiplyByNinePlusU(A, B, out var a, out var b);
        return new Fp2(a, b);
    }

    /// <summary>(a + bu)⁻¹ = (a − bu) / (a² + b²).</summary>
    public Fp2 Inverse()
    {
        var norm = (A.Square() + B.Square()).Inverse();
        return new Fp2(A * norm, -(B * norm));
    }

    /// <summary>x^e by square and multiply, for start-up constants and tests (not a hot path).</summary>
    public static Fp2 Pow(in Fp2 value, System.Numerics.BigInteger exponent)
    {
        var result = One;
        for (long bit = (long)exponent.GetBitLength() - 1; bit >= 0; bit--)
        {
            result = result.Square();
            if (!(exponent >> (int)bit).IsEven) result *= value;
        }
        return result;
    }

    public bool Equals(Fp2 other) => A == other.A && B == other.B;
    public override bool Equals(object? obj) => obj is Fp2 other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(A, B);
    public static bool operator ==(in Fp2 x, in Fp2 y) => x.Equals(y);
    public static bool operator !=(in Fp2 x, in Fp2 y) => !x.Equals(y);
    public override string ToString() => $"({A}, {B})";
}
