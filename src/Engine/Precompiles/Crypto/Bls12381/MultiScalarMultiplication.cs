namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// Σ [kᵢ]Pᵢ for 256-bit big-endian scalars: Straus's method for a few points (one chain of 256
/// doublings shared by all, a 4-bit window table per point), Pippenger's bucket method beyond (each
/// c-bit window sorts the points into 2^c − 1 buckets, then a running sum weights bucket j by j),
/// which costs about 256/c·(k + 2^(c+1)) additions.
/// </summary>
internal static class MultiScalarMultiplication<TField, TCurve>
    where TField : struct, IFieldElement<TField>
    where TCurve : struct, ICurve<TField>
{
    private const int ScalarBits = 256;
    private const int ScalarLength = ScalarBits / 8;

    public static ProjectivePoint<TField, TCurve> Compute(ReadOnlySpan<ProjectivePoint<TField, TCurve>> points, ReadOnlySpan<byte> scalars)
    {
        if (points.Length == 1) return ProjectivePoint<TField, TCurve>.Multiply(points[0], scalars[..ScalarLength]);
        return points.Length < 4 ? Straus(points, scalars) : Pippenger(points, scalars, WindowBits(points.Length));
    }

    private static ProjectivePoint<TField, TCurve> Straus(ReadOnlySpan<ProjectivePoint<TField, TCurve>> points, ReadOnlySpan<byte> scalars)
    {
        const int window = 4;
        var tables = new ProjectivePoint<TField, TCurve>[points.Length][];
        for (var i = 0; i < points.Length; i++)
        {
            var table = tables[i] = new ProjectivePoint<TField, TCurve>[1 << window];
            table[0] = ProjectivePoint<TField, TCurve>.Infinity;
            for (var j = 1; j < table.Length; j++) table[j] = ProjectivePoint<TField, TCurve>.Add(table[j - 1], points[i]);
        }
        var result = ProjectivePoint<TField, TCurve>.Infinity;
        for (var digitIndex = ScalarBits / window - 1; digitIndex >= 0; digitIndex--)
        {
            for (var i = 0; i < window; i++) result = ProjectivePoint<TField, TCurve>.Double(result);
            for (var i = 0; i < points.Length; i++)
            {
                var digit = Digit(scalars.Slice(i * ScalarLength, ScalarLength), digitIndex * window, window);
                if (digit != 0) result = ProjectivePoint<TField, TCurve>.Add(result, tables[i][digit]);
            }
        }
        return result;
    }

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
