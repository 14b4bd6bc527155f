namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>Reads one point of an EIP-2537 input; false when it is malformed, off the curve or outside the subgroup.</summary>
internal delegate bool PointReader<TField, TCurve>(ReadOnlySpan<byte> input, out ProjectivePoint<TField, TCurve> point)
    where TField : struct, IFieldElement<TField>
    where TCurve : struct, ICurve<TField>;

/// <summary>[k]P for a point of the prime-order subgroup and a 32-byte big-endian scalar.</summary>
internal delegate ProjectivePoint<TField, TCurve> SubgroupMultiplier<TField, TCurve>(in ProjectivePoint<TField, TCurve> point, ReadOnlySpan<byte> scalar)
    where TField : struct, IFieldElement<TField>
    where TCurve : struct, ICurve<TField>;

/// <summary>
/// The body shared by G1MSM and G2MSM: k ≥ 1 pairs of (point in the subgroup, 32-byte scalar, any
/// value) whose Σ [sᵢ]Pᵢ is returned encoded. Up to three pairs — the most expensive per gas, with
/// little or no discount — are multiplied one by one through the curve's endomorphisms (GLV/GLS),
/// which beats a shared-doubling method at that size; more go to Pippenger.
/// </summary>
internal static class Eip2537Msm<TField, TCurve>
    where TField : struct, IFieldElement<TField>
    where TCurve : struct, ICurve<TField>
{
    public static bool TryRun(
        ReadOnlySpan<byte> input,
        int pointLength,
        PointReader<TField, TCurve> readPoint,
        SubgroupMultiplier<TField, TCurve> multiply,
        Func<ProjectivePoint<TField, TCurve>, byte[]> encode,
        out byte[] output)
    {
        output = [];
        var pairLength = pointLength + Eip2537Encoding.ScalarLength;
        if (input.Length == 0 || input.Length % pairLength != 0) return false;
        var count = input.Length / pairLength;
        var points = new ProjectivePoint<TField, TCurve>[count];
        var scalars = new byte[count * Eip2537Encoding.ScalarLength];
        for (var i = 0; i < count; i++)
        {
            var pair = input.Slice(i * pairLength, pairLength);
            if (!readPoint(pair[..pointLength], out points[i])) return false;
            pair[pointLength..].CopyTo(scalars.AsSpan(i * Eip2537Encoding.ScalarLength));
        }
        if (count >= 4)
        {
            output = encode(MultiScalarMultiplication<TField, TCurve>.Compute(points, scalars));
            return true;
        }
        var sum = ProjectivePoint<TField, TCurve>.Infinity;
        for (var i = 0; i < count; i++)
            sum = ProjectivePoint<TField, TCurve>.Add(sum, multiply(points[i], scalars.AsSpan(i * Eip2537Encoding.ScalarLength, Eip2537Encoding.ScalarLength)));
        output = encode(sum);
        return true;
    }
}
