using Csevm.Interpreter;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;
using static Csevm.Tests.State.WorldStateTestData;

namespace Csevm.Tests.State;

public sealed class WorldStateJournalTests
{
    [Fact]
    public void Revert_UndoesBalanceNonceAndCode()
    {
        var state = Create();
        int snapshot = state.Snapshot();
        Assert.True(state.Transfer(Alice, Bob, 300));
        state.SetNonce(Alice, 9);
        state.SetCode(Bob, [0x00]);
        Assert.Equal(new UInt256(700), state.GetBalance(Alice));
        Assert.Equal(new UInt256(305), state.GetBalance(Bob));
        Assert.Equal(Keccak256.Hash([0x00]), state.GetCodeHash(Bob));

        state.Revert(snapshot);
        Assert.Equal(new UInt256(1000), state.GetBalance(Alice));
        Assert.Equal(new UInt256(5), state.GetBalance(Bob));
        Assert.Equal(1UL, state.GetNonce(Alice));
        Assert.Empty(state.GetCode(Bob));
        Assert.Equal(Keccak256.OfEmpty, state.GetCodeHash(Bob));
    }

    [Fact]
    public void Transfer_InsufficientBalance_ChangesNothing()
    {
        var state = Create();
        int snapshot = state.Snapshot();
        Assert.False(state.Transfer(Bob, Alice, 6));
        Assert.Equal(snapshot, state.Snapshot());
        Assert.Equal(new UInt256(5), state.GetBalance(Bob));
    }

    [Fact]
    public void Revert_UndoesStorageTransientStorageAndLogs()
    {
        var state = Create();
        state.SetStorage(Contract, 1, 100);
        state.AddLog(new LogEntry(Contract, [], [1]));
        int snapshot = state.Snapshot();
        state.SetStorage(Contract, 1, 200);
        state.SetStorage(Contract, 3, 300);
        state.SetTransientStorage(Contract, 1, 5);
        state.AddLog(new LogEntry(Contract, [], [2]));

        state.Revert(snapshot);
        Assert.Equal(new UInt256(100), state.GetStorage(Contract, 1));
        Assert.Equal(UInt256.Zero, state.GetStorage(Contract, 3));
        Assert.Equal(UInt256.Zero, state.GetTransientStorage(Contract, 1));
        Assert.Equal([1], Assert.Single(state.Logs).Data);
    }

    [Fact]
    public void Revert_UndoesWarmth()
    {
        var state = Create();
        state.AccessAccount(Alice);
        int snapshot = state.Snapshot();
        Assert.Equal(AccessStatus.Cold, state.AccessAccount(Bob));
        Assert.Equal(AccessStatus.Warm, state.AccessAccount(Bob));
        Assert.Equal(AccessStatus.Cold, state.AccessStorage(Contract, 1));
        Assert.Equal(AccessStatus.Warm, state.AccessStorage(Contract, 1));

        state.Revert(snapshot);
        Assert.True(state.IsWarm(Alice));
        Assert.False(state.IsWarm(Bob));
        Assert.False(state.IsWarm(Contract, 1));
        Assert.Equal(AccessStatus.Cold, state.AccessStorage(Contract, 1));
    }

    [Fact]
    public void Revert_RemovesAnAccountTheFrameCreated()
    {
        var state = Create();
        int snapshot = state.Snapshot();
        state.AddBalance(Nobody, 1);
        Assert.True(state.Exists(Nobody));
        state.Revert(snapshot);
        Assert.False(state.Exists(Nobody));
        Assert.Equal(UInt256.Zero, state.GetBalance(Nobody));
        Assert.DoesNotContain(Nobody, state.ToAccounts().Keys);
    }

    [Fact]
    public void NestedSnapshots_InnerSuccessIsUndoneByOuterRevert()
    {
        var state = Create();
        int outer = state.Snapshot();
        state.SetStorage(Contract, 1, 1);
        int inner = state.Snapshot();
        state.SetStorage(Contract, 1, 2);
        state.SetTransientStorage(Contract, 9, 9);
        // The inner frame succeeds: its changes stay, and belong to the outer frame from now on.
        Assert.True(inner < state.Snapshot());
        state.Revert(outer);
        Assert.Equal(new UInt256(11), state.GetStorage(Contract, 1));
        Assert.Equal(UInt256.Zero, state.GetTransientStorage(Contract, 9));
    }

    [Fact]
    public void Revert_ToAFutureSnapshot_Throws()
    {
        var state = Create();
        Assert.Throws<ArgumentOutOfRangeException>(() => state.Revert(state.Snapshot() + 1));
    }

    [Fact]
    public void CommitTransaction_KeepsChangesAndClearsPerTransactionSets()
    {
        var state = Create();
        state.AccessAccount(Bob);
        state.AccessStorage(Contract, 1);
        state.SetTransientStorage(Contract, 1, 5);
        state.SetStorage(Contract, 1, 12);
        state.AddBalance(Bob, 10);
        state.AddLog(new LogEntry(Contract, [], []));
        state.CommitTransaction();

        Assert.Equal(0, state.Snapshot());
        Assert.Single(state.Logs); // readable until the next transaction begins
        Assert.Equal(new UInt256(15), state.GetBalance(Bob));
        Assert.Equal(new UInt256(12), state.GetStorage(Contract, 1));
        Assert.False(state.IsWarm(Bob));
        Assert.False(state.IsWarm(Contract, 1));
        Assert.Equal(UInt256.Zero, state.GetTransientStorage(Contract, 1));

        state.BeginTransaction(Revision.Cancun);
        Assert.Empty(state.Logs);
    }

