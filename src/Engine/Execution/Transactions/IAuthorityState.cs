using Csevm.Interpreter;
using Csevm.Primitives;

namespace Csevm.Execution.Transactions;

/// <summary>
/// The account operations EIP-7702 authorization processing needs from the world state. The
/// signatures are the world state's own, so it implements this by declaring it.
/// </summary>
public interface IAuthorityState
{
    /// <summary>True when the account is in the state at all (even if empty).</summary>
    bool Exists(in Address address);
    ulong GetNonce(in Address address);
    byte[] GetCode(in Address address);
    /// <summary>Replaces the account's code; an empty array clears it.</summary>
    void SetCode(in Address address, byte[] code);
    /// <summary>Adds one to the nonce; false when it is already 2^64-1.</summary>
    bool IncrementNonce(in Address address);
    /// <summary>Marks the address warm (EIP-2929) and says whether it already was.</summary>
    AccessStatus AccessAccount(in Address address);
}
