using Csevm.Spec;

namespace Csevm.Tests.Spec;

public class ForksTests
{
    private struct RevisionOf : IForkVisitor<Revision>
    {
        public Revision Visit<TFork>() where TFork : struct, IFork => TFork.Revision;
    }

    private struct StaticGasOf(byte opcode) : IForkVisitor<int>
    {
        public int Visit<TFork>() where TFork : struct, IFork => TFork.StaticGas[opcode];
    }

    [Fact]
    public void Dispatch_ReachesTheForkStructOfEveryRevision()
    {
        foreach (var revision in Enum.GetValues<Revision>())
        {
            var visitor = new RevisionOf();
            Assert.Equal(revision, Forks.Dispatch<RevisionOf, Revision>(revision, ref visitor));
        }
    }

    [Fact]
    public void Dispatch_RejectsAnUnknownRevision()
    {
        var visitor = new RevisionOf();
        Assert.Throws<ArgumentOutOfRangeException>(() => Forks.Dispatch<RevisionOf, Revision>((Revision)99, ref visitor));
    }

    [Theory]
    [InlineData(Revision.Frontier, 50)]
    [InlineData(Revision.TangerineWhistle, 200)]
    [InlineData(Revision.Istanbul, 800)]
    [InlineData(Revision.Berlin, 100)]
    public void SloadStaticGas_FollowsTheSpecByFork(Revision revision, int gas)
    {
        var visitor = new StaticGasOf((byte)Opcode.SLOAD);
        Assert.Equal(gas, Forks.Dispatch<StaticGasOf, int>(revision, ref visitor));
    }

    [Fact]
    public void ForkEipsAndAliases_ComeFromTheSpec()
    {
        Assert.Contains(3855, Forks.Eips(Revision.Shanghai).ToArray());
        Assert.Equal(["ConstantinopleFix"], Forks.Aliases(Revision.Petersburg));
        Assert.Empty(Forks.Aliases(Revision.Osaka));
    }

    [Fact]
    public void OpcodeInfo_NamesOpcodesAndKnowsWhenTheyAppear()
    {
        Assert.Equal("PUSH0", OpcodeInfo.Name(0x5f));
        Assert.Equal("0x0c", OpcodeInfo.Name(0x0c));
        Assert.False(OpcodeInfo.IsDefined(Revision.Paris, 0x5f));
        Assert.True(OpcodeInfo.IsDefined(Revision.Shanghai, 0x5f));
        Assert.False(OpcodeInfo.IsDefined(Revision.Osaka, 0x0c));
    }
}
