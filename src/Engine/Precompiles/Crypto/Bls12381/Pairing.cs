using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;
using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// The optimal ate pairing on BLS12-381: a Miller loop over |x| = 0xd201000000010000 with G2 kept
/// on the twist (lines are sparse Fp12 elements), then the final exponentiation. The hard part uses
/// 3·(p⁴ − p² + 1)/r = (x − 1)²(x + p)(x² + p² − 1) + 3 (Hayashida, Hayasaka, Teruya 2020), so
/// results are e(P, Q)³, itself a non-degenerate bilinear pairing: a product is one exactly when
/// the true pairing product is.
/// </summary>
internal static class Pairing
{
    private const ulong AbsoluteX = 0xd201000000010000;
    private const int XBitCount = 6;

    /// <summary>e(P, Q)³.</summary>
    public static Fp12 Pair(in G1Point p, in G2Point q) => FinalExponentiation(MillerLoop([p], [q]));

    /// <summary>True when Π e(Pᵢ, Qᵢ) = 1. Points must be on their curves and in the prime-order subgroups.</summary>
    public static bool IsProductOne(ReadOnlySpan<G1Point> g1, ReadOnlySpan<G2Point> g2) =>
        IsProductOnePrepared(g1, PrepareAll(g2));

    /// <summary>
    /// The pairing check of EIP-2537 for G2 points whose subgroup membership is not yet known: false
    /// when some Qᵢ is outside G2, otherwise <paramref name="isOne"/> tells whether Π e(Pᵢ, Qᵢ) = 1.
    /// A Q that enters a Miller loop is tested with the [|x|]Q its line preparation computes, so
    /// the test costs no scalar multiplication of its own.
    /// </summary>
    public static bool TryIsProductOne(ReadOnlySpan<G1Point> g1, ReadOnlySpan<G2Point> g2, out bool isOne)
    {
        isOne = false;
        var lines = new G2Lines?[g2.Length];
        var nonTrivial = 0;
        for (var i = 0; i < g2.Length; i++)
            if (!g1[i].IsInfinity && !g2[i].IsInfinity) nonTrivial++;
        for (var i = 0; i < g2.Length; i++)
        {
            if (nonTrivial < 2 || g1[i].IsInfinity)
            {
                if (!Endomorphisms.IsInG2(g2[i])) return false;
                continue;
            }
            lines[i] = G2Lines.Prepare(g2[i]);
            if (lines[i] is { } prepared && !Endomorphisms.IsInG2(g2[i], prepared.AbsoluteXMultiple)) return false;
        }
        isOne = nonTrivial < 2 ? nonTrivial == 0 : FinalExponentiation(MillerLoopPrepared(g1, lines)).IsOne;
        return true;
    }

    /// <summary>The product of the Miller loops f_{x,Q}(P); pairs with a point at infinity contribute one.</summary>
    public static Fp12 MillerLoop(ReadOnlySpan<G1Point> g1, ReadOnlySpan<G2Point> g2) => MillerLoopPrepared(g1, PrepareAll(g2));

    private static G2Lines?[] PrepareAll(ReadOnlySpan<G2Point> g2)
    {
        var lines = new G2Lines?[g2.Length];
        for (var i = 0; i < g2.Length; i++) lines[i] = G2Lines.Prepare(g2[i]);
        return lines;
    }

    /// <summary>
    /// True when Π e(Pᵢ, Qᵢ) = 1 for Qs given by their prepared lines (null for infinity). Pairs with
    /// a point at infinity contribute one; with fewer than two other pairs no pairing is computed:
    /// none leaves the empty product, and a single e(P, Q) with P, Q ≠ O is never one, as the
    /// pairing (and its cube, r being prime to 3) is non-degenerate on the prime-order groups.
    /// </summary>
    public static bool IsProductOnePrepared(ReadOnlySpan<G1Point> g1, ReadOnlySpan<G2Lines?> g2)
    {
        var nonTrivial = CountNonTrivialPairs(g1, g2);
        return nonTrivial < 2 ? nonTrivial == 0 : FinalExponentiation(MillerLoopPrepared(g1, g2)).IsOne;
    }

