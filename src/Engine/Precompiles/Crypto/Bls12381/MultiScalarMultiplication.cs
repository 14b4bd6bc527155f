namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// Σ [kᵢ]Pᵢ for 256-bit big-endian scalars by Pippenger's bucket method: each c-bit window sorts
/// the points into 2^c − 1 buckets, then a running sum weights bucket j by j, about
/// 256/c·(k + 2^(c+1)) additions in all. (Below four points, separate endomorphism
/// multiplications are cheaper: see <see cref="Eip2537Msm{TField, TCurve}"/>.)
/// </summary>
internal static class MultiScalarMultiplication<TField, TCurve>
    where TField : struct, IFieldElement<TField>
    where TCurve : struct, ICurve<TField>
{
    private const int ScalarBits = 256;
    private const int ScalarLength = ScalarBits / 8;

    public static ProjectivePoint<TField, TCurve> Compute(ReadOnlySpan<ProjectivePoint<TField, TCurve>> points, ReadOnlySpan<byte> scalars) =>
        Pippenger(points, scalars, WindowBits(points.Length));

    private static int WindowBits(int count) => count switch
    {
        <= 8 => 3,
        <= 32 => 4,
        <= 128 => 5,
        <= 512 => 6,
        _ => 7,
    };

    private static ProjectivePoint<TField, TCurve> Pippenger(ReadOnlySpan<ProjectivePoint<TField, TCurve>> points, ReadOnlySpan<byte> scalars, int windowBits)
    {
        var buckets = new ProjectivePoint<TField, TCurve>[(1 << windowBits) - 1];
        var result = ProjectivePoint<TField, TCurve>.Infinity;
        var windows = (ScalarBits + windowBits - 1) / windowBits;
        for (var window = windows - 1; window >= 0; window--)
        {
            for (var i = 0; i < windowBits; i++) result = ProjectivePoint<TField, TCurve>.Double(result);
            Array.Fill(buckets, ProjectivePoint<TField, TCurve>.Infinity);
            for (var i = 0; i < points.Length; i++)
            {
                var digit = Digit(scalars.Slice(i * ScalarLength, ScalarLength), window * windowBits, windowBits);
                if (digit != 0) buckets[digit - 1] = ProjectivePoint<TField, TCurve>.Add(buckets[digit - 1], points[i]);
            }
            var running = ProjectivePoint<TField, TCurve>.Infinity;
            var windowSum = ProjectivePoint<TField, TCurve>.Infinity;
            for (var j = buckets.Length - 1; j >= 0; j--)
            {
                running = ProjectivePoint<TField, TCurve>.Add(running, buckets[j]);
                windowSum = ProjectivePoint<TField, TCurve>.Add(windowSum, running);
            }
            result = ProjectivePoint<TField, TCurve>.Add(result, windowSum);
        }
        return result;
    }

    /// <summary>Bits [lowBit, lowBit + width) of a big-endian 256-bit scalar (bits past the top read as zero).</summary>
    private static int Digit(ReadOnlySpan<byte> scalar, int lowBit, int width)
    {
        var digit = 0;
        for (var bit = Math.Min(lowBit + width, ScalarBits) - 1; bit >= lowBit; bit--)
            digit = (digit << 1) | ((scalar[ScalarLength - 1 - bit / 8] >> (bit % 8)) & 1);
        return digit;
    }
}
