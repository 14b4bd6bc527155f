using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;

namespace Csevm.Tests.State;

/// <summary>Small pre-states shared by the world-state tests.</summary>
internal static class WorldStateTestData
{
    public static readonly Address Alice = Address.FromNumber(0xa11ce);
    public static readonly Address Bob = Address.FromNumber(0xb0b);
    public static readonly Address Contract = Address.FromNumber(0xc0de);
    public static readonly Address Nobody = Address.FromNumber(0xdead);
    public static readonly byte[] ContractCode = [0x60, 0x01, 0x60, 0x00, 0x55, 0x00];

    /// <summary>Alice: nonce 1, balance 1000. Bob: balance 5. Contract: code, balance 7, slot 1 = 11, slot 2 = 22.</summary>
    public static WorldState Create(Revision revision = Revision.Cancun)
    {
        var source = new InMemoryStateSource(new Dictionary<Address, Account>
        {
            [Alice] = new Account(1, 1000),
            [Bob] = new Account(0, 5),
            [Contract] = new Account(0, 7, ContractCode, new Dictionary<UInt256, UInt256> { [1] = 11, [2] = 22 }),
        });
        var state = new WorldState(source);
        state.BeginTransaction(revision);
        return state;
    }
}
