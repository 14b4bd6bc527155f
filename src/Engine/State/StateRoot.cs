using Csevm.Primitives;
using Csevm.State.Trie;

namespace Csevm.State;

/// <summary>
/// The state root: a secure trie from each address to RLP([nonce, balance, storageRoot, codeHash])
/// (Yellow Paper §4.1), over the accounts a world state exports.
/// </summary>
public static class StateRoot
{
    public static Hash256 Compute(IReadOnlyDictionary<Address, Account> accounts)
    {
        var entries = new List<KeyValuePair<byte[], byte[]>>(accounts.Count);
        foreach (var (address, account) in accounts)
        {
            var storageRoot = StorageRoot.Compute(account.Storage);
            entries.Add(new(address.ToArray(), AccountRlp.Encode(account.Nonce, account.Balance, storageRoot, account.CodeHash)));
        }
        return SecureTrie.Compute(entries);
    }

    /// <summary>The root of the world state as it is now (uncommitted changes included).</summary>
    public static Hash256 Compute(WorldState state) => Compute(state.ToAccounts());
}
