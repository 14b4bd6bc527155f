using Csevm.Execution;
using Csevm.Interpreter;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;

namespace Csevm.Tests.Interpreter;

public class CallTests
{
    private static readonly Address Target = Address.FromNumber(0x1234);

    /// <summary>CALL(gas, 0x1234, value, args 0/0, result 0/32) then RETURN memory[0..32).</summary>
    private static string CallAndReturnMemory(string op = "f1", string gas = "611000", ulong value = 0) =>
        "6020" + "6000" + "6000" + "6000" + (op is "f1" or "f2" ? "60" + value.ToString("x2") : "") + "611234" + gas + op + "60206000f3";

    private static CallResult Answer(Message message, long used, byte fill = 0x11, ExecutionStatus status = ExecutionStatus.Success) =>
        new(status, message.Gas - used, 0, Enumerable.Repeat(fill, 32).ToArray());

    [Fact]
    public void Call_SuspendsWithTheMessageAndResumesWithTheResult()
    {
        Message? seen = null;
        var outcome = Evm.Run(CallAndReturnMemory(), answerCall: m => { seen = CopyOf(m); return Answer(m, used: 50); });
        Assert.Equal(ExecutionStatus.Success, outcome.Status);
        Assert.NotNull(seen);
        Assert.Equal(CallKind.Call, seen.Kind);
        Assert.Equal(Target, seen.Recipient);
        Assert.Equal(Target, seen.CodeAddress);
        Assert.Equal(Evm.Contract, seen.Sender);
        Assert.Equal(1, seen.Depth);
        Assert.Equal(0x1000, seen.Gas);
        Assert.All(outcome.Result.Output.ToArray(), b => Assert.Equal(0x11, b));
        // 7 pushes, CALL 100 + cold 2500 + 1 word of memory, the child's 50, then 2 pushes.
        Assert.Equal(7 * 3 + 100 + 2500 + 3 + 50 + 6, outcome.GasUsed);
    }

    [Fact]
    public void Call_WithoutAnExecutor_IsRejectedAsUnsupported()
    {
        var outcome = Evm.Run(CallAndReturnMemory());
        Assert.Equal(ExecutionStatus.Rejected, outcome.Status);
        Assert.Contains("unsupported nested call", System.Text.Encoding.UTF8.GetString(outcome.Result.Output.Span));
    }

    [Fact]
    public void Call_GivesAtMostAllButOneSixtyFourth()
    {
        long childGas = 0;
        Evm.Run(CallAndReturnMemory(gas: Evm.Push(UInt256.MaxValue)), gas: 100_000, answerCall: m => { childGas = m.Gas; return Answer(m, 0); });
        long left = 100_000 - 7 * 3 - 100 - 2500 - 3;   // seven pushes (one a PUSH32), CALL, cold, memory
        Assert.Equal(left - left / 64, childGas);
    }

    [Fact]
    public void Call_BeforeTangerineWhistle_AsksForMoreThanLeftIsOutOfGas()
    {
        var outcome = Evm.Run(CallAndReturnMemory(gas: "62100000"), Revision.Homestead, gas: 50_000, answerCall: m => Answer(m, 0));
        Assert.Equal(ExecutionStatus.OutOfGas, outcome.Status);
    }

    [Fact]
    public void Call_WithValueToANewAccount_PaysTransferAndAccountCreationAndAddsTheStipend()
    {
        var world = new TestWorld();
        world.Balances[Evm.Contract] = new UInt256(1000);
        long childGas = 0;
        var outcome = Evm.Run(CallAndReturnMemory(value: 5), world: world, answerCall: m => { childGas = m.Gas; return Answer(m, used: 0); });
        Assert.Equal(0x1000 + 2300, childGas);
        // The child spent nothing, so the stipend comes back with the rest of its gas.
        Assert.Equal(7 * 3 + 100 + 2500 + 3 + 9000 + 25000 - 2300 + 6, outcome.GasUsed);
    }

