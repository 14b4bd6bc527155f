using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;
using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// The cheap endomorphisms of BLS12-381 and what they buy: φ(x, y) = (ωx, y) on E (ω a cube root
/// of unity) and ψ = untwist ∘ Frobenius ∘ twist on E'. On the prime-order subgroups they act as
/// scalars (−x² and x), which gives Scott's membership tests — a 128-bit and a 64-bit scalar
/// multiplication instead of one by r — and the Budroni–Pintore cofactor clearing of RFC 9380
/// appendix G.3.
/// </summary>
internal static class Endomorphisms
{
    /// <summary>|x| for the BLS parameter x = −0xd201000000010000, big-endian.</summary>
    private static readonly byte[] AbsoluteX = [0xd2, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00];

    // With ψ(x', y') = (conj(x')·ξ^(−(p−1)/3), conj(y')·ξ^(−(p−1)/2)) for the twist of G2Curve.
    private static readonly Fp2 PsiX = Fp2.Inverse(Fp12.FrobeniusCoefficient(2));
    private static readonly Fp2 PsiY = Fp2.Inverse(Fp12.FrobeniusCoefficient(3));

    /// <summary>The cube root of unity for which φ acts on G1 as −x² (the other one gives the other eigenvalue).</summary>
    private static readonly Fp Omega = ChooseOmega();

    public static G1Point Phi(in G1Point p) => new(Fp.Mul(p.X, Omega), p.Y, p.Z);

    public static G2Point Psi(in G2Point p) =>
        new(Fp2.Mul(Fp2.Conjugate(p.X), PsiX), Fp2.Mul(Fp2.Conjugate(p.Y), PsiY), Fp2.Conjugate(p.Z));

    /// <summary>[x]P with x negative.</summary>
    public static G1Point MultiplyByX(in G1Point p) => G1Point.Negate(G1Point.Multiply(p, AbsoluteX));

    /// <summary>[x]P with x negative.</summary>
    public static G2Point MultiplyByX(in G2Point p) => G2Point.Negate(G2Point.Multiply(p, AbsoluteX));

    /// <summary>Scott (2021): a point of E is in G1 exactly when φ(P) = [−x²]P.</summary>
    public static bool IsInG1(in G1Point p) =>
        G1Point.AreEqual(Phi(p), G1Point.Negate(MultiplyByX(MultiplyByX(p))));

    /// <summary>Scott (2021): a point of E' is in G2 exactly when ψ(P) = [x]P.</summary>
    public static bool IsInG2(in G2Point p) => G2Point.AreEqual(Psi(p), MultiplyByX(p));

    /// <summary>The same test when [|x|]P is already known (a Miller-loop preparation computes it): ψ(P) = −[|x|]P.</summary>
    public static bool IsInG2(in G2Point p, in G2Point absoluteXMultiple) => G2Point.AreEqual(Psi(p), G2Point.Negate(absoluteXMultiple));

    /// <summary>
    /// RFC 9380 appendix G.3: h_eff·P = [x² − x − 1]P + [x − 1]ψ(P) + ψ²(2P), computed as
    /// ψ²(2P) − ψ(P) + [x]([x]P + ψ(P)) − [x]P − P.
    /// </summary>
    public static G2Point ClearG2Cofactor(in G2Point p)
    {
        var t1 = MultiplyByX(p);
        var t2 = Psi(p);
        var t3 = G2Point.Add(Psi(Psi(G2Point.Double(p))), G2Point.Negate(t2));
        t2 = MultiplyByX(G2Point.Add(t1, t2));
        t3 = G2Point.Add(t3, t2);
        t3 = G2Point.Add(t3, G2Point.Negate(t1));
        return G2Point.Add(t3, G2Point.Negate(p));
    }

    private static Fp ChooseOmega()
    {
        // (p − 1) / 3: 2^((p−1)/3) is a primitive cube root of unity as 2 is not a cube mod p.
        ReadOnlySpan<ulong> exponent = [0x9354ffffffffe38e, 0x0a395554e5c6aaaa, 0xcd104635a790520c, 0xcc27c3d6fbd7063f, 0x190937e76bc3e447, 0x08ab05f8bdd54cde];
        var omega = Fp.Pow(Fp.FromUInt64(2), exponent);
        var g = Generators.G1;
        var expected = G1Point.Negate(MultiplyByX(MultiplyByX(g)));
        return G1Point.AreEqual(new G1Point(Fp.Mul(g.X, omega), g.Y, g.Z), expected) ? omega : Fp.Square(omega);
    }
}
