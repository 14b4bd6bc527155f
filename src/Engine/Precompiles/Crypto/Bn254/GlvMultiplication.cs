namespace Csevm.Precompiles.Crypto.Bn254;

/// <summary>
/// [k]P on G1 with the GLV endomorphism: k = k₁ + k₂·λ, so [k]P = [k₁]P + [k₂]φ(P) with two
/// 127-bit halves sharing one chain of 127 doublings. Both halves are in width-5 NAF (a nonzero
/// digit in ±{1, 3, …, 15} every six bits on average) over one table of affine odd multiples, whose
/// φ-images cost one product each, so every addition is a mixed one.
/// </summary>
public static class GlvMultiplication
{
    private const int Width = 5;
    private const int TableSize = 1 << (Width - 2); // P, 3P, …, 15P
    private const int MaxDigits = 130;

    /// <summary>β, the cube root of unity in F_p for which φ(x, y) = (β·x, y) acts on G1 as multiplication by λ.</summary>
    internal static readonly Fp Beta = ParseFp("000000000000000059e26bcea0d48bacd4f263f1acdb5c4f5763473177fffffe");

    /// <summary>[k]P for a 32-byte big-endian scalar and an affine point P of G1 (not infinity).</summary>
    public static JacobianPoint<Fp> Multiply(in Fp x, in Fp y, ReadOnlySpan<byte> scalarBigEndian)
    {
        GlvDecomposition.Decompose(scalarBigEndian, out var k1, out var k2, out bool k2Negative);
        Span<sbyte> digits1 = stackalloc sbyte[MaxDigits];
        Span<sbyte> digits2 = stackalloc sbyte[MaxDigits];
        int length1 = SignedBinary.WidthNonAdjacentForm(k1, Width, digits1);
        int length2 = SignedBinary.WidthNonAdjacentForm(k2, Width, digits2);

        Span<Fp> tableX = stackalloc Fp[TableSize];
        Span<Fp> tableY = stackalloc Fp[TableSize];
        Span<Fp> tableNegatedY = stackalloc Fp[TableSize];
        Span<Fp> tableBetaX = stackalloc Fp[TableSize];
        AffineOddMultiples(x, y, tableX, tableY);
        for (int i = 0; i < TableSize; i++)
        {
            tableNegatedY[i] = -tableY[i];
            tableBetaX[i] = tableX[i] * Beta;
        }
        // [k₂]φ(P) with k₂ < 0 is [|k₂|]φ(−P): swap the y columns for the second half.
        var phiY = k2Negative ? tableNegatedY : tableY;
        var phiNegatedY = k2Negative ? tableY : tableNegatedY;

        var result = JacobianPoint<Fp>.Infinity;
        for (int i = Math.Max(length1, length2) - 1; i >= 0; i--)
        {
            result = result.Double();
            int digit = digits1[i];
            if (digit > 0) result = result.AddAffine(tableX[digit >> 1], tableY[digit >> 1]);
            else if (digit < 0) result = result.AddAffine(tableX[-digit >> 1], tableNegatedY[-digit >> 1]);
            digit = digits2[i];
            if (digit > 0) result = result.AddAffine(tableBetaX[digit >> 1], phiY[digit >> 1]);
            else if (digit < 0) result = result.AddAffine(tableBetaX[-digit >> 1], phiNegatedY[-digit >> 1]);
        }
        return result;
    }

    /// <summary>
    /// P, 3P, …, 15P in affine coordinates: Jacobian sums, then one shared inversion of all the
    /// Z's (Montgomery's trick). G1 has prime order, so no odd multiple below r is infinity.
    /// </summary>
    private static void AffineOddMultiples(in Fp x, in Fp y, Span<Fp> tableX, Span<Fp> tableY)
    {
        Span<JacobianPoint<Fp>> multiples = stackalloc JacobianPoint<Fp>[TableSize];
        multiples[0] = JacobianPoint<Fp>.FromAffine(x, y);
        var twice = multiples[0].Double();
        for (int i = 1; i < TableSize; i++) multiples[i] = multiples[i - 1].Add(twice);

        Span<Fp> prefix = stackalloc Fp[TableSize];
        var running = Fp.One;
        for (int i = 0; i < TableSize; i++)
        {
            prefix[i] = running;
            running *= multiples[i].Z;
        }
        var inverse = running.Inverse();
        for (int i = TableSize - 1; i >= 0; i--)
        {
            var zInverse = inverse * prefix[i];
            inverse *= multiples[i].Z;
            var zInverseSquared = zInverse.Square();
            tableX[i] = multiples[i].X * zInverseSquared;
            tableY[i] = multiples[i].Y * zInverseSquared * zInverse;
        }
    }

    private static Fp ParseFp(string hex)
    {
        if (!Fp.TryFromBigEndian(Convert.FromHexString(hex[^64..]), out var value)) throw new InvalidOperationException("constant is not below p");
        return value;
    }
}
