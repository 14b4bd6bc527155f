using Csevm.Precompiles.Crypto.Bls12381;
using Csevm.Spec;
using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Precompiles;

/// <summary>EIP-2537 BLS12_G2ADD (0x0d): the sum of two G2 points, which must be on the curve but need not be in the subgroup.</summary>
public sealed class Bls12G2AddPrecompile : IPrecompile
{
    public static readonly Bls12G2AddPrecompile Instance = new();

    private const long Gas = 600;

    public string Name => "bls12_g2add";

    public long GasCost(ReadOnlySpan<byte> input, Revision revision) => Gas;

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output)
    {
        output = [];
        if (input.Length != 2 * Eip2537Encoding.G2Length
            || !Eip2537Encoding.TryReadG2(input[..Eip2537Encoding.G2Length], out var a)
            || !Eip2537Encoding.TryReadG2(input[Eip2537Encoding.G2Length..], out var b))
            return false;
        output = Eip2537Encoding.EncodeG2(G2Point.Add(a, b));
        return true;
    }
}
