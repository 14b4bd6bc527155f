using Csevm.Execution.Transactions;
using Csevm.Primitives;

namespace Csevm.Tests.Execution.Transactions;

public class DelegationTests
{
    private static readonly Address Target = Address.Parse("0x00000000000000000000000000000000000000aa");

    [Fact]
    public void Designator_IsEf0100FollowedByTheAddress()
    {
        var code = Delegation.Designator(Target);
        Assert.Equal("0xef0100" + Target.ToString()[2..], Hex.Encode(code));
        Assert.True(Delegation.IsDesignator(code));
        Assert.True(Delegation.TryGetTarget(code, out var target));
        Assert.Equal(Target, target);
    }

    [Theory]
    [InlineData("0x")]
    [InlineData("0xef0100")]
    [InlineData("0xef010000000000000000000000000000000000000000")]      // 22 bytes
    [InlineData("0xef01000000000000000000000000000000000000000000aa")]  // 24 bytes
    [InlineData("0xef0200000000000000000000000000000000000000aa")]      // wrong version
    public void IsDesignator_RejectsAnythingButExactly23BytesWithThePrefix(string hex)
    {
        Assert.False(Delegation.IsDesignator(Hex.Decode(hex)));
        Assert.False(Delegation.TryGetTarget(Hex.Decode(hex), out _));
    }
}
