using System.Runtime.CompilerServices;

namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>An element c0 + c1·u of Fp2 = Fp[u]/(u² + 1), the field of G2's coordinates.</summary>
internal readonly struct Fp2 : IFieldElement<Fp2>
{
    private static readonly Fp Half = Fp.Inverse(Fp.FromUInt64(2));

    public readonly Fp C0;
    public readonly Fp C1;

    public Fp2(in Fp c0, in Fp c1)
    {
        C0 = c0;
        C1 = c1;
    }

    public static Fp2 Zero => default;
    public static Fp2 One => new(Fp.One, Fp.Zero);

    public bool IsZero => C0.IsZero && C1.IsZero;

    public static Fp2 FromHex(string c0, string c1) => new(Fp.FromHex(c0), Fp.FromHex(c1));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 Add(in Fp2 a, in Fp2 b) => new(Fp.Add(a.C0, b.C0), Fp.Add(a.C1, b.C1));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 Sub(in Fp2 a, in Fp2 b) => new(Fp.Sub(a.C0, b.C0), Fp.Sub(a.C1, b.C1));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 Double(in Fp2 a) => new(Fp.Double(a.C0), Fp.Double(a.C1));

    public static Fp2 Negate(in Fp2 a) => new(Fp.Negate(a.C0), Fp.Negate(a.C1));

    public static Fp2 Conjugate(in Fp2 a) => new(a.C0, Fp.Negate(a.C1));

    /// <summary>
    /// Karatsuba with lazy reduction: three double-width products, combined as integers
    /// (c0 = a0b0 − a1b1, c1 = (a0 + a1)(b0 + b1) − a0b0 − a1b1) and reduced once per coefficient.
    /// </summary>
    public static Fp2 Mul(in Fp2 a, in Fp2 b)
    {
        var v0 = FpWide.Product(a.C0, b.C0);
        var v1 = FpWide.Product(a.C1, b.C1);
        var cross = FpWide.ProductOfSums(a.C0, a.C1, b.C0, b.C1);
        return new(FpWide.Reduce(FpWide.SubtractModular(v0, v1)), FpWide.Reduce(FpWide.Subtract(FpWide.Subtract(cross, v0), v1)));
    }

    /// <summary>(c0 + c1u)² = (c0 + c1)(c0 − c1) + 2c0c1·u.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 Square(in Fp2 a)
    {
        var product = Fp.Mul(a.C0, a.C1);
        return new(Fp.Mul(Fp.Add(a.C0, a.C1), Fp.Sub(a.C0, a.C1)), Fp.Add(product, product));
    }

    public static Fp2 MulByFp(in Fp2 a, in Fp b) => new(Fp.Mul(a.C0, b), Fp.Mul(a.C1, b));

    /// <summary>Multiplication by ξ = 1 + u, the non-residue defining Fp6 and the sextic twist.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 MulByNonResidue(in Fp2 a) => new(Fp.Sub(a.C0, a.C1), Fp.Add(a.C0, a.C1));

    public static bool AreEqual(in Fp2 a, in Fp2 b) => Fp.AreEqual(a.C0, b.C0) && Fp.AreEqual(a.C1, b.C1);

    /// <summary>1/(c0 + c1u) = (c0 − c1u)/(c0² + c1²); zero maps to zero.</summary>
    public static Fp2 Inverse(in Fp2 a)
    {
        var normInverse = Fp.Inverse(Fp.Add(Fp.Square(a.C0), Fp.Square(a.C1)));
        return new(Fp.Mul(a.C0, normInverse), Fp.Negate(Fp.Mul(a.C1, normInverse)));
    }

    /// <summary>
    /// Square root through the norm: if x² = a then N(x)² = N(a), so x0² = (a0 ± √N(a))/2 and
    /// x1 = a1/(2x0). Verified by squaring, so a false answer is impossible.
    /// </summary>
    public static bool TrySqrt(in Fp2 a, out Fp2 root)
    {
        if (a.C1.IsZero)
        {
            // a is in Fp: its root is either in Fp or an Fp multiple of u (since u² = −1).
            if (Fp.TrySqrt(a.C0, out var real))
            {
                root = new(real, Fp.Zero);
                return true;
            }
            Fp.TrySqrt(Fp.Negate(a.C0), out var imaginary);
            root = new(Fp.Zero, imaginary);
            return AreEqual(Square(root), a);
        }
        if (!Fp.TrySqrt(Fp.Add(Fp.Square(a.C0), Fp.Square(a.C1)), out var normRoot))
        {
            root = default;
            return false;
        }
        var x0Squared = Fp.Mul(Fp.Add(a.C0, normRoot), Half);
        if (!Fp.TrySqrt(x0Squared, out var x0))
        {
            x0Squared = Fp.Mul(Fp.Sub(a.C0, normRoot), Half);
            Fp.TrySqrt(x0Squared, out x0);
        }
        var x1 = Fp.Mul(a.C1, Fp.Inverse(Fp.Double(x0)));
        root = new(x0, x1);
        return AreEqual(Square(root), a);
    }

    /// <summary>RFC 9380 sgn0 for m = 2: the parity of c0, or of c1 when c0 is zero.</summary>
    public static bool Sgn0(in Fp2 a) => Fp.Sgn0(a.C0) || (a.C0.IsZero && Fp.Sgn0(a.C1));

    /// <summary>The compressed-encoding sign: compares c1 first, c0 when c1 is zero.</summary>
    public static bool IsLexicographicallyLargest(in Fp2 a) =>
        a.C1.IsZero ? Fp.IsLexicographicallyLargest(a.C0) : Fp.IsLexicographicallyLargest(a.C1);

    public override string ToString() => $"({C0}, {C1})";
}
