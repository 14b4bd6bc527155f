using Csevm.Precompiles.Crypto.Bls12381;
using Csevm.Spec;
using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;

namespace Csevm.Precompiles;

/// <summary>EIP-2537 BLS12_G1ADD (0x0b): the sum of two G1 points, which must be on the curve but need not be in the subgroup.</summary>
public sealed class Bls12G1AddPrecompile : IPrecompile
{
    public static readonly Bls12G1AddPrecompile Instance = new();

    private const long Gas = 375;

    public string Name => "bls12_g1add";

    public long GasCost(ReadOnlySpan<byte> input, Revision revision) => Gas;

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output)
    {
        output = [];
        if (input.Length != 2 * Eip2537Encoding.G1Length
            || !Eip2537Encoding.TryReadG1(input[..Eip2537Encoding.G1Length], out var a)
            || !Eip2537Encoding.TryReadG1(input[Eip2537Encoding.G1Length..], out var b))
            return false;
        output = Eip2537Encoding.EncodeG1(G1Point.Add(a, b));
        return true;
    }
}
