namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// An element c0 + c1·w of Fp12 = Fp6[w]/(w² − v), the pairing's target field. Since w⁶ = ξ,
/// the six Fp2 coefficients are those of 1, w², w⁴ (in c0) and w, w³, w⁵ (in c1).
/// </summary>
internal readonly struct Fp12
{
    public readonly Fp6 C0;
    public readonly Fp6 C1;

    /// <summary>ξ^(k(p−1)/6) for k = 0..5: w^(kp) = w^k·ξ^(k(p−1)/6), the Frobenius twist of each coefficient.</summary>
    private static readonly Fp2[] FrobeniusCoefficients = ComputeFrobeniusCoefficients();

    /// <summary>ξ^(k(p−1)/6).</summary>
    public static Fp2 FrobeniusCoefficient(int k) => FrobeniusCoefficients[k];

    public Fp12(in Fp6 c0, in Fp6 c1)
    {
        C0 = c0;
        C1 = c1;
    }

    public static Fp12 One => new(Fp6.One, Fp6.Zero);

    public bool IsOne => AreEqual(this, One);

    public static Fp12 Mul(in Fp12 a, in Fp12 b)
    {
        var t0 = Fp6.Mul(a.C0, b.C0);
        var t1 = Fp6.Mul(a.C1, b.C1);
        var c1 = Fp6.Sub(Fp6.Sub(Fp6.Mul(Fp6.Add(a.C0, a.C1), Fp6.Add(b.C0, b.C1)), t0), t1);
        return new(Fp6.Add(t0, Fp6.MulByV(t1)), c1);
    }

    /// <summary>Complex squaring: (a0 + a1w)² = (a0 + a1)(a0 + v·a1) − a0a1 − v·a0a1 + 2a0a1·w.</summary>
    public static Fp12 Square(in Fp12 a)
    {
        var product = Fp6.Mul(a.C0, a.C1);
        var c0 = Fp6.Sub(Fp6.Sub(Fp6.Mul(Fp6.Add(a.C0, a.C1), Fp6.Add(a.C0, Fp6.MulByV(a.C1))), product), Fp6.MulByV(product));
        return new(c0, Fp6.Add(product, product));
    }

    /// <summary>
    /// Granger–Scott squaring for elements of the cyclotomic subgroup (f^(p⁶+1) = 1), about twice
    /// as fast as <see cref="Square"/>. Viewing Fp12 as Fp4[w]/(w³ − t), t = w³, Fp4 = Fp2[t]/(t² − ξ),
    /// f = a0 + a1·w + a2·w² with a0 = (c0.0, c1.1), a1 = (c1.0, c0.2), a2 = (c0.1, c1.2), and then
    /// f² = (3a0² − 2ā0) + (3t·a2² + 2ā1)·w + (3a1² − 2ā2)·w², ā the conjugate over Fp2.
    /// </summary>
    public static Fp12 CyclotomicSquare(in Fp12 f)
    {
        Fp4Square(f.C0.C0, f.C1.C1, out var s0, out var s1);
        Fp4Square(f.C1.C0, f.C0.C2, out var r0, out var r1);
        Fp4Square(f.C0.C1, f.C1.C2, out var q0, out var q1);
        var g0 = TripleSquareMinusTwice(s0, f.C0.C0);
        var h1 = TripleSquarePlusTwice(s1, f.C1.C1);
        var h0 = TripleSquarePlusTwice(Fp2.MulByNonResidue(q1), f.C1.C0);
        var g2 = TripleSquareMinusTwice(q0, f.C0.C2);
        var g1 = TripleSquareMinusTwice(r0, f.C0.C1);
        var h2 = TripleSquarePlusTwice(r1, f.C1.C2);
        return new(new Fp6(g0, g1, g2), new Fp6(h0, h1, h2));
    }

    /// <summary>(a + b·t)² = (a² + ξb²) + 2ab·t in Fp4 = Fp2[t]/(t² − ξ).</summary>
    private static void Fp4Square(in Fp2 a, in Fp2 b, out Fp2 c0, out Fp2 c1)
    {
        var a2 = Fp2.Square(a);
        var b2 = Fp2.Square(b);
        c0 = Fp2.Add(a2, Fp2.MulByNonResidue(b2));
        c1 = Fp2.Sub(Fp2.Sub(Fp2.Square(Fp2.Add(a, b)), a2), b2);
    }

    /// <summary>3s − 2a as s + 2(s − a): three additions instead of four.</summary>
    private static Fp2 TripleSquareMinusTwice(in Fp2 s, in Fp2 a) => Fp2.Add(s, Fp2.Double(Fp2.Sub(s, a)));

    /// <summary>3s + 2a as s + 2(s + a).</summary>
    private static Fp2 TripleSquarePlusTwice(in Fp2 s, in Fp2 a) => Fp2.Add(s, Fp2.Double(Fp2.Add(s, a)));

    /// <summary>
    /// Multiplication by a Miller-loop line a + b·w² + c·w³, i.e. c0 = (a, b, 0), c1 = (0, c, 0):
    /// 13 Fp2 multiplications instead of 18.
    /// </summary>
    public static Fp12 MulByLine(in Fp12 f, in Fp2 a, in Fp2 b, in Fp2 c)
    {
        var t0 = Fp6.MulBy01(f.C0, a, b);
        var t1 = Fp6.MulBy1(f.C1, c);
        var c1 = Fp6.Sub(Fp6.Sub(Fp6.MulBy01(Fp6.Add(f.C0, f.C1), a, Fp2.Add(b, c)), t0), t1);
        return new(Fp6.Add(t0, Fp6.MulByV(t1)), c1);
    }

    /// <summary>Multiplication by a line a + b·w² + w³ (c = 1): 10 Fp2 multiplications, as f·(w³) is a shift.</summary>
    public static Fp12 MulByNormalizedLine(in Fp12 f, in Fp2 a, in Fp2 b)
    {
        var t0 = Fp6.MulBy01(f.C0, a, b);
        var t1 = Fp6.MulByV(f.C1);
        var c1 = Fp6.Sub(Fp6.Sub(Fp6.MulBy01(Fp6.Add(f.C0, f.C1), a, Fp2.Add(b, Fp2.One)), t0), t1);
        return new(Fp6.Add(t0, Fp6.MulByV(t1)), c1);
    }

    /// <summary>The p^6 Frobenius, which on the unitary elements left by the easy part of the final exponentiation is the inverse.</summary>
    public static Fp12 Conjugate(in Fp12 a) => new(a.C0, Fp6.Negate(a.C1));

    public static Fp12 Inverse(in Fp12 a)
    {
        var normInverse = Fp6.Inverse(Fp6.Sub(Fp6.Square(a.C0), Fp6.MulByV(Fp6.Square(a.C1))));
        return new(Fp6.Mul(a.C0, normInverse), Fp6.Negate(Fp6.Mul(a.C1, normInverse)));
    }

    /// <summary>a^p: conjugates each Fp2 coefficient and scales the coefficient of w^k by ξ^(k(p−1)/6).</summary>
    public static Fp12 Frobenius(in Fp12 a)
    {
        var k = FrobeniusCoefficients;
        return new(
            new Fp6(Fp2.Conjugate(a.C0.C0), Fp2.Mul(Fp2.Conjugate(a.C0.C1), k[2]), Fp2.Mul(Fp2.Conjugate(a.C0.C2), k[4])),
            new Fp6(Fp2.Mul(Fp2.Conjugate(a.C1.C0), k[1]), Fp2.Mul(Fp2.Conjugate(a.C1.C1), k[3]), Fp2.Mul(Fp2.Conjugate(a.C1.C2), k[5])));
    }

    public static bool AreEqual(in Fp12 a, in Fp12 b) => Fp6.AreEqual(a.C0, b.C0) && Fp6.AreEqual(a.C1, b.C1);

    private static Fp2[] ComputeFrobeniusCoefficients()
    {
        // (p − 1) / 6, little-endian limbs.
        ReadOnlySpan<ulong> exponent = [0x49aa7ffffffff1c7, 0x051caaaa72e35555, 0xe688231ad3c82906, 0xe613e1eb7deb831f, 0x0c849bf3b5e1f223, 0x045582fc5eeaa66f];
        var nonResidue = new Fp2(Fp.One, Fp.One);
        var gamma = Fp2.One;
        for (var i = exponent.Length * 64 - 1; i >= 0; i--)
        {
            gamma = Fp2.Square(gamma);
            if (((exponent[i / 64] >> (i % 64)) & 1) != 0) gamma = Fp2.Mul(gamma, nonResidue);
        }
        var coefficients = new Fp2[6];
        coefficients[0] = Fp2.One;
        for (var k = 1; k < 6; k++) coefficients[k] = Fp2.Mul(coefficients[k - 1], gamma);
        return coefficients;
    }
}
