using Csevm.Execution;
using Csevm.Interpreter;
using Csevm.Primitives;
using Csevm.Spec;

namespace Csevm.Tests.Interpreter.Blocks;

/// <summary>
/// The places where charging a block's static gas up front could show: out of gas at each
/// instruction, stack errors mid-block, opcodes that read the gas left (GAS, the SSTORE sentry,
/// CALL's 63/64), dynamic charges paid from gas charged ahead, and a frame resumed after a call.
/// Each runs with per-block and per-instruction checks, which must agree, and against hand-counted gas.
/// </summary>
public class BlockCheckTests
{
    private static CheckModeRunner.Observed Both<TFork>(string hex, long gas, bool isStatic = false) where TFork : struct, IFork
    {
        var code = Hex.Decode(hex);
        var perInstruction = CheckModeRunner.Run<TFork, HybridDispatch, InstructionChecks>(code, gas, isStatic);
        var perBlock = CheckModeRunner.Run<TFork, HybridDispatch, BlockChecks>(code, gas, isStatic);
        Assert.Equal(perInstruction, perBlock);
        Assert.Equal(perInstruction, CheckModeRunner.Run<TFork, TableDispatch, BlockChecks>(code, gas, isStatic));
        Assert.Equal(perInstruction, CheckModeRunner.Run<TFork, SwitchDispatch, BlockChecks>(code, gas, isStatic));
        return perBlock;
    }

    private static string Word(long value) => Convert.ToHexStringLower(new Csevm.Numerics.UInt256((ulong)value).ToBigEndian());

    [Fact]
    public void OutOfGas_AtEveryInstructionOfABlock_LeavesNothingAndSucceedsFromTheExactCost()
    {
        // PUSH1 PUSH1 ADD PUSH1 MUL PUSH1 MSTORE(+3 memory) PUSH1 PUSH1 RETURN: 3+3+3+3+5+3+3+3+3+3+0 = 32.
        const string code = "600160020160030260005260206000f3";
        for (long gas = 0; gas < 32; gas++)
        {
            var observed = Both<Osaka>(code, gas);
            Assert.Equal(ExecutionStatus.OutOfGas, observed.Status);
            Assert.Equal(0, observed.GasLeft);
        }
        for (long gas = 32; gas < 40; gas++)
        {
            var observed = Both<Osaka>(code, gas);
            Assert.Equal(ExecutionStatus.Success, observed.Status);
            Assert.Equal(gas - 32, observed.GasLeft);
            Assert.Equal(Word(9), observed.Output[2..]);
        }
    }

    [Theory]
    [InlineData(8, ExecutionStatus.OutOfGas)]
    [InlineData(9, ExecutionStatus.StackUnderflow)]
    [InlineData(1000, ExecutionStatus.StackUnderflow)]
    public void StackUnderflow_MidBlock_IsReportedAtThatInstructionUnlessGasRanOutBefore(long gas, ExecutionStatus expected) =>
        Assert.Equal(expected, Both<Osaka>("600160020101" + "600160010100", gas).Status);   // the second ADD finds one item

    [Theory]
    [InlineData(3 * 1024 - 1, ExecutionStatus.OutOfGas)]
    [InlineData(3 * 1024, ExecutionStatus.StackOverflow)]
    public void StackOverflow_MidBlock_IsReportedAtThe1025thPush(long gas, ExecutionStatus expected) =>
        Assert.Equal(expected, Both<Osaka>(string.Concat(Enumerable.Repeat("6001", 1025)) + "00", gas).Status);

    [Fact]
    public void Gas_SeesTheGasLeftAfterItselfNotAfterTheRestOfTheBlock()
    {
        // PUSH1 PUSH1 ADD GAS (11), then MSTORE and RETURN it (15 with the memory).
        var observed = Both<Osaka>("6001600201" + "5a" + "60005260206000f3", 100_000);
        Assert.Equal(Word(100_000 - 11), observed.Output[2..]);
        Assert.Equal(100_000 - 11 - 15, observed.GasLeft);
    }

    [Theory]
    [InlineData(2306, ExecutionStatus.OutOfGas)]
    [InlineData(2307, ExecutionStatus.Success)]
    public void SStoreSentry_ComparesTheExactGasLeft(long gas, ExecutionStatus expected)
    {
        // Istanbul: PUSH1 0 PUSH1 0 SSTORE (a no-op store: 800 once past the 2300 sentry), then 11 gas of work.
        var observed = Both<Istanbul>("6000600055" + "6001600101" + "5000", gas);
        Assert.Equal(expected, observed.Status);
        if (expected == ExecutionStatus.Success) Assert.Equal(gas - 6 - 800 - 11, observed.GasLeft);
    }

