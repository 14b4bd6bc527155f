using Csevm.Precompiles;
using Csevm.Primitives;
using Csevm.Spec;

namespace Csevm.Tests.Precompiles;

public class PrecompileRegistryTests
{
    [Theory]
    [InlineData(Revision.Frontier, 4)]
    [InlineData(Revision.SpuriousDragon, 4)]
    [InlineData(Revision.Byzantium, 8)]
    [InlineData(Revision.Petersburg, 8)]
    [InlineData(Revision.Istanbul, 9)]
    [InlineData(Revision.Shanghai, 9)]
    [InlineData(Revision.Cancun, 10)]
    [InlineData(Revision.Prague, 17)]
    public void ActiveAddresses_AreTheConsecutiveNumbersOfTheRevision(Revision revision, int count)
    {
        var active = PrecompileRegistry.ActiveAddresses(revision).ToArray();
        Assert.Equal(Enumerable.Range(1, count).Select(n => Address.FromNumber((ulong)n)), active);
    }

    [Theory]
    [InlineData(0x05, Revision.SpuriousDragon, false)]
    [InlineData(0x05, Revision.Byzantium, true)]
    [InlineData(0x08, Revision.Byzantium, true)]
    [InlineData(0x09, Revision.Petersburg, false)]
    [InlineData(0x09, Revision.Istanbul, true)]
    [InlineData(0x01, Revision.Frontier, true)]
    [InlineData(0x00, Revision.Osaka, false)]
    [InlineData(0x1234, Revision.Osaka, false)]
    public void IsPrecompile_FollowsTheRevisionThatIntroducedIt(ulong number, Revision revision, bool expected) =>
        Assert.Equal(expected, PrecompileRegistry.IsPrecompile(Address.FromNumber(number), revision));

    [Fact]
    public void ActiveAddresses_InOsaka_AddP256VerifyAfterTheConsecutiveOnes()
    {
        var active = PrecompileRegistry.ActiveAddresses(Revision.Osaka).ToArray();
        Assert.Equal(Enumerable.Range(1, 17).Select(n => Address.FromNumber((ulong)n)).Append(Address.FromNumber(0x100)), active);
    }

    [Theory]
    [InlineData(0x0a, Revision.Shanghai, false)]
    [InlineData(0x0a, Revision.Cancun, true)]
    [InlineData(0x0b, Revision.Cancun, false)]
    [InlineData(0x11, Revision.Prague, true)]
    [InlineData(0x12, Revision.Osaka, false)]
    [InlineData(0x100, Revision.Prague, false)]
    [InlineData(0x100, Revision.Osaka, true)]
    public void IsPrecompile_CoversKzgBlsAndP256ByRevision(ulong number, Revision revision, bool expected) =>
        Assert.Equal(expected, PrecompileRegistry.IsPrecompile(Address.FromNumber(number), revision));

    [Fact]
    public void TryGet_ReturnsThePrecompileAtItsAddress()
    {
        Assert.True(PrecompileRegistry.TryGet(Address.FromNumber(2), Revision.Frontier, out var sha));
        Assert.Equal("sha256", sha.Name);
        Assert.True(PrecompileRegistry.TryGet(Address.FromNumber(5), Revision.Cancun, out var modexp));
        Assert.Equal("modexp", modexp.Name);
    }

    [Fact]
    public void TryGet_IgnoresAddressesWithHighBytesSet()
    {
        var bytes = new byte[20];
        bytes[0] = 1;
        bytes[19] = 1;
        Assert.False(PrecompileRegistry.IsPrecompile(new Address(bytes), Revision.Osaka));
    }

    [Fact]
    public void EveryActiveAddress_ResolvesToAPrecompile()
    {
        foreach (var revision in Enum.GetValues<Revision>())
            foreach (var address in PrecompileRegistry.ActiveAddresses(revision))
                Assert.True(PrecompileRegistry.IsPrecompile(address, revision), $"{address} in {revision}");
    }
}