    [Fact]
    public void Call_WithoutValueToANewAccount_PaysAccountCreationOnlyBeforeSpuriousDragon()
    {
        var frontier = Evm.Run(CallAndReturnMemory(gas: "6103e8"), Revision.Homestead, answerCall: m => Answer(m, 0));
        var dragon = Evm.Run(CallAndReturnMemory(gas: "6103e8"), Revision.SpuriousDragon, answerCall: m => Answer(m, 0));
        Assert.Equal(7 * 3 + 40 + 3 + 25000 + 6, frontier.GasUsed);
        Assert.Equal(7 * 3 + 700 + 3 + 6, dragon.GasUsed);
    }

    [Fact]
    public void Call_WithValueInAStaticFrame_IsAViolation()
    {
        Assert.Equal(ExecutionStatus.StaticModeViolation, Evm.Run(CallAndReturnMemory(value: 1), isStatic: true).Status);
    }

    [Fact]
    public void Call_WithValueAboveTheBalance_PushesZeroAndKeepsTheChildGas()
    {
        bool called = false;
        var outcome = Evm.Run(CallAndReturnMemory(value: 5).Replace("60206000f3", Evm.ReturnTop), answerCall: m => { called = true; return Answer(m, 0); });
        Assert.False(called);
        Assert.Equal(UInt256.Zero, outcome.Word);
        // The stipend comes back with the unspent child gas: the caller ends 2300 richer than it paid.
        Assert.Equal(7 * 3 + 100 + 2500 + 3 + 9000 + 25000 - 2300 + Evm.ReturnTopGas - 3, outcome.GasUsed);
    }

    [Fact]
    public void Call_AtDepth1024_PushesZeroWithoutCalling()
    {
        bool called = false;
        var outcome = Evm.Run(CallAndReturnMemory().Replace("60206000f3", Evm.ReturnTop), depth: 1024, answerCall: m => { called = true; return Answer(m, 0); });
        Assert.False(called);
        Assert.Equal(ExecutionStatus.Success, outcome.Status);
        Assert.Equal(UInt256.Zero, outcome.Word);
    }

    [Fact]
    public void FailedCall_PushesZeroAndSetsReturnData()
    {
        var code = CallAndReturnMemory().Replace("60206000f3", "3d" + Evm.ReturnTop);  // RETURNDATASIZE
        var outcome = Evm.Run(code, answerCall: m => Answer(m, 10, status: ExecutionStatus.Revert));
        Assert.Equal(new UInt256(32), outcome.Word);
    }

    [Fact]
    public void DelegateCall_KeepsTheCallersSenderAndValue()
    {
        Message? seen = null;
        Evm.Run(CallAndReturnMemory("f4"), value: 77, answerCall: m => { seen = CopyOf(m); return Answer(m, 0); });
        Assert.NotNull(seen);
        Assert.Equal(CallKind.DelegateCall, seen.Kind);
        Assert.Equal(Evm.Contract, seen.Recipient);
        Assert.Equal(Evm.Caller, seen.Sender);
        Assert.Equal(Target, seen.CodeAddress);
        Assert.Equal(new UInt256(77), seen.Value);
    }

    [Fact]
    public void StaticCall_MakesTheChildStatic()
    {
        Message? seen = null;
        Evm.Run(CallAndReturnMemory("fa"), answerCall: m => { seen = CopyOf(m); return Answer(m, 0); });
        Assert.NotNull(seen);
        Assert.True(seen.IsStatic);
        Assert.Equal(CallKind.Call, seen.Kind);
    }

    [Fact]
    public void Call_ToADelegatedAccount_PaysForTheDelegatesAccessFromPrague()
    {
        var world = new TestWorld();
        var delegateAddress = Address.FromNumber(0xde1e);
        world.Code[Target] = [0xef, 0x01, 0x00, .. delegateAddress.ToArray()];
        Message? seen = null;
        var prague = Evm.Run(CallAndReturnMemory(), Revision.Prague, world: world, answerCall: m => { seen = CopyOf(m); return Answer(m, 0); });
        // The message still names the target: the executor follows the designator (one hop).
        Assert.NotNull(seen);
        Assert.Equal(Target, seen.CodeAddress);
        Assert.Equal(Target, seen.Recipient);
        Assert.Contains(delegateAddress, world.WarmAccounts);
        Assert.Equal(7 * 3 + 100 + 2500 + 2600 + 3 + 6, prague.GasUsed);

        var cancunWorld = new TestWorld();
        cancunWorld.Code[Target] = world.Code[Target];
        var cancun = Evm.Run(CallAndReturnMemory(), Revision.Cancun, world: cancunWorld, answerCall: m => Answer(m, 0));
        Assert.Equal(7 * 3 + 100 + 2500 + 3 + 6, cancun.GasUsed);
    }