    [Fact]
    public void Call_PassesAllButOne64thOfTheExactGasAndTheResumedFrameChargesTheNextBlock()
    {
        // Five zero operands, target 0xaa (cold), GAS, CALL; after the call 11 gas of work.
        var observed = Both<Osaka>("6000600060006000600060aa5af1" + "6001600101" + "5000", 100_000);
        long available = 100_000 - 6 * 3 - 2 - 100 - 2500;
        long passed = available - available / 64;
        Assert.Equal($"Call gas {passed} left {available / 64} height 1", observed.Suspensions);
        Assert.Equal(available / 64 + passed / 3 - 11, observed.GasLeft);
    }

    [Theory]
    [InlineData(20, ExecutionStatus.OutOfGas)]
    [InlineData(21, ExecutionStatus.InvalidMemoryAccess)]
    [InlineData(29, ExecutionStatus.InvalidMemoryAccess)]   // the block's 29 static gas is charged first
    [InlineData(31, ExecutionStatus.InvalidMemoryAccess)]   // then MLOAD's 3 for memory needs gas charged for the rest
    [InlineData(32, ExecutionStatus.InvalidMemoryAccess)]
    public void MemoryExpansion_PaidFromGasChargedAheadForTheBlock_LetsTheBlockRunToItsRealFailure(long gas, ExecutionStatus expected)
    {
        // PUSH1 0 MLOAD (3 + 3 + 3 memory), RETURNDATACOPY of 1 byte with no return data (9 + 3), then 11 gas of work.
        Assert.Equal(expected, Both<Osaka>("600051" + "6001600060003e" + "6001600101" + "5000", gas).Status);
    }

    [Theory]
    [InlineData(29, ExecutionStatus.OutOfGas)]
    [InlineData(30, ExecutionStatus.InvalidMemoryAccess)]
    [InlineData(35, ExecutionStatus.InvalidMemoryAccess)]   // the block's 35 static gas is charged first
    [InlineData(40, ExecutionStatus.InvalidMemoryAccess)]   // then CALLDATACOPY's 6 for memory and copying needs gas charged for the rest
    [InlineData(41, ExecutionStatus.InvalidMemoryAccess)]
    public void CopyCharges_InAFrameHandler_SeeTheGasChargedAheadForTheBlock(long gas, ExecutionStatus expected)
    {
        // CALLDATACOPY of 1 byte to 0 (12 + 3 memory + 3 copy), RETURNDATACOPY of 1 byte with no return data (12), then 11 gas of work.
        Assert.Equal(expected, Both<Osaka>("600160006000" + "37" + "6001600060003e" + "6001600101" + "5000", gas).Status);
    }

    [Theory]
    [InlineData(20, ExecutionStatus.OutOfGas)]
    [InlineData(21 + 375, ExecutionStatus.StaticModeViolation)]
    public void DynamicCharge_FollowedByALogInAStaticFrame_HaltsAsPerInstruction(long gas, ExecutionStatus expected) =>
        // PUSH1 0 MLOAD (9), PUSH1 0 PUSH1 0 LOG0 (6 + 375), then 11 gas of work.
        Assert.Equal(expected, Both<Osaka>("600051" + "60006000a0" + "6001600101" + "5000", gas, isStatic: true).Status);

    [Fact]
    public void MemoryExpansion_BeyondTheGas_RunsOutOfGasMidBlock()
    {
        // PUSH3 64 KiB, MLOAD (2049 words of memory: 3 * 2049 + 2049² / 512 = 14,347), POP, then 11 gas of work.
        var observed = Both<Osaka>("620100005150" + "6001600101" + "5000", 20_000);
        Assert.Equal(ExecutionStatus.Success, observed.Status);
        Assert.Equal(20_000 - 3 - 3 - 14_347 - 2 - 11, observed.GasLeft);
        var starved = Both<Osaka>("630100000051" + "6001600101" + "5000", 20_000);     // at 16 MiB it cannot be paid
        Assert.Equal(ExecutionStatus.OutOfGas, starved.Status);
    }
}
