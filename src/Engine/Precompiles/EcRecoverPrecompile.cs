using Csevm.Numerics;
using Csevm.Precompiles.Crypto;
using Csevm.Spec;

namespace Csevm.Precompiles;

/// <summary>
/// 0x01: the signer of a message hash. Input (right-padded to 128 bytes): hash, v, r, s as 32-byte
/// words; v must be exactly 27 or 28. An unrecoverable signature is not an error: the call
/// succeeds with empty output. Costs 3000 gas.
/// </summary>
public sealed class EcRecoverPrecompile : IPrecompile
{
    public static readonly EcRecoverPrecompile Instance = new();
    private EcRecoverPrecompile() { }

    public string Name => "ecrecover";

    public long GasCost(ReadOnlySpan<byte> input, Revision revision) => 3000;

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output)
    {
        Span<byte> padded = stackalloc byte[128];
        PrecompileInput.CopyRightPadded(input, padded);

        output = [];
        var v = UInt256.FromBigEndian(padded.Slice(32, 32));
        if (!v.IsUlong || (v.U0 != 27 && v.U0 != 28)) return true;
        var r = UInt256.FromBigEndian(padded.Slice(64, 32));
        var s = UInt256.FromBigEndian(padded.Slice(96, 32));
        if (!Secp256k1.TryRecoverAddress(padded[..32], (int)v.U0 - 27, r, s, out var signer)) return true;

        output = new byte[32];
        signer.CopyTo(output.AsSpan(12));
        return true;
    }
}
