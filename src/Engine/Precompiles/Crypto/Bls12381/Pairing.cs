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
        FinalExponentiation(MillerLoop(g1, g2)).IsOne;

    /// <summary>The product of the Miller loops f_{x,Q}(P); pairs with a point at infinity contribute one.</summary>
    public static Fp12 MillerLoop(ReadOnlySpan<G1Point> g1, ReadOnlySpan<G2Point> g2)
    {
        var count = 0;
        var px = new Fp[g1.Length];
        var py = new Fp[g1.Length];
        var q = new G2Point[g1.Length];
        var t = new G2Point[g1.Length];
        for (var i = 0; i < g1.Length; i++)
        {
            if (!g1[i].TryToAffine(out px[count], out py[count]) || !g2[i].TryToAffine(out var qx, out var qy)) continue;
            q[count] = G2Point.FromAffine(qx, qy);
            t[count] = q[count];
            count++;
        }

        var f = Fp12.One;
        for (var bit = 62; bit >= 0; bit--)
        {
            f = Fp12.Square(f);
            for (var i = 0; i < count; i++) f = DoublingStep(f, ref t[i], px[i], py[i]);
            if (((AbsoluteX >> bit) & 1) == 0) continue;
            for (var i = 0; i < count; i++) f = AdditionStep(f, ref t[i], q[i], px[i], py[i]);
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

    /// <summary>
    /// Multiplies f by the tangent at T evaluated at P, then doubles T. With ψ(x', y') = (x'/w², y'/w³)
    /// untwisting E' to E, the tangent times w³ (a subfield factor, removed by the final
    /// exponentiation) is (λ'x' − y') − λ'·xP·w² + yP·w³; scaled by 2YZ and simplified with the
    /// curve equation its coefficients are Y² − 3b'Z², −3X²·xP and 2YZ·yP. The doubling shares
    /// those squares (Costello–Lange–Naehrig 2010, scaled by 4 to avoid halving):
    /// 2T = (2XY(Y² − 9b'Z²) : (Y² + 9b'Z²)² − 108b'²Z⁴ : 8Y³Z).
    /// </summary>
    private static Fp12 DoublingStep(in Fp12 f, ref G2Point t, in Fp px, in Fp py)
    {
        var ySquared = Fp2.Square(t.Y);
        var e = G2Curve.MulByB3(Fp2.Square(t.Z));                       // 3b'Z²
        var f3 = Fp2.Add(Fp2.Double(e), e);                             // 9b'Z²
        var twoYZ = Fp2.Sub(Fp2.Sub(Fp2.Square(Fp2.Add(t.Y, t.Z)), ySquared), Fp2.Square(t.Z));
        var xSquared = Fp2.Square(t.X);
        var a = Fp2.Sub(ySquared, e);
        var b = Fp2.MulByFp(Fp2.Negate(Fp2.Add(Fp2.Double(xSquared), xSquared)), px);
        var c = Fp2.MulByFp(twoYZ, py);
        var eSquared = Fp2.Square(e);
        var twelveESquared = Fp2.Double(Fp2.Double(Fp2.Add(Fp2.Double(eSquared), eSquared)));
        t = new G2Point(
            Fp2.Double(Fp2.Mul(Fp2.Mul(t.X, t.Y), Fp2.Sub(ySquared, f3))),
            Fp2.Sub(Fp2.Square(Fp2.Add(ySquared, f3)), twelveESquared),
            Fp2.Double(Fp2.Double(Fp2.Mul(ySquared, twoYZ))));
        return Fp12.MulByLine(f, a, b, c);
    }

    /// <summary>
    /// Multiplies f by the line through T and Q evaluated at P, then adds Q to T. With slope
    /// θ/λ, θ = yQ·Z − Y, λ = xQ·Z − X, the line scaled by λ·w³ is (θxQ − λyQ) − θ·xP·w² + λ·yP·w³.
    /// </summary>
    private static Fp12 AdditionStep(in Fp12 f, ref G2Point t, in G2Point q, in Fp px, in Fp py)
    {
        var theta = Fp2.Sub(Fp2.Mul(q.Y, t.Z), t.Y);
        var lambda = Fp2.Sub(Fp2.Mul(q.X, t.Z), t.X);
        var a = Fp2.Sub(Fp2.Mul(theta, q.X), Fp2.Mul(lambda, q.Y));
        var b = Fp2.MulByFp(Fp2.Negate(theta), px);
        var c = Fp2.MulByFp(lambda, py);
        t = G2Point.Add(t, q);
        return Fp12.MulByLine(f, a, b, c);
    }
}