    /// <summary>Pairs where neither point is at infinity: only those can make a pairing product differ from one.</summary>
    public static int CountNonTrivialPairs(ReadOnlySpan<G1Point> g1, ReadOnlySpan<G2Lines?> g2)
    {
        var count = 0;
        for (var i = 0; i < g1.Length; i++)
            if (g2[i] is not null && !g1[i].IsInfinity) count++;
        return count;
    }

    /// <summary>The product of the Miller loops over prepared lines, one squaring of f shared by all pairs.</summary>
    public static Fp12 MillerLoopPrepared(ReadOnlySpan<G1Point> g1, ReadOnlySpan<G2Lines?> g2)
    {
        var count = 0;
        var evaluationU = new Fp[g1.Length];
        var evaluationV = new Fp[g1.Length];
        var lines = new G2Lines[g1.Length];
        for (var i = 0; i < g1.Length; i++)
        {
            if (g2[i] is not { } prepared || !g1[i].TryToAffine(out var x, out var y)) continue;
            prepared.EvaluationPoint(x, y, out evaluationU[count], out evaluationV[count]);
            lines[count++] = prepared;
        }

        var f = Fp12.One;
        var index = 0;
        for (var bit = 62; bit >= 0; bit--)
        {
            f = Fp12.Square(f);
            for (var i = 0; i < count; i++) f = lines[i].MultiplyBy(f, index, evaluationU[i], evaluationV[i]);
            index++;
            if (((AbsoluteX >> bit) & 1) == 0) continue;
            for (var i = 0; i < count; i++) f = lines[i].MultiplyBy(f, index, evaluationU[i], evaluationV[i]);
            index++;
        }
        // x is negative: f_{-|x|} equals 1/f_{|x|} up to factors the final exponentiation removes.
        return Fp12.Conjugate(f);
    }

    /// <summary>f^((p¹² − 1)/r), times 3 in the hard part (see the class summary).</summary>
    public static Fp12 FinalExponentiation(in Fp12 f)
    {
        // Easy part: f^((p⁶ − 1)(p² + 1)) lands in the cyclotomic subgroup, where inversion is conjugation.
        var m = Fp12.Mul(Fp12.Conjugate(f), Fp12.Inverse(f));
        m = Fp12.Mul(Fp12.Frobenius(Fp12.Frobenius(m)), m);

        var a = Fp12.Mul(PowX(m), Fp12.Conjugate(m));                 // m^(x−1)
        a = Fp12.Mul(PowX(a), Fp12.Conjugate(a));                     // m^((x−1)²)
        var b = Fp12.Mul(PowX(a), Fp12.Frobenius(a));                 // a^(x+p)
        var c = Fp12.Mul(
            Fp12.Mul(PowX(PowX(b)), Fp12.Frobenius(Fp12.Frobenius(b))),
            Fp12.Conjugate(b));                                       // b^(x²+p²−1)
        return Fp12.Mul(c, Fp12.Mul(Fp12.CyclotomicSquare(m), m));     // · m³
    }

    /// <summary>
    /// m^x for a cyclotomic m: m^|x| conjugated, as x &lt; 0. |x| = 2⁶³ + 2⁶² + 2⁶⁰ + 2⁵⁷ + 2⁴⁸ + 2¹⁶, so
    /// m^|x| is the product of m^(2^k) for those six k: 63 squarings in compressed form, the six
    /// snapshots decompressed together.
    /// </summary>
    private static Fp12 PowX(in Fp12 m)
    {
        Span<CompressedCyclotomic> powers = stackalloc CompressedCyclotomic[XBitCount];
        var square = CompressedCyclotomic.Compress(m);
        var taken = 0;
        for (var k = 1; k <= 63; k++)
        {
            square = CompressedCyclotomic.Square(square);
            if (((AbsoluteX >> k) & 1) != 0) powers[taken++] = square;
        }
        Span<Fp12> full = stackalloc Fp12[XBitCount];
        CompressedCyclotomic.DecompressAll(powers, full);
        var result = full[0];
        for (var i = 1; i < full.Length; i++) result = Fp12.Mul(result, full[i]);
        return Fp12.Conjugate(result);
    }
}
