using Csevm.Interpreter.Analysis;
using Csevm.Primitives;
using Csevm.Spec;

namespace Csevm.Tests.Interpreter.Blocks;

public unsafe class BasicBlocksTests
{
    // pc 0 PUSH1 1, 2 PUSH1 2, 4 ADD, 5 GAS | 6 JUMPDEST, 7 POP, 8 PUSH1 12, 10 JUMPI | 11 STOP | 12 JUMPDEST, 13 STOP
    private static readonly AnalyzedCode Code = new(Hex.Decode("6001600201" + "5a" + "5b50600c57" + "00" + "5b00"));

    private static (int Gas, int Minimum, int Maximum) At<TFork>(AnalyzedCode code, int pc) where TFork : struct, IFork
    {
        var cost = code.BlockCosts<TFork>()[pc];
        return (cost.Gas, cost.MinimumHeight, cost.MaximumHeight);
    }

    [Fact]
    public void BlockStart_SumsStaticGasUpToTheOpcodeThatReadsGas()
    {
        // 3 + 3 + 3 + 2; two pushes before the ADD need room for two, the GAS after it for one more.
        Assert.Equal((11, 0, 1022), At<Osaka>(Code, 0));
    }

    [Fact]
    public void EveryInstruction_HoldsTheCostOfTheRestOfItsBlock()
    {
        Assert.Equal((8, 1, 1023), At<Osaka>(Code, 2));
        Assert.Equal((5, 2, 1024), At<Osaka>(Code, 4));
        Assert.Equal((2, 0, 1023), At<Osaka>(Code, 5));
    }

    [Fact]
    public void JumpDest_StartsABlockThatEndsAtTheJumpI()
    {
        // JUMPDEST 1 + POP 2 + PUSH1 3 + JUMPI 10; POP needs one item and JUMPI two (one pushed between).
        Assert.Equal((16, 2, 1024), At<Osaka>(Code, 6));
        Assert.Equal((10, 2, 1024), At<Osaka>(Code, 10));
    }

    [Fact]
    public void AfterJumpI_AndAtTheNextJumpDest_NewBlocksStart()
    {
        Assert.Equal((0, 0, 1024), At<Osaka>(Code, 11));
        Assert.Equal((1, 0, 1024), At<Osaka>(Code, 12));
        Assert.Equal((0, 0, 1024), At<Osaka>(Code, 14));   // the implicit STOP past the end
    }

    [Fact]
    public void StaticGas_IsPricedPerFork()
    {
        var sload = new AnalyzedCode(Hex.Decode("600054"));
        Assert.Equal(3 + 50, At<Frontier>(sload, 0).Gas);
        Assert.Equal(3 + 800, At<Istanbul>(sload, 0).Gas);
        Assert.Equal(3 + 100, At<Berlin>(sload, 0).Gas);
    }

    [Fact]
    public void BlockThatMustOverflow_NeverRunsUnchecked()
    {
        var pushes = new AnalyzedCode(Enumerable.Repeat(new byte[] { 0x60, 0x01 }, 1025).SelectMany(b => b).ToArray());
        var (_, minimum, maximum) = At<Osaka>(pushes, 0);
        Assert.True(minimum > 1024 && maximum > 1024, "no stack height may pass the check");
        Assert.Equal((3 * 1024, 0, 0), At<Osaka>(new AnalyzedCode(Enumerable.Repeat(new byte[] { 0x60, 0x01 }, 1024).SelectMany(b => b).ToArray()), 0));
    }

    [Fact]
    public void GasAhead_IsTheRestOfTheBlockAfterAnInstruction_AndNothingAfterABlockEnd()
    {
        var code = new AnalyzedCode(Hex.Decode("600051" + "6001" + "5a" + "6002" + "5b00"));   // PUSH1 MLOAD PUSH1 GAS PUSH1 JUMPDEST STOP
        var costs = code.BlockCosts<Osaka>();
        Assert.Equal(3 + 2, BasicBlocks.GasAhead(costs, code.Pointer, 3));   // after MLOAD: PUSH1 and GAS were charged ahead
        Assert.Equal(0, BasicBlocks.GasAhead(costs, code.Pointer, 6));       // after GAS: a new block
        Assert.Equal(0, BasicBlocks.GasAhead(costs, code.Pointer, 8));       // at a JUMPDEST: a new block
    }

    [Fact]
    public void BlockCosts_AreCachedPerFork()
    {
        var code = new AnalyzedCode(Hex.Decode("600054"));
        Assert.True(code.BlockCosts<Cancun>() == code.BlockCosts<Cancun>());
        Assert.True(code.BlockCosts<Cancun>() != code.BlockCosts<Frontier>());
    }
}
