namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>Reads one point of an EIP-2537 input; false when it is malformed, off the curve or outside the subgroup.</summary>
internal delegate bool PointReader<TField, TCurve>(ReadOnlySpan<byte> input, out ProjectivePoint<TField, TCurve> point)
    where TField : struct, IFieldElement<TField>
    where TCurve : struct, ICurve<TField>;

/// <summary>
/// The body shared by G1MSM and G2MSM: k ≥ 1 pairs of (point in the subgroup, 32-byte scalar, any
/// value) whose Σ [sᵢ]Pᵢ is returned encoded. Every multiplication is first split through the
/// group's endomorphism into short parts; up to <see cref="IEndomorphismSplit{TField, TCurve}.JointLimit"/>
/// pairs are multiplied by one shared double-and-add over all their parts, more go to Pippenger.
/// </summary>
internal static class Eip2537Msm<TField, TCurve, TSplit>
    where TField : struct, IFieldElement<TField>
    where TCurve : struct, ICurve<TField>
    where TSplit : struct, IEndomorphismSplit<TField, TCurve>
{
    public static bool TryRun(
        ReadOnlySpan<byte> input,
        int pointLength,
        PointReader<TField, TCurve> readPoint,
        Func<ProjectivePoint<TField, TCurve>, byte[]> encode,
        out byte[] output)
    {
        output = [];
        var pairLength = pointLength + Eip2537Encoding.ScalarLength;
        if (input.Length == 0 || input.Length % pairLength != 0) return false;
        var count = input.Length / pairLength;
        var points = new ProjectivePoint<TField, TCurve>[count];
        for (var i = 0; i < count; i++)
            if (!readPoint(input.Slice(i * pairLength, pointLength), out points[i])) return false;

        var parts = new ProjectivePoint<TField, TCurve>[count * TSplit.Parts];
        var partScalars = new UInt128[count * TSplit.Parts];
        for (var i = 0; i < count; i++)
            TSplit.Decompose(points[i], Scalar(input, i, pairLength, pointLength),
                parts.AsSpan(i * TSplit.Parts, TSplit.Parts), partScalars.AsSpan(i * TSplit.Parts, TSplit.Parts));
        output = encode(count <= TSplit.JointLimit
            ? EndomorphismMultiplication.JointMultiply<TField, TCurve>(parts, partScalars, TSplit.PartBits)
            : MultiScalarMultiplication<TField, TCurve>.Compute(parts, partScalars, TSplit.PartBits));
        return true;
    }

    private static ReadOnlySpan<byte> Scalar(ReadOnlySpan<byte> input, int index, int pairLength, int pointLength) =>
        input.Slice(index * pairLength + pointLength, Eip2537Encoding.ScalarLength);
}
