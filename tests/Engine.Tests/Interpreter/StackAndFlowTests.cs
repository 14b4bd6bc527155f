using Csevm.Execution;
using Csevm.Numerics;
using Csevm.Spec;

namespace Csevm.Tests.Interpreter;

public class StackAndFlowTests
{
    [Fact]
    public void Push32_ReadsAllThirtyTwoBytesBigEndian()
    {
        var value = UInt256.Parse("0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20");
        Assert.Equal(value, Evm.Run(Evm.Push(value) + Evm.ReturnTop).Word);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(9)]
    [InlineData(17)]
    [InlineData(31)]
    public void PushN_ReadsNBytes(int n)
    {
        var bytes = Enumerable.Range(1, n).Select(i => (byte)(0xa0 + i)).ToArray();
        var code = Convert.ToHexStringLower([(byte)(0x5f + n)]) + Convert.ToHexStringLower(bytes);
        Assert.Equal(UInt256.FromBigEndian(bytes), Evm.Run(code + Evm.ReturnTop).Word);
    }

    [Fact]
    public void PushAtTheEndOfCode_ReadsZerosForTheMissingBytes()
    {
        // PUSH3 0xab then the code ends: the immediate is 0xab0000 and the frame stops.
        var outcome = Evm.Run("62ab");
        Assert.Equal(ExecutionStatus.Success, outcome.Status);
        Assert.Equal(3, outcome.GasUsed);
    }

    [Fact]
    public void PushAtTheEndOfCode_PushesTheBytesPresentThenZeros()
    {
        // PUSH3 with only 0xab left: the implicit STOP after it sees 0xab0000 on the stack.
        var tracer = new StackCapture();
        Evm.Run("62ab", ref tracer);
        Assert.Equal(new UInt256(0xab0000), tracer.LastStackTop);
    }

    [Fact]
    public void Dup_CopiesTheNthItemAndSwap_ExchangesWithIt()
    {
        // 1 2 3: DUP3 pushes 1; SWAP2 gives 3 2 1 (top 1), and after a POP the top is 2.
        Assert.Equal(UInt256.One, Evm.Run("600160026003" + "82" + Evm.ReturnTop).Word);
        Assert.Equal(UInt256.One, Evm.Run("600160026003" + "91" + Evm.ReturnTop).Word);
        Assert.Equal(new UInt256(2), Evm.Run("600160026003" + "91" + "50" + Evm.ReturnTop).Word);
    }

    [Fact]
    public void Dup16AndSwap16_ReachTheSixteenthAndSeventeenthItems()
    {
        var pushes = string.Concat(Enumerable.Range(1, 17).Select(i => "60" + i.ToString("x2")));
        Assert.Equal(new UInt256(2), Evm.Run(pushes + "8f" + Evm.ReturnTop).Word);
        Assert.Equal(UInt256.One, Evm.Run(pushes + "9f" + Evm.ReturnTop).Word);
    }

    [Fact]
    public void EmptyStack_UnderflowsAndConsumesAllGas()
    {
        var outcome = Evm.Run("01");
        Assert.Equal(ExecutionStatus.StackUnderflow, outcome.Status);
        Assert.Equal(1_000_000, outcome.GasUsed);
    }

    [Fact]
    public void Push1025Items_Overflows()
    {
        var fill = string.Concat(Enumerable.Repeat("5f", 1024));
        Assert.Equal(ExecutionStatus.Success, Evm.Run(fill).Status);
        Assert.Equal(ExecutionStatus.StackOverflow, Evm.Run(fill + "5f").Status);
        Assert.Equal(ExecutionStatus.StackOverflow, Evm.Run(fill[2..] + "80" + "80").Status);
    }

    [Fact]
    public void Jump_ToAJumpDest_Continues()
    {
        // PUSH1 4, JUMP, INVALID, JUMPDEST, PUSH1 7, return it.
        var outcome = Evm.Run("600456fe5b6007" + Evm.ReturnTop);
        Assert.Equal(ExecutionStatus.Success, outcome.Status);
        Assert.Equal(new UInt256(7), outcome.Word);
        Assert.Equal(3 + 8 + 1 + 3 + Evm.ReturnTopGas, outcome.GasUsed);
    }

