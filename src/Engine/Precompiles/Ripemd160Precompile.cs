using Csevm.Precompiles.Crypto;
using Csevm.Spec;

namespace Csevm.Precompiles;

/// <summary>0x03: RIPEMD-160 of the input, left-padded to a 32-byte word (600 gas + 120 per word).</summary>
public sealed class Ripemd160Precompile : IPrecompile
{
    public static readonly Ripemd160Precompile Instance = new();
    private Ripemd160Precompile() { }

    public string Name => "ripemd160";

    public long GasCost(ReadOnlySpan<byte> input, Revision revision) => PrecompileGas.PerWord(input.Length, 600, 120);

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output)
    {
        output = new byte[32];
        Ripemd160.Hash(input, output.AsSpan(32 - Ripemd160.HashSize));
        return true;
    }
}
