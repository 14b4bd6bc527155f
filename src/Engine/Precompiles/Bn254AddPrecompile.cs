using Csevm.Precompiles.Crypto.Bn254;
using Csevm.Spec;

namespace Csevm.Precompiles;

/// <summary>
/// 0x06 (EIP-196): P + Q on alt_bn128 G1. Input right-padded to 128 bytes (two points); output
/// 64 bytes. Invalid points fail. Gas 500, 150 from Istanbul (EIP-1108).
/// </summary>
public sealed class Bn254AddPrecompile : IPrecompile
{
    public static readonly Bn254AddPrecompile Instance = new();
    private Bn254AddPrecompile() { }

    public string Name => "ecadd";

    public long GasCost(ReadOnlySpan<byte> input, Revision revision) => revision >= Revision.Istanbul ? 150 : 500;

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output)
    {
        output = [];
        Span<byte> padded = stackalloc byte[2 * Bn254Curve.G1Size];
        PrecompileInput.CopyRightPadded(input, padded);
        if (!Bn254Curve.TryReadG1(padded[..64], out var p) || !Bn254Curve.TryReadG1(padded[64..], out var q)) return false;
        output = new byte[Bn254Curve.G1Size];
        if (p.IsInfinity || q.IsInfinity)
        {
            Bn254Curve.WriteG1(p.IsInfinity ? q : p, output);
            return true;
        }
        // Decoded points are affine (Z = 1): add them in affine coordinates.
        if (Bn254Curve.TryAddAffine(p.X, p.Y, q.X, q.Y, out var x, out var y))
        {
            x.WriteBigEndian(output);
            y.WriteBigEndian(output.AsSpan(32));
        }
        return true;
    }
}
