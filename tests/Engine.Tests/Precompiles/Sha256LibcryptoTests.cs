using System.Security.Cryptography;
using Csevm.Precompiles;
using Csevm.Precompiles.Crypto;
using Csevm.Spec;

namespace Csevm.Tests.Precompiles;

/// <summary>
/// The SHA-256 precompile hashes through libcrypto's low-level functions, falling back to .NET's
/// SHA256: both paths must give .NET's digest on every length, padding boundaries included.
/// </summary>
public class Sha256LibcryptoTests
{
    /// <summary>Around the padding boundaries (55/56 bytes fit or spill the length into a second block) and multi-block lengths.</summary>
    public static TheoryData<int> Lengths => new() { 0, 1, 31, 32, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 1024, 4097 };

    [Fact]
    public void Libcrypto_IsLoadedOnLinux()
    {
        if (OperatingSystem.IsLinux()) Assert.True(OpenSslSha256.IsAvailable);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void BothPaths_GiveDotNetsDigest(int length)
    {
        var input = new byte[length];
        new Random(length).NextBytes(input);
        var expected = SHA256.HashData(input);
        foreach (bool throughLibcrypto in new[] { true, false })
        {
            if (throughLibcrypto && !OpenSslSha256.IsAvailable) continue;
            var digest = new byte[32];
            Sha256Precompile.Hash(input, digest, throughLibcrypto);
            Assert.Equal(expected, digest);
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Precompile_ReturnsDotNetsDigest(int length)
    {
        var input = new byte[length + 3];
        new Random(1000 + length).NextBytes(input);
        var slice = input.AsSpan(3); // an input that does not start an array
        Assert.True(Sha256Precompile.Instance.TryRun(slice, Revision.Osaka, out var output));
        Assert.Equal(SHA256.HashData(slice), output);
    }

    [Fact]
    public void EveryLengthUpToThreeBlocks_MatchesDotNet()
    {
        if (!OpenSslSha256.IsAvailable) return;
        var input = new byte[200];
        new Random(200).NextBytes(input);
        var digest = new byte[32];
        for (int length = 0; length <= input.Length; length++)
        {
            OpenSslSha256.Hash(input.AsSpan(0, length), digest);
            Assert.Equal(SHA256.HashData(input.AsSpan(0, length)), digest);
        }
    }

    [Fact]
    public void ShortDigestBuffer_IsRefused() =>
        Assert.Throws<ArgumentException>(() => OpenSslSha256.Hash([1, 2, 3], new byte[31]));
}