    [Fact]
    public void OriginalValue_SurvivesWritesUntilTheTransactionCommits()
    {
        var state = Create();
        state.SetStorage(Contract, 1, 100);
        state.SetStorage(Contract, 1, 200);
        state.SetStorage(Contract, 5, 1);
        Assert.Equal(new UInt256(11), state.GetOriginalStorage(Contract, 1));
        Assert.Equal(UInt256.Zero, state.GetOriginalStorage(Contract, 5));
        Assert.Equal(new UInt256(22), state.GetOriginalStorage(Contract, 2));

        state.CommitTransaction();
        state.BeginTransaction(Revision.Cancun);
        Assert.Equal(new UInt256(200), state.GetOriginalStorage(Contract, 1));
        Assert.Equal(new UInt256(1), state.GetOriginalStorage(Contract, 5));
        Assert.Equal(StorageStatus.Modified, state.SetStorage(Contract, 1, 300));
    }

    [Fact]
    public void ToAccounts_OverlaysChangesOnTheSource()
    {
        var state = Create();
        state.SetStorage(Contract, 1, 0);
        state.SetStorage(Contract, 3, 33);
        state.AddBalance(Nobody, 4);
        var accounts = state.ToAccounts();
        Assert.Equal(4, accounts.Count);
        Assert.Equal(new Dictionary<UInt256, UInt256> { [2] = 22, [3] = 33 }, accounts[Contract].Storage);
        Assert.Equal(ContractCode, accounts[Contract].Code);
        Assert.Equal(new UInt256(4), accounts[Nobody].Balance);
        Assert.Equal(new UInt256(1000), accounts[Alice].Balance);
    }

    [Fact]
    public void CreateCollision_FollowsEip7610()
    {
        var source = new InMemoryStateSource(new Dictionary<Address, Account>
        {
            [Alice] = new Account(0, 5, null, new Dictionary<UInt256, UInt256> { [0] = 1 }),
            [Bob] = new Account(0, 5),
            [Contract] = new Account(0, 0, [0x00]),
            [Nobody] = new Account(1, 0),
        });
        var state = new WorldState(source);
        state.BeginTransaction(Revision.Cancun);
        Assert.True(state.HasCreateCollision(Alice));   // storage only
        Assert.False(state.HasCreateCollision(Bob));    // balance only: creating there is fine
        Assert.True(state.HasCreateCollision(Contract)); // code
        Assert.True(state.HasCreateCollision(Nobody));   // nonce
        Assert.False(state.HasCreateCollision(Address.FromNumber(0x5555)));
    }

    [Fact]
    public void IncrementNonce_StopsAtTheMaximum()
    {
        var state = Create();
        state.SetNonce(Alice, ulong.MaxValue - 1);
        Assert.True(state.IncrementNonce(Alice));
        Assert.False(state.IncrementNonce(Alice));
        Assert.Equal(ulong.MaxValue, state.GetNonce(Alice));
    }

    [Fact]
    public void RevertTransaction_LeavesTheStateAsTheTransactionFoundIt()
    {
        var state = Create();
        Assert.True(state.Transfer(Alice, Nobody, 100));
        state.SetNonce(Alice, 5);
        state.SetCode(Bob, [0x00]);
        state.SetStorage(Contract, 1, 99);
        state.SetStorage(Contract, 7, 70);
        state.SetTransientStorage(Contract, 1, 5);
        state.AccessAccount(Bob);
        state.AccessStorage(Contract, 2);
        state.AddLog(new LogEntry(Contract, [], [1]));
        state.MarkCreated(Nobody);

        state.RevertTransaction();

        Assert.False(state.Exists(Nobody));
        Assert.Equal(new UInt256(1000), state.GetBalance(Alice));
        Assert.Equal(1UL, state.GetNonce(Alice));
        Assert.Empty(state.GetCode(Bob));
        Assert.Equal(new UInt256(11), state.GetStorage(Contract, 1));
        Assert.Equal(UInt256.Zero, state.GetStorage(Contract, 7));
        Assert.Equal(UInt256.Zero, state.GetTransientStorage(Contract, 1));
        Assert.False(state.IsWarm(Bob));
        Assert.False(state.IsWarm(Contract, 2));
        Assert.Empty(state.Logs);
        Assert.False(state.IsCreatedInTransaction(Nobody));
        Assert.Equal(0, state.Snapshot());
    }

    [Fact]
    public void RevertTransaction_ThenTheSameWrites_ReportTheSameStorageStatus()
    {
        // Originals survive the rewind: a repeated run must be charged exactly as the first.
        var state = Create();
        var first = state.SetStorage(Contract, 1, 12);
        state.RevertTransaction();
        state.BeginTransaction(Revision.Cancun);
        Assert.Equal(first, state.SetStorage(Contract, 1, 12));
        Assert.Equal(new UInt256(11), state.GetOriginalStorage(Contract, 1));
    }

    [Fact]
    public void Journal_GrowsPastItsInitialCapacity_AndRevertsEveryEntry()
    {
        var state = Create();
        for (int slot = 0; slot < 1000; slot++) state.SetStorage(Contract, (ulong)slot + 100, (ulong)slot + 1);
        state.RevertTransaction();
        for (int slot = 0; slot < 1000; slot++) Assert.Equal(UInt256.Zero, state.GetStorage(Contract, (ulong)slot + 100));
    }
}
