using System.Security.Cryptography;
using Csevm.Spec;

namespace Csevm.Precompiles;

/// <summary>0x02: SHA-256 of the input (60 gas + 12 per word).</summary>
public sealed class Sha256Precompile : IPrecompile
{
    public static readonly Sha256Precompile Instance = new();
    private Sha256Precompile() { }

    public string Name => "sha256";

    public long GasCost(ReadOnlySpan<byte> input, Revision revision) => PrecompileGas.PerWord(input.Length, 60, 12);

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output)
    {
        output = SHA256.HashData(input);
        return true;
    }
}
