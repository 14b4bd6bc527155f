using System.Text;
using Csevm.Execution;
using Csevm.Interpreter;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;
using Csevm.StateTests;
using static Csevm.Tests.State.WorldStateTestData;

namespace Csevm.Tests.State;

public sealed class WorldStateHostTests
{
    private static (WorldStateHost Host, WorldState State) Create(Revision revision, long blockNumber = 1000)
    {
        var state = WorldStateTestData.Create(revision);
        state.AddBalance(Nobody, 0); // an empty account in the state (kept before Spurious Dragon)
        var context = new TxContext { BlockNumber = blockNumber };
        return (new WorldStateHost(state, context, StateTestBlockHashes.Instance), state);
    }

    [Fact]
    public void AccountExists_EmptyCountsOnlyBeforeSpuriousDragon()
    {
        var (frontier, _) = Create(Revision.Frontier);
        Assert.True(frontier.AccountExists(Nobody));
        Assert.True(frontier.AccountExists(Bob));
        Assert.False(frontier.AccountExists(Address.FromNumber(0x1234)));

        var (cancun, _) = Create(Revision.Cancun);
        Assert.False(cancun.AccountExists(Nobody));
        Assert.True(cancun.AccountExists(Bob));
    }

    [Fact]
    public void GetCodeHash_ZeroForMissingOrEmptyAccounts()
    {
        var (host, _) = Create(Revision.Cancun);
        Assert.Equal(Hash256.Zero, host.GetCodeHash(Address.FromNumber(0x1234)));
        Assert.Equal(Hash256.Zero, host.GetCodeHash(Nobody));
        Assert.Equal(Keccak256.OfEmpty, host.GetCodeHash(Bob)); // has a balance: exists, no code
        Assert.Equal(Keccak256.Hash(ContractCode), host.GetCodeHash(Contract));
        Assert.Equal(ContractCode.Length, host.GetCodeSize(Contract));
    }

    [Fact]
    public void GetBlockHash_KeccakOfDecimalNumberWithinTheLast256Blocks()
    {
        var (host, _) = Create(Revision.Cancun, blockNumber: 1000);
        Assert.Equal(Keccak256.Hash(Encoding.ASCII.GetBytes("999")), host.GetBlockHash(999));
        Assert.Equal(Keccak256.Hash(Encoding.ASCII.GetBytes("744")), host.GetBlockHash(744));
        Assert.Equal(Hash256.Zero, host.GetBlockHash(743));
        Assert.Equal(Hash256.Zero, host.GetBlockHash(1000));
        Assert.Equal(Hash256.Zero, host.GetBlockHash(-1));

        var (first, _) = Create(Revision.Cancun, blockNumber: 1);
        Assert.Equal(Keccak256.Hash("0"u8), first.GetBlockHash(0));
    }

    [Fact]
    public void Access_ReportsThePreviousWarmth()
    {
        var (host, _) = Create(Revision.Cancun);
        Assert.Equal(AccessStatus.Cold, host.AccessAccount(Bob));
        Assert.Equal(AccessStatus.Warm, host.AccessAccount(Bob));
        Assert.Equal(AccessStatus.Cold, host.AccessStorage(Bob, 1));
        Assert.Equal(AccessStatus.Warm, host.AccessStorage(Bob, 1));
        Assert.Equal(AccessStatus.Cold, host.AccessStorage(Alice, 1)); // slots are per account
    }

    [Fact]
    public void StorageLogsAndTransientStorage_GoThroughToTheWorldState()
    {
        var (host, state) = Create(Revision.Cancun);
        Assert.Equal(StorageStatus.Modified, host.SetStorage(Contract, 1, 12));
        Assert.Equal(new UInt256(12), host.GetStorage(Contract, 1));
        host.SetTransientStorage(Contract, 4, 44);
        Assert.Equal(new UInt256(44), host.GetTransientStorage(Contract, 4));
        Assert.Equal(UInt256.Zero, host.GetTransientStorage(Alice, 4));
        Hash256[] topics = [Keccak256.Hash("t"u8)];
        host.EmitLog(Contract, [1, 2], topics);
        var log = Assert.Single(state.Logs);
        Assert.Equal(Contract, log.Address);
        Assert.Equal(topics, log.Topics);
        Assert.Equal([1, 2], log.Data);
    }

    [Fact]
    public void SelfDestruct_MovesTheBalanceAndReportsTheFirstTime()
    {
        var (host, state) = Create(Revision.Shanghai);
        Assert.True(host.SelfDestruct(Contract, Alice));
        Assert.False(host.SelfDestruct(Contract, Alice));
        Assert.Equal(new UInt256(1007), state.GetBalance(Alice));
        Assert.Equal(UInt256.Zero, host.GetBalance(Contract));
    }
}
