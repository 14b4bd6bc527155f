using Csevm.Precompiles.Crypto.Bls12381;
using Csevm.Spec;

namespace Csevm.Precompiles;

/// <summary>EIP-2537 BLS12_MAP_FP_TO_G1 (0x10): one canonical Fp element (64 bytes) to a G1 point, by RFC 9380's map_to_curve and clear_cofactor.</summary>
public sealed class Bls12MapFpToG1Precompile : IPrecompile
{
    public static readonly Bls12MapFpToG1Precompile Instance = new();

    private const long Gas = 5500;

    public string Name => "bls12_map_fp_to_g1";

    public long GasCost(ReadOnlySpan<byte> input, Revision revision) => Gas;

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output)
    {
        output = [];
        if (input.Length != Eip2537Encoding.FpLength || !Eip2537Encoding.TryReadFp(input, out var u)) return false;
        output = Eip2537Encoding.EncodeG1(CofactorClearing.ClearG1(MapToCurve<Fp, G1Curve, G1Isogeny>.Map(u)));
        return true;
    }
}
