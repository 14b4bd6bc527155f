using Csevm.Precompiles.Crypto.Bn254;
using Csevm.Spec;

namespace Csevm.Precompiles;

/// <summary>
/// 0x07 (EIP-196): [k]P on alt_bn128 G1 for a 256-bit scalar k. Input right-padded to 96 bytes;
/// output 64 bytes. Gas 40000, 6000 from Istanbul (EIP-1108).
/// </summary>
public sealed class Bn254MulPrecompile : IPrecompile
{
    public static readonly Bn254MulPrecompile Instance = new();
    private Bn254MulPrecompile() { }

    public string Name => "ecmul";

    public long GasCost(ReadOnlySpan<byte> input, Revision revision) => revision >= Revision.Istanbul ? 6000 : 40000;

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output)
    {
        output = [];
        Span<byte> padded = stackalloc byte[Bn254Curve.G1Size + 32];
        PrecompileInput.CopyRightPadded(input, padded);
        if (!Bn254Curve.TryReadG1(padded[..64], out var p)) return false;
        output = new byte[Bn254Curve.G1Size];
        Bn254Curve.WriteG1(p.IsInfinity ? p : GlvMultiplication.Multiply(p.X, p.Y, padded[64..]), output);
        return true;
    }
}
