using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;
using static Csevm.Tests.State.WorldStateTestData;

namespace Csevm.Tests.State;

/// <summary>End-of-transaction deletions: EIP-161 empty touched accounts, self-destructs before and after EIP-6780.</summary>
public sealed class AccountDeletionTests
{
    private static readonly Address Ripemd160 = Address.FromNumber(3);

    private static WorldState WithEmptyAccounts(Revision revision, params Address[] empty)
    {
        var accounts = empty.ToDictionary(a => a, _ => new Account(0, 0));
        var state = new WorldState(new InMemoryStateSource(accounts));
        state.BeginTransaction(revision);
        return state;
    }

    [Fact]
    public void Eip161_TouchedEmptyAccountIsDeletedFromSpuriousDragon()
    {
        var state = WithEmptyAccounts(Revision.SpuriousDragon, Bob);
        state.AddBalance(Bob, 0);
        state.AddBalance(Nobody, 0);
        state.CommitTransaction();
        Assert.False(state.Exists(Bob));
        Assert.False(state.Exists(Nobody));
        Assert.Empty(state.ToAccounts());
    }

    [Fact]
    public void Eip161_BeforeSpuriousDragonTouchingCreatesAnEmptyAccountThatStays()
    {
        var state = WithEmptyAccounts(Revision.TangerineWhistle, Bob);
        state.AddBalance(Bob, 0);
        state.AddBalance(Nobody, 0);
        state.CommitTransaction();
        Assert.True(state.Exists(Bob));
        Assert.True(state.Exists(Nobody));
        Assert.Equal(2, state.ToAccounts().Count);
    }

    [Fact]
    public void Eip161_UntouchedEmptyAccountStays()
    {
        var state = WithEmptyAccounts(Revision.Cancun, Bob);
        state.GetBalance(Bob);
        state.CommitTransaction();
        Assert.True(state.Exists(Bob));
    }

    [Fact]
    public void Eip161_RevertedTouchDoesNotDelete()
    {
        var state = WithEmptyAccounts(Revision.Cancun, Bob);
        int snapshot = state.Snapshot();
        state.AddBalance(Bob, 0);
        state.Revert(snapshot);
        state.CommitTransaction();
        Assert.True(state.Exists(Bob));
    }

    [Fact]
    public void Eip161_Ripemd160TouchSurvivesRevert()
    {
        var state = WithEmptyAccounts(Revision.Cancun, Ripemd160);
        int snapshot = state.Snapshot();
        state.AddBalance(Ripemd160, 0);
        state.Revert(snapshot);
        state.CommitTransaction();
        Assert.False(state.Exists(Ripemd160));
    }

    [Fact]
    public void Eip161_NonEmptyTouchedAccountStays()
    {
        var state = WithEmptyAccounts(Revision.Cancun, Bob);
        state.AddBalance(Bob, 1);
        state.CommitTransaction();
        Assert.True(state.Exists(Bob));
    }

    [Fact]
    public void SelfDestruct_BeforeCancunDeletesAccountAndStorageAtCommit()
    {
        var state = Create(Revision.Shanghai);
        Assert.True(state.SelfDestruct(Contract, Bob));
        Assert.False(state.SelfDestruct(Contract, Bob)); // second time in the transaction
        // The account lives on until the transaction ends.
        Assert.Equal(ContractCode, state.GetCode(Contract));
        Assert.Equal(new UInt256(11), state.GetStorage(Contract, 1));
        Assert.Equal(UInt256.Zero, state.GetBalance(Contract));
        Assert.Equal(new UInt256(12), state.GetBalance(Bob));

        state.CommitTransaction();
        Assert.False(state.Exists(Contract));
        Assert.Equal(UInt256.Zero, state.GetStorage(Contract, 1));
        Assert.DoesNotContain(Contract, state.ToAccounts().Keys);
    }

    [Fact]
    public void SelfDestruct_BeforeCancunToItselfBurnsTheBalance()
    {
        var state = Create(Revision.London);
        state.SelfDestruct(Contract, Contract);
        Assert.Equal(UInt256.Zero, state.GetBalance(Contract));
    }

    [Fact]
    public void Eip6780_PreexistingAccountOnlyLosesItsBalance()
    {
        var state = Create(Revision.Cancun);
        state.SelfDestruct(Contract, Bob);
        state.CommitTransaction();
        Assert.True(state.Exists(Contract));
        Assert.Equal(ContractCode, state.GetCode(Contract));
        Assert.Equal(new UInt256(11), state.GetStorage(Contract, 1));
        Assert.Equal(UInt256.Zero, state.GetBalance(Contract));
        Assert.Equal(new UInt256(12), state.GetBalance(Bob));
    }

    [Fact]
    public void Eip6780_PreexistingAccountToItselfKeepsItsBalance()
    {
        var state = Create(Revision.Cancun);
        state.SelfDestruct(Contract, Contract);
        state.CommitTransaction();
        Assert.Equal(new UInt256(7), state.GetBalance(Contract));
    }

    [Fact]
    public void Eip6780_AccountCreatedInTheTransactionIsDeleted()
    {
        var state = Create(Revision.Cancun);
        var created = Address.FromNumber(0x0e0);
        state.MarkCreated(created);
        state.SetNonce(created, 1);
        state.SetCode(created, [0xff]);
        state.AddBalance(created, 3);
        state.SetStorage(created, 0, 1);
        state.SelfDestruct(created, created); // to itself: burned
        state.CommitTransaction();
        Assert.False(state.Exists(created));
        Assert.Equal(UInt256.Zero, state.GetStorage(created, 0));
        Assert.Equal(UInt256.Zero, state.GetBalance(created));
    }

    [Fact]
    public void Eip6780_RevertedCreationNoLongerCounts()
    {
        var state = Create(Revision.Cancun);
        int snapshot = state.Snapshot();
        state.MarkCreated(Contract);
        state.Revert(snapshot);
        Assert.False(state.IsCreatedInTransaction(Contract));
        state.SelfDestruct(Contract, Bob);
        state.CommitTransaction();
        Assert.True(state.Exists(Contract));
    }

    [Fact]
    public void SelfDestruct_RevertedIsForgotten()
    {
        var state = Create(Revision.Shanghai);
        int snapshot = state.Snapshot();
        state.SelfDestruct(Contract, Bob);
        state.Revert(snapshot);
        Assert.False(state.HasSelfDestructed(Contract));
        Assert.Equal(new UInt256(7), state.GetBalance(Contract));
        state.CommitTransaction();
        Assert.True(state.Exists(Contract));
    }

    [Fact]
    public void DeletedAccount_ReadsAsNewInTheNextTransaction()
    {
        var state = Create(Revision.Shanghai);
        state.SelfDestruct(Contract, Bob);
        state.CommitTransaction();
        state.BeginTransaction(Revision.Shanghai);
        Assert.False(state.HasCreateCollision(Contract));
        Assert.Equal(UInt256.Zero, state.GetOriginalStorage(Contract, 2));
        state.SetStorage(Contract, 2, 5);
        Assert.Equal(new Dictionary<UInt256, UInt256> { [2] = 5 }, state.ToAccounts()[Contract].Storage);
    }
}
