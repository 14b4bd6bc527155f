using System.Security.Cryptography;
using System.Text;
using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Tests.Numerics;

public class Keccak256Tests
{
    /// <summary>Deterministic filler: byte i is (31 i + 7) mod 256.</summary>
    internal static byte[] Pattern(int length)
    {
        var bytes = new byte[length];
        for (int i = 0; i < length; i++) bytes[i] = (byte)(i * 31 + 7);
        return bytes;
    }

    // Expected values: the published Keccak-256 vectors for "", "abc" and the fox sentence; the
    // pattern lengths were computed with a separate, spec-literal Keccak written for this purpose.
    [Theory]
    [InlineData(0, "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData(135, "adee8145bb33dc0320ad44945eeeb391e4668f0f7c69ccbbf6550a7cba245e52")]
    [InlineData(136, "eaccfc5aa7bf6bf1941809ef7cc9ee6a2fa306a7dd1de3f2e8504849b0a5e3c4")]
    [InlineData(137, "ea0e0b9657469f0b4f53604f1068ab4bd4a5e7b0a458d24a78f1fe2ec7bd4db0")]
    [InlineData(272, "c62d6a60780d4e03408834062e58004a549cff1c7487c0b9a130810621b0fcae")]
    [InlineData(1000, "c77d9bffcae9f0984e6dff7eea63cc14cad5f367f791e27b08a1953f192f30a5")]
    [InlineData(1 << 20, "83fbd18d9728845e498651fec13794b23c201f437c9efff4717306cec4305ed7")]
    public void Hash_OfPatternAroundTheRateBoundary_MatchesReference(int length, string expected) =>
        Assert.Equal("0x" + expected, Keccak256.Hash(Pattern(length)).ToString());

    [Theory]
    [InlineData("abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    [InlineData("The quick brown fox jumps over the lazy dog", "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15")]
    public void Hash_OfAsciiText_MatchesPublishedVector(string text, string expected) =>
        Assert.Equal("0x" + expected, Keccak256.Hash(Encoding.ASCII.GetBytes(text)).ToString());

    [Fact]
    public void OfEmpty_IsTheEmptyCodeHash() =>
        Assert.Equal(Hash256.Parse("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"), Keccak256.OfEmpty);

    [Fact]
    public void OfEmptyList_IsTheEmptyOmmersHash() =>
        Assert.Equal(Hash256.Parse("1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347"), Keccak256.OfEmptyList);

    [Fact]
    public void Hash_IntoSpan_WritesOnlyTheFirst32Bytes()
    {
        var destination = new byte[40];
        Array.Fill(destination, (byte)0xee);
        Keccak256.Hash("abc"u8, destination);
        Assert.Equal(Keccak256.Hash("abc"u8).ToArray(), destination[..32]);
        Assert.All(destination[32..], b => Assert.Equal(0xee, b));
    }

    [Fact]
    public void Hash_IntoShortSpan_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => Keccak256.Hash("abc"u8, new byte[31]));

    /// <summary>
    /// SHA3-256 is the same sponge with padding 0x06; .NET's SHA3_256 (OpenSSL) is therefore an
    /// independent check of the permutation and the absorb loop at every length up to 3 blocks and beyond.
    /// </summary>
    [Fact]
    public void Sponge_WithSha3Padding_MatchesPlatformSha3_256()
    {
        Assert.True(SHA3_256.IsSupported, "the platform (OpenSSL 1.1.1 or later) must provide SHA3-256 for this cross-check");
        var random = new Random(1);
        var lengths = Enumerable.Range(0, 420).Concat([4096, 65536, 1 << 20 | 77]);
        var ours = new byte[32];
        foreach (int length in lengths)
        {
            var data = new byte[length];
            random.NextBytes(data);
            Keccak256.Sponge(data, ours, domainPadding: 0x06);
            Assert.True(SHA3_256.HashData(data).AsSpan().SequenceEqual(ours), $"length {length}");
        }
    }
}