    [Fact]
    public void Create_SuspendsWithTheInitCodeAndPushesTheNewAddress()
    {
        var created = Address.FromNumber(0xc4ea7ed);
        Message? seen = null;
        // MSTORE8 0xfe at 0, CREATE(value 0, offset 0, length 1), return the address.
        var outcome = Evm.Run("60fe600053" + "600160006000f0" + Evm.ReturnTop, answerCall: m =>
        {
            seen = CopyOf(m);
            return new CallResult(ExecutionStatus.Success, m.Gas - 1000, 0, default, created);
        });
        Assert.NotNull(seen);
        Assert.Equal(CallKind.Create, seen.Kind);
        Assert.Equal(new byte[] { 0xfe }, seen.Input.ToArray());
        Assert.Equal(created.ToUInt256(), outcome.Word);
        // 2 pushes + MSTORE8 (3 + 3), 3 pushes, CREATE 32000 + 2 (one init code word, EIP-3860), the child's 1000.
        Assert.Equal(6 + 6 + 9 + 32000 + 2 + 1000 + Evm.ReturnTopGas - 3, outcome.GasUsed);
    }

    [Fact]
    public void Create2_ChargesHashingPerWordAndPassesTheSalt()
    {
        Message? seen = null;
        var outcome = Evm.Run("602a" + "6040" + "6000" + "6000" + "f5" + "00", Revision.Paris, answerCall: m =>
        {
            seen = CopyOf(m);
            return new CallResult(ExecutionStatus.Success, m.Gas, 0, default, Address.FromNumber(1));
        });
        Assert.NotNull(seen);
        Assert.Equal(new UInt256(42), seen.Salt);
        Assert.Equal(64, seen.Input.Length);
        Assert.Equal(4 * 3 + 32000 + 6 * 2 + 3 * 2 + 2 * 2 / 512, outcome.GasUsed);
    }

    [Fact]
    public void Create_InitCodeOverTheShanghaiLimit_IsOutOfGas()
    {
        // CREATE(0, 0, 49153): over 2 * 24576 bytes.
        Assert.Equal(ExecutionStatus.OutOfGas, Evm.Run("62" + 49153.ToString("x6") + "60006000f0", Revision.Shanghai, gas: 10_000_000).Status);
        bool called = false;
        Evm.Run("62" + 49153.ToString("x6") + "60006000f0", Revision.Paris, gas: 10_000_000, answerCall: m => { called = true; return Answer(m, 0); });
        Assert.True(called);
    }

    [Fact]
    public void Create_InAStaticFrame_IsAViolation()
    {
        Assert.Equal(ExecutionStatus.StaticModeViolation, Evm.Run("600060006000f0", isStatic: true).Status);
    }

    [Theory]
    [InlineData(Revision.Frontier, 0, 24000)]
    [InlineData(Revision.TangerineWhistle, 5000 + 25000, 24000)]   // EIP-150: a new beneficiary costs 25000
    [InlineData(Revision.SpuriousDragon, 5000, 24000)]             // EIP-161: only if value moves (the balance is zero)
    [InlineData(Revision.Berlin, 5000 + 2600, 24000)]              // EIP-2929: cold beneficiary
    [InlineData(Revision.London, 5000 + 2600, 0)]                  // EIP-3529: no refund
    public void SelfDestruct_ChargesAndRefundsByFork(Revision revision, long gas, long refund)
    {
        var outcome = Evm.Run("6077ff", revision);
        Assert.Equal(ExecutionStatus.Success, outcome.Status);
        Assert.Equal(3 + gas, outcome.GasUsed);
        Assert.Equal(refund, outcome.Result.GasRefund);
    }

    [Fact]
    public void SelfDestruct_InAStaticFrame_IsAViolation()
    {
        Assert.Equal(ExecutionStatus.StaticModeViolation, Evm.Run("6077ff", isStatic: true).Status);
    }

    private static Message CopyOf(Message message)
    {
        var copy = new Message();
        copy.CopyFrom(message);
        copy.Input = message.Input.ToArray();
        return copy;
    }
}
