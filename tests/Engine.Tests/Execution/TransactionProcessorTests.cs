using Csevm.Execution;
using Csevm.Execution.Transactions;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;
using Csevm.StateTests;

namespace Csevm.Tests.Execution;

public sealed class TransactionProcessorTests : IDisposable
{
    private static readonly Address Sender = Address.FromNumber(0x5e4d);
    private static readonly Address Recipient = Address.FromNumber(0x4ec1);
    private static readonly Address Coinbase = Address.FromNumber(0xc014);
    private static readonly BlockEnvironment Block = new() { Coinbase = Coinbase, Number = 1, GasLimit = 30_000_000, BaseFee = 7 };

    private readonly TransactionProcessor _processor = new();

    public void Dispose() => _processor.Dispose();

    private static WorldState State()
    {
        var state = new WorldState(new InMemoryStateSource(new Dictionary<Address, Account> { [Sender] = new Account(3, 10_000_000) }));
        return state;
    }

    private static Transaction Transfer(ulong nonce = 3, Address? to = null, byte[]? data = null, long gas = 21_000) => new()
    {
        Type = TransactionType.Legacy, Nonce = nonce, GasLimit = gas, To = to, Value = 1000, GasPrice = 10, Sender = Sender, Data = data ?? [],
    };

    [Fact]
    public void Transfer_ChargesTheSenderPaysTheTipAndBurnsTheBaseFee()
    {
        var state = State();
        var outcome = _processor.Execute(state, Transfer(to: Recipient), Block, Revision.Cancun, StateTestBlockHashes.Instance);
        Assert.True(outcome.IsValid);
        Assert.Equal(ExecutionStatus.Success, outcome.Status);
        Assert.Equal(21_000L, outcome.GasUsed);
        Assert.Equal(new UInt256(10_000_000 - 21_000 * 10 - 1000), state.GetBalance(Sender));
        Assert.Equal(new UInt256(1000), state.GetBalance(Recipient));
        Assert.Equal(new UInt256(21_000 * (10 - 7)), state.GetBalance(Coinbase));
        Assert.Equal(4UL, state.GetNonce(Sender));
    }

    [Fact]
    public void InvalidTransaction_LeavesTheStateUntouched()
    {
        var state = State();
        var before = StateRoot.Compute(state);
        var outcome = _processor.Execute(state, Transfer(nonce: 9, to: Recipient), Block, Revision.Cancun, StateTestBlockHashes.Instance);
        Assert.False(outcome.IsValid);
        Assert.Equal(TransactionError.NonceMismatchTooHigh, outcome.Error);
        Assert.Equal(before, StateRoot.Compute(state));
    }

    [Fact]
    public void Creation_DeploysAtTheAddressOfTheSendersNonce()
    {
        // Init code returning the one byte 0x00.
        var initCode = Hex.Decode("0x600060005360016000f3");
        var state = State();
        var outcome = _processor.Execute(state, Transfer(to: null, data: initCode, gas: 100_000), Block, Revision.Cancun, StateTestBlockHashes.Instance);
        var created = ContractAddress.ForCreate(Sender, 3);
        Assert.Equal(ExecutionStatus.Success, outcome.Status);
        Assert.Equal(created, outcome.CreatedAddress);
        Assert.Equal([0x00], state.GetCode(created));
        Assert.Equal(new UInt256(1000), state.GetBalance(created));
        Assert.Equal(4UL, state.GetNonce(Sender));
    }

    [Fact]
    public void FailedExecution_StillPaysForTheGasAndBumpsTheNonce()
    {
        var failing = Address.FromNumber(0xfa11);
        var state = new WorldState(new InMemoryStateSource(new Dictionary<Address, Account>
        {
            [Sender] = new Account(3, 10_000_000),
            [failing] = new Account(0, 0, [0xfe]),
        }));
        var outcome = _processor.Execute(state, Transfer(to: failing, gas: 50_000), Block, Revision.Cancun, StateTestBlockHashes.Instance);
        Assert.True(outcome.IsValid);
        Assert.Equal(ExecutionStatus.InvalidInstruction, outcome.Status);
        Assert.Equal(50_000L, outcome.GasUsed);
        Assert.Equal(new UInt256(10_000_000 - 50_000 * 10), state.GetBalance(Sender));
        Assert.Equal(UInt256.Zero, state.GetBalance(failing));
        Assert.Equal(4UL, state.GetNonce(Sender));
    }
}
