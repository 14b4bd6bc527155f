namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>An element c0 + c1·v + c2·v² of Fp6 = Fp2[v]/(v³ − ξ), ξ = 1 + u.</summary>
internal readonly struct Fp6
{
    public readonly Fp2 C0;
    public readonly Fp2 C1;
    public readonly Fp2 C2;

    public Fp6(in Fp2 c0, in Fp2 c1, in Fp2 c2)
    {
        C0 = c0;
        C1 = c1;
        C2 = c2;
    }

    public static Fp6 Zero => default;
    public static Fp6 One => new(Fp2.One, Fp2.Zero, Fp2.Zero);

    public bool IsZero => C0.IsZero && C1.IsZero && C2.IsZero;

    public static Fp6 Add(in Fp6 a, in Fp6 b) => new(Fp2.Add(a.C0, b.C0), Fp2.Add(a.C1, b.C1), Fp2.Add(a.C2, b.C2));

    public static Fp6 Sub(in Fp6 a, in Fp6 b) => new(Fp2.Sub(a.C0, b.C0), Fp2.Sub(a.C1, b.C1), Fp2.Sub(a.C2, b.C2));

    public static Fp6 Negate(in Fp6 a) => new(Fp2.Negate(a.C0), Fp2.Negate(a.C1), Fp2.Negate(a.C2));

    /// <summary>Karatsuba over three coefficients: six Fp2 multiplications.</summary>
    public static Fp6 Mul(in Fp6 a, in Fp6 b)
    {
        var t0 = Fp2.Mul(a.C0, b.C0);
        var t1 = Fp2.Mul(a.C1, b.C1);
        var t2 = Fp2.Mul(a.C2, b.C2);
        var c0 = Fp2.Add(t0, Fp2.MulByNonResidue(Fp2.Sub(Fp2.Sub(Fp2.Mul(Fp2.Add(a.C1, a.C2), Fp2.Add(b.C1, b.C2)), t1), t2)));
        var c1 = Fp2.Add(Fp2.Sub(Fp2.Sub(Fp2.Mul(Fp2.Add(a.C0, a.C1), Fp2.Add(b.C0, b.C1)), t0), t1), Fp2.MulByNonResidue(t2));
        var c2 = Fp2.Add(Fp2.Sub(Fp2.Sub(Fp2.Mul(Fp2.Add(a.C0, a.C2), Fp2.Add(b.C0, b.C2)), t0), t2), t1);
        return new(c0, c1, c2);
    }

    public static Fp6 Square(in Fp6 a) => Mul(a, a);

    /// <summary>Multiplication by b0 + b1·v (a line's sparse shape): five Fp2 multiplications.</summary>
    public static Fp6 MulBy01(in Fp6 a, in Fp2 b0, in Fp2 b1)
    {
        var t0 = Fp2.Mul(a.C0, b0);
        var t1 = Fp2.Mul(a.C1, b1);
        var c0 = Fp2.Add(t0, Fp2.MulByNonResidue(Fp2.Sub(Fp2.Mul(Fp2.Add(a.C1, a.C2), b1), t1)));
        var c1 = Fp2.Sub(Fp2.Sub(Fp2.Mul(Fp2.Add(a.C0, a.C1), Fp2.Add(b0, b1)), t0), t1);
        var c2 = Fp2.Add(Fp2.Sub(Fp2.Mul(Fp2.Add(a.C0, a.C2), b0), t0), t1);
        return new(c0, c1, c2);
    }

    /// <summary>Multiplication by b1·v.</summary>
    public static Fp6 MulBy1(in Fp6 a, in Fp2 b1) =>
        new(Fp2.MulByNonResidue(Fp2.Mul(a.C2, b1)), Fp2.Mul(a.C0, b1), Fp2.Mul(a.C1, b1));

    /// <summary>Multiplication by v: shifts coefficients, wrapping v³ = ξ.</summary>
    public static Fp6 MulByV(in Fp6 a) => new(Fp2.MulByNonResidue(a.C2), a.C0, a.C1);

    public static Fp6 Inverse(in Fp6 a)
    {
        var t0 = Fp2.Sub(Fp2.Square(a.C0), Fp2.MulByNonResidue(Fp2.Mul(a.C1, a.C2)));
        var t1 = Fp2.Sub(Fp2.MulByNonResidue(Fp2.Square(a.C2)), Fp2.Mul(a.C0, a.C1));
        var t2 = Fp2.Sub(Fp2.Square(a.C1), Fp2.Mul(a.C0, a.C2));
        var norm = Fp2.Add(Fp2.Mul(a.C0, t0), Fp2.MulByNonResidue(Fp2.Add(Fp2.Mul(a.C2, t1), Fp2.Mul(a.C1, t2))));
        var normInverse = Fp2.Inverse(norm);
        return new(Fp2.Mul(t0, normInverse), Fp2.Mul(t1, normInverse), Fp2.Mul(t2, normInverse));
    }

    public static bool AreEqual(in Fp6 a, in Fp6 b) => Fp2.AreEqual(a.C0, b.C0) && Fp2.AreEqual(a.C1, b.C1) && Fp2.AreEqual(a.C2, b.C2);
}
