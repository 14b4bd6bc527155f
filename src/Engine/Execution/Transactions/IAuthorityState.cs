using Csevm.Primitives;

namespace Csevm.Execution.Transactions;

/// <summary>The account operations EIP-7702 authorization processing needs from the world state.</summary>
public interface IAuthorityState
{
    /// <summary>True when the account is in the state at all (even if empty).</summary>
    bool Exists(Address address);
    ulong GetNonce(Address address);
    ReadOnlySpan<byte> GetCode(Address address);
    /// <summary>Replaces the account's code; an empty span clears it.</summary>
    void SetCode(Address address, ReadOnlySpan<byte> code);
    void IncrementNonce(Address address);
    /// <summary>Adds the address to the EIP-2929 warm set.</summary>
    void WarmAddress(Address address);
}
