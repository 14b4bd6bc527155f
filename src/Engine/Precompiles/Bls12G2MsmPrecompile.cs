using Csevm.Precompiles.Crypto.Bls12381;
using Csevm.Spec;

namespace Csevm.Precompiles;

/// <summary>
/// EIP-2537 BLS12_G2MSM (0x0e): Σ [sᵢ]Pᵢ over k ≥ 1 pairs of a G2 point (on the curve, in the
/// subgroup) and a 32-byte scalar (any value; no reduction is required).
/// </summary>
public sealed class Bls12G2MsmPrecompile : IPrecompile
{
    public static readonly Bls12G2MsmPrecompile Instance = new();

    private const int PairLength = Eip2537Encoding.G2Length + Eip2537Encoding.ScalarLength;
    private const long MultiplicationCost = 22500;

    public string Name => "bls12_g2msm";

    public long GasCost(ReadOnlySpan<byte> input, Revision revision) =>
        MsmDiscount.Gas(input.Length / PairLength, MultiplicationCost, MsmDiscount.G2);

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output) =>
        Eip2537Msm<Fp2, G2Curve, G2Split>.TryRun(
            input,
            Eip2537Encoding.G2Length,
            Eip2537Encoding.TryReadG2InSubgroup,
            point => Eip2537Encoding.EncodeG2(point),
            out output);
}
