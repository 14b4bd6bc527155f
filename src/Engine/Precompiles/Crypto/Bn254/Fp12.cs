using System.Numerics;

namespace Csevm.Precompiles.Crypto.Bn254;

/// <summary>
/// F_p¹² = F_p⁶[w]/(w² − v), where pairings take their values. Value C0 + C1·w; read as
/// Σ gᵢ·wⁱ over F_p², C0 holds g0, g2, g4 and C1 holds g1, g3, g5.
/// </summary>
public readonly struct Fp12 : IEquatable<Fp12>
{
    public readonly Fp6 C0, C1;

    public Fp12(in Fp6 c0, in Fp6 c1)
    {
        C0 = c0; C1 = c1;
    }

    public static readonly Fp12 One = new(Fp6.One, Fp6.Zero);

    // Frobenius coefficients: ξ^(i(p−1)/6) and ξ^(i(p²−1)/6) for wⁱ, i = 0..5 (computed once).
    private static readonly Fp2[] FrobeniusCoefficients = FrobeniusTable(1);
    private static readonly Fp2[] FrobeniusSquaredCoefficients = FrobeniusTable(2);

    /// <summary>ξ^((p−1)/3) and ξ^((p−1)/2): the Frobenius endomorphism on twist coordinates x and y.</summary>
    internal static Fp2 TwistFrobeniusX => FrobeniusCoefficients[2];
    internal static Fp2 TwistFrobeniusY => FrobeniusCoefficients[3];

    public bool IsOne => Equals(One);

    public static Fp12 operator *(in Fp12 x, in Fp12 y)
    {
        var t0 = x.C0 * y.C0;
        var t1 = x.C1 * y.C1;
        return new Fp12(t0 + t1.MultiplyByV(), (x.C0 + x.C1) * (y.C0 + y.C1) - t0 - t1);
    }

    /// <summary>Complex squaring: two F_p⁶ products.</summary>
    public Fp12 Square()
    {
        var ab = C0 * C1;
        var c0 = (C0 + C1) * (C0 + C1.MultiplyByV()) - ab - ab.MultiplyByV();
        return new Fp12(c0, ab + ab);
    }

    /// <summary>
    /// Product with a line value a + (b + c·v)·w (a, b, c in F_p²), the sparse shape of every
    /// Miller-loop line on the D-type twist.
    /// </summary>
    public Fp12 MultiplyByLine(in Fp2 a, in Fp2 b, in Fp2 c)
    {
        var t0 = C0 * a;
        var t1 = C1.MultiplyBySparse(b, c);
        var c1 = (C0 + C1).MultiplyBySparse(a + b, c) - t0 - t1;
        return new Fp12(t0 + t1.MultiplyByV(), c1);
    }

    /// <summary>x^(p⁶): negates the w part. On the cyclotomic subgroup this is the inverse.</summary>
    public Fp12 Conjugate() => new(C0, -C1);

    public Fp12 Inverse()
    {
        var norm = (C0.Square() - C1.Square().MultiplyByV()).Inverse();
        return new Fp12(C0 * norm, -(C1 * norm));
    }

    /// <summary>x^p: conjugate each F_p² coefficient gᵢ and scale it by ξ^(i(p−1)/6).</summary>
    public Fp12 Frobenius() => new(
        new Fp6(C0.C0.Conjugate(), C0.C1.Conjugate() * FrobeniusCoefficients[2], C0.C2.Conjugate() * FrobeniusCoefficients[4]),
        new Fp6(C1.C0.Conjugate() * FrobeniusCoefficients[1], C1.C1.Conjugate() * FrobeniusCoefficients[3], C1.C2.Conjugate() * FrobeniusCoefficients[5]));

    /// <summary>x^(p²): F_p² is fixed, so only the scaling by ξ^(i(p²−1)/6) remains.</summary>
    public Fp12 FrobeniusSquared() => new(
        new Fp6(C0.C0, C0.C1 * FrobeniusSquaredCoefficients[2], C0.C2 * FrobeniusSquaredCoefficients[4]),
        new Fp6(C1.C0 * FrobeniusSquaredCoefficients[1], C1.C1 * FrobeniusSquaredCoefficients[3], C1.C2 * FrobeniusSquaredCoefficients[5]));

    /// <summary>
    /// Squaring in the cyclotomic subgroup (elements of order dividing p⁴ − p² + 1), Granger and
    /// Scott (PKC 2010): seen as a + b·w + c·w² over F_p⁴ = F_p²[s]/(s² − ξ), s = w³,
    /// f² = (3a² − 2ā) + (3s·c² + 2b̄)·w + (3b² − 2c̄)·w², three F_p⁴ squarings instead of a full square.
    /// Only valid on that subgroup (after the easy part of the final exponentiation).
    /// </summary>
    public Fp12 CyclotomicSquare()
    {
        // a = g0 + g3·s, b = g1 + g4·s, c = g2 + g5·s
        var (a0, a1) = SquareFp4(C0.C0, C1.C1);
        var (b0, b1) = SquareFp4(C1.C0, C0.C2);
        var (c0, c1) = SquareFp4(C0.C1, C1.C2);
        // 3t − 2x = 2(t − x) + t and 3t + 2x = 2(t + x) + t: three additions each rather than four.
        var g0 = (a0 - C0.C0).Double() + a0;
        var g3 = (a1 + C1.C1).Double() + a1;
        var c1Xi = c1.MultiplyByXi();
        var g1 = (c1Xi + C1.C0).Double() + c1Xi;
        var g4 = (c0 - C0.C2).Double() + c0;
        var g2 = (b0 - C0.C1).Double() + b0;
        var g5 = (b1 + C1.C2).Double() + b1;
        return new Fp12(new Fp6(g0, g2, g4), new Fp6(g1, g3, g5));
    }

    /// <summary>
    /// x^e for an exponent given in a signed-digit form (most significant digit last, odd digits of
    /// magnitude at most 7: NAF or width-4 NAF), by cyclotomic squarings and a table of the odd powers
    /// the digits use; a negative digit multiplies by the conjugate, the inverse on the cyclotomic
    /// subgroup. Only valid on that subgroup.
    /// </summary>
    public Fp12 CyclotomicPow(ReadOnlySpan<sbyte> signedDigits)
    {
        int largest = 1;
        foreach (sbyte digit in signedDigits) largest = Math.Max(largest, Math.Abs((int)digit));
        // oddPowers[i] = x^(2i+1)
        Span<Fp12> oddPowers = stackalloc Fp12[4];
        oddPowers[0] = this;
        if (largest > 1)
        {
            var square = CyclotomicSquare();
            for (int i = 1; 2 * i + 1 <= largest; i++) oddPowers[i] = oddPowers[i - 1] * square;
        }
        int top = signedDigits[^1];
        var result = top > 0 ? oddPowers[top >> 1] : oddPowers[-top >> 1].Conjugate();
        for (int i = signedDigits.Length - 2; i >= 0; i--)
        {
            result = result.CyclotomicSquare();
            int digit = signedDigits[i];
            if (digit > 0) result *= oddPowers[digit >> 1];
            else if (digit < 0) result *= oddPowers[-digit >> 1].Conjugate();
        }
        return result;
    }

    /// <summary>(x0 + x1·s)² = (x0² + ξ·x1²) + 2·x0·x1·s.</summary>
    private static (Fp2 Real, Fp2 S) SquareFp4(in Fp2 x0, in Fp2 x1)
    {
        var t0 = x0.Square();
        var t1 = x1.Square();
        return (t0 + t1.MultiplyByXi(), (x0 + x1).Square() - t0 - t1);
    }

    private static Fp2[] FrobeniusTable(int power)
    {
        // Run once at start-up, so plain BigInteger exponent arithmetic is fine here.
        var p = BigInteger.Parse("030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47", System.Globalization.NumberStyles.HexNumber);
        var step = (BigInteger.Pow(p, power) - 1) / 6;
        var table = new Fp2[6];
        for (int i = 0; i < 6; i++) table[i] = Fp2.Pow(Fp2.Xi, step * i);
        return table;
    }

    public bool Equals(Fp12 other) => C0 == other.C0 && C1 == other.C1;
    public override bool Equals(object? obj) => obj is Fp12 other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(C0, C1);
    public static bool operator ==(in Fp12 x, in Fp12 y) => x.Equals(y);
    public static bool operator !=(in Fp12 x, in Fp12 y) => !x.Equals(y);
}
