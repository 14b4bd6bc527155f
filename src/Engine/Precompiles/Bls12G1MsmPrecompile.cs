using Csevm.Precompiles.Crypto.Bls12381;
using Csevm.Spec;
using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;

namespace Csevm.Precompiles;

/// <summary>
/// EIP-2537 BLS12_G1MSM (0x0c): Σ [sᵢ]Pᵢ over k ≥ 1 pairs of a G1 point (on the curve, in the
/// subgroup) and a 32-byte scalar (any value; no reduction is required).
/// </summary>
public sealed class Bls12G1MsmPrecompile : IPrecompile
{
    public static readonly Bls12G1MsmPrecompile Instance = new();

    private const int PairLength = Eip2537Encoding.G1Length + Eip2537Encoding.ScalarLength;
    private const long MultiplicationCost = 12000;

    public string Name => "bls12_g1msm";

    public long GasCost(ReadOnlySpan<byte> input, Revision revision) =>
        MsmDiscount.Gas(input.Length / PairLength, MultiplicationCost, MsmDiscount.G1);

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output)
    {
        output = [];
        if (input.Length == 0 || input.Length % PairLength != 0) return false;
        var count = input.Length / PairLength;
        var points = new G1Point[count];
        var scalars = new byte[count * Eip2537Encoding.ScalarLength];
        for (var i = 0; i < count; i++)
        {
            var pair = input.Slice(i * PairLength, PairLength);
            if (!Eip2537Encoding.TryReadG1InSubgroup(pair[..Eip2537Encoding.G1Length], out points[i])) return false;
            pair[Eip2537Encoding.G1Length..].CopyTo(scalars.AsSpan(i * Eip2537Encoding.ScalarLength));
        }
        output = Eip2537Encoding.EncodeG1(MultiScalarMultiplication<Fp, G1Curve>.Compute(points, scalars));
        return true;
    }
}
