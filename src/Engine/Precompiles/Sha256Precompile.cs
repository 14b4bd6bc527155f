using System.Security.Cryptography;
using Csevm.Precompiles.Crypto;
using Csevm.Spec;

namespace Csevm.Precompiles;

/// <summary>
/// 0x02: SHA-256 of the input (60 gas + 12 per word). libcrypto is called directly
/// (<see cref="OpenSslSha256"/>: most of a short hash's cost through .NET is per-call set-up);
/// .NET's SHA256 is the fallback where it cannot be loaded.
/// </summary>
public sealed class Sha256Precompile : IPrecompile
{
    public static readonly Sha256Precompile Instance = new();
    private Sha256Precompile() { }

    public string Name => "sha256";

    public long GasCost(ReadOnlySpan<byte> input, Revision revision) => PrecompileGas.PerWord(input.Length, 60, 12);

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output)
    {
        output = new byte[OpenSslSha256.HashSize];
        Hash(input, output, OpenSslSha256.IsAvailable);
        return true;
    }

    /// <summary>SHA-256 through libcrypto directly or through .NET (the fallback, and the reference the tests compare with).</summary>
    internal static void Hash(ReadOnlySpan<byte> input, Span<byte> digest, bool throughLibcrypto)
    {
        if (throughLibcrypto) OpenSslSha256.Hash(input, digest);
        else SHA256.HashData(input, digest);
    }
}
