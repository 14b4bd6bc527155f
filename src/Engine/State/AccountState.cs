using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.State;

/// <summary>
/// A world state's working copy of one account: current values, the slots read or written so far,
/// and per-transaction flags. Created on first access (from the source, or as a non-existent
/// account) and kept for the world state's lifetime so later accesses are one hash lookup.
/// </summary>
internal sealed class AccountState
{
    public readonly Address Address;
    /// <summary>Whether the account is in the state (a non-existent account reads as all zeros).</summary>
    public bool Exists;
    public ulong Nonce;
    public UInt256 Balance;
    public byte[] Code;
    public Hash256 CodeHash;
    /// <summary>Slots read or written; null until the first one.</summary>
    public Dictionary<UInt256, StorageSlot>? Storage;
    /// <summary>The source holds this account, so its storage may have values there.</summary>
    public readonly bool LoadedFromSource;
    /// <summary>The source's storage no longer applies: the account was deleted (self-destruct, EIP-161) in this world state.</summary>
    public bool StorageCleared;

    // Per-transaction flags, each journaled when set and reset when the transaction commits.
    public bool Warm;
    public bool Touched;
    public bool SelfDestructed;
    public bool CreatedInTransaction;
    /// <summary>Listed in the world state's accounts-changed-this-transaction list (so commit visits it once).</summary>
    public bool InTransaction;

    public AccountState(in Address address, Account? source)
    {
        Address = address;
        if (source is null)
        {
            Code = [];
            CodeHash = Keccak256.OfEmpty;
            return;
        }
        Exists = LoadedFromSource = true;
        Nonce = source.Nonce;
        Balance = source.Balance;
        Code = source.Code;
        CodeHash = source.CodeHash;
    }

    /// <summary>EIP-161: no nonce, no balance, no code.</summary>
    public bool IsEmpty => Nonce == 0 && Balance.IsZero && Code.Length == 0;

    public Dictionary<UInt256, StorageSlot> Slots => Storage ??= new Dictionary<UInt256, StorageSlot>(SlotComparer.Instance);

    /// <summary>Removes the account and everything in it (end-of-transaction deletion; not journaled).</summary>
    public void Delete()
    {
        Exists = false;
        Nonce = 0;
        Balance = default;
        Code = [];
        CodeHash = Keccak256.OfEmpty;
        Storage?.Clear();
        StorageCleared = true;
    }
}
