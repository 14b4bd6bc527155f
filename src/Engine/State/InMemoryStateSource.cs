using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.State;

/// <summary>A state held in a dictionary: a fixture's pre-state, or the result of a previous transaction.</summary>
public sealed class InMemoryStateSource : IStateSource
{
    public static readonly InMemoryStateSource Empty = new(new Dictionary<Address, Account>());

    private readonly IReadOnlyDictionary<Address, Account> _accounts;

    public InMemoryStateSource(IReadOnlyDictionary<Address, Account> accounts) => _accounts = accounts;

    public int Count => _accounts.Count;

    public Account? GetAccount(in Address address) => _accounts.GetValueOrDefault(address);

    public UInt256 GetStorage(in Address address, in UInt256 slot) =>
        _accounts.TryGetValue(address, out var account) && account.Storage.TryGetValue(slot, out var value) ? value : default;

    public IEnumerable<KeyValuePair<Address, Account>> EnumerateAccounts() => _accounts;
}
