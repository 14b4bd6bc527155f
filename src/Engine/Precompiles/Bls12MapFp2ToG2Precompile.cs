using Csevm.Precompiles.Crypto.Bls12381;
using Csevm.Spec;

namespace Csevm.Precompiles;

/// <summary>EIP-2537 BLS12_MAP_FP2_TO_G2 (0x11): one canonical Fp2 element (128 bytes) to a G2 point, by RFC 9380's map_to_curve and clear_cofactor.</summary>
public sealed class Bls12MapFp2ToG2Precompile : IPrecompile
{
    public static readonly Bls12MapFp2ToG2Precompile Instance = new();

    private const long Gas = 23800;

    public string Name => "bls12_map_fp2_to_g2";

    public long GasCost(ReadOnlySpan<byte> input, Revision revision) => Gas;

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output)
    {
        output = [];
        if (input.Length != Eip2537Encoding.Fp2Length || !Eip2537Encoding.TryReadFp2(input, out var u)) return false;
        output = Eip2537Encoding.EncodeG2(CofactorClearing.ClearG2(MapToCurve<Fp2, G2Curve, G2Isogeny>.Map(u)));
        return true;
    }
}