    [Fact]
    public void Jump_IntoPushData_IsABadJumpDestination()
    {
        // PUSH1 3, JUMP, PUSH1 0x5b: offset 3 is a 0x5b byte but it is PUSH data.
        Assert.Equal(ExecutionStatus.BadJumpDestination, Evm.Run("600356605b").Status);
    }

    [Fact]
    public void Jump_PastTheEndOrToAHugeOffset_IsABadJumpDestination()
    {
        Assert.Equal(ExecutionStatus.BadJumpDestination, Evm.Run("606456").Status);
        Assert.Equal(ExecutionStatus.BadJumpDestination, Evm.Run(Evm.Push(UInt256.MaxValue) + "56").Status);
    }

    [Fact]
    public void JumpI_JumpsOnlyWhenTheConditionIsNonZero()
    {
        // cond, PUSH1 15, JUMPI, PUSH1 1, return; 15: JUMPDEST, PUSH1 2, return.
        string program(string cond) => cond + "600f57" + "6001" + Evm.ReturnTop + "5b6002" + Evm.ReturnTop;
        Assert.Equal(UInt256.One, Evm.Run(program("6000")).Word);
        Assert.Equal(new UInt256(2), Evm.Run(program("6001")).Word);
    }

    [Fact]
    public void JumpI_NotTaken_DoesNotValidateTheDestination()
    {
        Assert.Equal(ExecutionStatus.Success, Evm.Run("6000606457").Status);
    }

    [Fact]
    public void PcAndGas_ReportTheInstructionOffsetAndTheGasAfterIt()
    {
        Assert.Equal(new UInt256(2), Evm.Run("5b5b58" + Evm.ReturnTop).Word);
        Assert.Equal(new UInt256(1000 - 2), Evm.Run("5a" + Evm.ReturnTop, gas: 1000).Word);
    }

    [Fact]
    public void OutOfGas_BeforeTheStaticCharge_ConsumesEverything()
    {
        var outcome = Evm.Run("600160020100", gas: 8);
        Assert.Equal(ExecutionStatus.OutOfGas, outcome.Status);
        Assert.Equal(8, outcome.GasUsed);
        Assert.Equal(ExecutionStatus.Success, Evm.Run("600160020100", gas: 9).Status);
    }

    [Fact]
    public void Revert_ReturnsDataAndKeepsTheGasLeft()
    {
        var outcome = Evm.Run("602a60005260206000fd");
        Assert.Equal(ExecutionStatus.Revert, outcome.Status);
        Assert.Equal(new UInt256(42), outcome.Word);
        Assert.Equal(3 + Evm.ReturnTopGas, outcome.GasUsed);
    }

    [Fact]
    public void Invalid_HaltsWithInvalidInstruction()
    {
        Assert.Equal(ExecutionStatus.InvalidInstruction, Evm.Run("fe").Status);
    }

    [Theory]
    [InlineData("5f", Revision.Paris, Revision.Shanghai)]          // PUSH0
    [InlineData("60011e", Revision.Prague, Revision.Osaka)]        // CLZ
    [InlineData("60005c", Revision.Shanghai, Revision.Cancun)]     // TLOAD
    [InlineData("6000600060005e", Revision.Shanghai, Revision.Cancun)] // MCOPY
    [InlineData("48", Revision.Berlin, Revision.London)]           // BASEFEE
    [InlineData("46", Revision.Petersburg, Revision.Istanbul)]     // CHAINID
    [InlineData("600160011b", Revision.Byzantium, Revision.Constantinople)] // SHL
    [InlineData("3d", Revision.SpuriousDragon, Revision.Byzantium)] // RETURNDATASIZE
    public void OpcodeBeforeItsFork_IsUndefined(string code, Revision before, Revision from)
    {
        var undefined = Evm.Run(code, before);
        Assert.Equal(ExecutionStatus.UndefinedInstruction, undefined.Status);
        Assert.Equal(1_000_000, undefined.GasUsed);
        Assert.Equal(ExecutionStatus.Success, Evm.Run(code, from).Status);
    }

    [Fact]
    public void UnassignedByte_IsUndefinedInEveryFork()
    {
        foreach (var revision in Enum.GetValues<Revision>())
            Assert.Equal(ExecutionStatus.UndefinedInstruction, Evm.Run("0c", revision).Status);
    }
}
