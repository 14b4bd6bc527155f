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
