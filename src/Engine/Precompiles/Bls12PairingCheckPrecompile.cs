using Csevm.Precompiles.Crypto.Bls12381;
using Csevm.Spec;
using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;
using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Precompiles;

/// <summary>
/// EIP-2537 BLS12_PAIRING_CHECK (0x0f): k ≥ 1 pairs (G1 ‖ G2, 384 bytes each), every point on its
/// curve and in the prime-order subgroup; returns a 32-byte word, 1 when Π e(Pᵢ, Qᵢ) = 1.
/// </summary>
public sealed class Bls12PairingCheckPrecompile : IPrecompile
{
    public static readonly Bls12PairingCheckPrecompile Instance = new();

    private const int PairLength = Eip2537Encoding.G1Length + Eip2537Encoding.G2Length;
    private const long GasPerPair = 32600;
    private const long BaseGas = 37700;

    public string Name => "bls12_pairing_check";

    public long GasCost(ReadOnlySpan<byte> input, Revision revision) => input.Length / PairLength * GasPerPair + BaseGas;

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output)
    {
        output = [];
        if (input.Length == 0 || input.Length % PairLength != 0) return false;
        var count = input.Length / PairLength;
        var g1 = new G1Point[count];
        var g2 = new G2Point[count];
        for (var i = 0; i < count; i++)
        {
            var pair = input.Slice(i * PairLength, PairLength);
            // G2 subgroup membership is checked by TryIsProductOne, most of it for free.
            if (!Eip2537Encoding.TryReadG1InSubgroup(pair[..Eip2537Encoding.G1Length], out g1[i])
                || !Eip2537Encoding.TryReadG2(pair[Eip2537Encoding.G1Length..], out g2[i]))
                return false;
        }
        if (!Pairing.TryIsProductOne(g1, g2, out var isOne)) return false;
        output = new byte[32];
        output[31] = isOne ? (byte)1 : (byte)0;
        return true;
    }
}
