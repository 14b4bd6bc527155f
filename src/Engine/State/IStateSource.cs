using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.State;

/// <summary>
/// Where a <see cref="WorldState"/> reads accounts it has not seen yet in this block: a database,
/// a fixture's pre-state, a previous block's result. Read-only, and must be safe to read from
/// several threads (one source may back many world states at once).
/// </summary>
public interface IStateSource
{
    /// <summary>The account, or null when it is not in the state.</summary>
    Account? GetAccount(in Address address);

    /// <summary>A storage slot's value (zero when unset or when the account does not exist).</summary>
    UInt256 GetStorage(in Address address, in UInt256 slot);

    /// <summary>Every account in the source, for building a whole post-state (state roots, dumps).</summary>
    IEnumerable<KeyValuePair<Address, Account>> EnumerateAccounts();
}
