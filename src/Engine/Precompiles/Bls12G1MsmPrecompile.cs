using Csevm.Precompiles.Crypto.Bls12381;
using Csevm.Spec;

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

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output) =>
        Eip2537Msm<Fp, G1Curve, G1Split>.TryRun(
            input,
            Eip2537Encoding.G1Length,
            Eip2537Encoding.TryReadG1InSubgroup,
            point => Eip2537Encoding.EncodeG1(point),
            out output);
}
