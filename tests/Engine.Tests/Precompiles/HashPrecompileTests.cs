using Csevm.Precompiles;
using Csevm.Spec;
using static Csevm.Tests.Precompiles.PrecompileTestHelpers;

namespace Csevm.Tests.Precompiles;

/// <summary>sha256 (0x02), ripemd160 (0x03) and identity (0x04): outputs and per-word gas.</summary>
public class HashPrecompileTests
{
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("616263", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void Sha256_HashesTheInput(string input, string expected) =>
        Assert.Equal((true, expected), Run(Sha256Precompile.Instance, input));

    [Theory]
    [InlineData("", "9c1185a5c5e9fc54612808977ee8f548b2258d31")]
    [InlineData("61", "0bdc9d2d256b3ee9daae347be6f4dc835a467ffe")]
    [InlineData("616263", "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc")]
    [InlineData("6d65737361676520646967657374", "5d0689ef49d2fae572b881b123a85ffa21595f36")]
    // 56 bytes: the length field no longer fits the first padded block.
    [InlineData("6162636462636465636465666465666765666768666768696768696a68696a6b696a6b6c6a6b6c6d6b6c6d6e6c6d6e6f6d6e6f706e6f7071", "12a053384a9c0c88e405a06c27dcf49ada62eb2b")]
    public void Ripemd160_OutputIsTheDigestLeftPaddedToAWord(string input, string expected) =>
        Assert.Equal((true, new string('0', 24) + expected), Run(Ripemd160Precompile.Instance, input));

    [Fact]
    public void Ripemd160_MillionAs_MatchesTheReferenceDigest()
    {
        var input = Enumerable.Repeat((byte)'a', 1_000_000).ToArray();
        Assert.True(Ripemd160Precompile.Instance.TryRun(input, Revision.Frontier, out var output));
        Assert.Equal(new string('0', 24) + "52783243c1697bdbe16d37f97f68f08325dc1528", Convert.ToHexStringLower(output));
    }

    [Fact]
    public void Identity_ReturnsACopyOfTheInput() =>
        Assert.Equal((true, "00ff10"), Run(IdentityPrecompile.Instance, "00ff10"));

    [Theory]
    [InlineData(0, 60, 600, 15)]
    [InlineData(1, 72, 720, 18)]
    [InlineData(32, 72, 720, 18)]
    [InlineData(33, 84, 840, 21)]
    [InlineData(64, 84, 840, 21)]
    public void Gas_IsBasePlusPerStartedWord(int length, long sha, long ripemd, long identity)
    {
        var input = new byte[length];
        Assert.Equal(sha, Sha256Precompile.Instance.GasCost(input, Revision.Frontier));
        Assert.Equal(ripemd, Ripemd160Precompile.Instance.GasCost(input, Revision.Frontier));
        Assert.Equal(identity, IdentityPrecompile.Instance.GasCost(input, Revision.Frontier));
    }
}
