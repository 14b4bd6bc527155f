using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.State;

/// <summary>The whole current state as plain accounts: for state roots, dumps, diffs and as the source of the next block.</summary>
public sealed partial class WorldState
{
    /// <summary>Every existing account with its non-zero storage: the source's accounts overlaid with this state's changes.</summary>
    public Dictionary<Address, Account> ToAccounts()
    {
        var result = new Dictionary<Address, Account>();
        foreach (var (address, account) in _source.EnumerateAccounts())
            if (!_accounts.ContainsKey(address)) result.Add(address, account);
        foreach (var (address, account) in _accounts)
            if (account.Exists) result.Add(address, Export(account));
        return result;
    }

    private Account Export(AccountState account)
    {
        var storage = new Dictionary<UInt256, UInt256>();
        if (!account.StorageCleared && account.LoadedFromSource && _source.GetAccount(account.Address) is { } original)
            foreach (var (slot, value) in original.Storage) storage[slot] = value;
        if (account.Storage is not null)
            foreach (var (slot, cached) in account.Storage) storage[slot] = cached.Current;
        return new Account(account.Nonce, account.Balance, account.Code, account.CodeHash, storage);
    }
}
