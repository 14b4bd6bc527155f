using Csevm.Execution.Transactions;
using Csevm.Precompiles;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;

namespace Csevm.Execution;

/// <summary>
/// The accounts and slots a transaction starts with warm: EIP-2929 (Berlin) the sender, the
/// recipient and the precompiles; EIP-2930 the access list; EIP-3651 (Shanghai) the coinbase.
/// Shared by <see cref="TransactionProcessor"/> and callers that run a top-level message without one.
/// </summary>
public static class TransactionWarmup
{
    public static void Apply(WorldState state, in Address sender, in Address recipient, in Address coinbase,
        IReadOnlyList<AccessListItem> accessList, Revision revision)
    {
        if (revision < Revision.Berlin) return;
        state.AccessAccount(sender);
        state.AccessAccount(recipient);
        foreach (var precompile in PrecompileRegistry.ActiveAddresses(revision)) state.AccessAccount(precompile);
        if (revision >= Revision.Shanghai) state.AccessAccount(coinbase);
        foreach (var item in accessList)
        {
            state.AccessAccount(item.Address);
            foreach (var key in item.StorageKeys) state.AccessStorage(item.Address, key);
        }
    }
}
