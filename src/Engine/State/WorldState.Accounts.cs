using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.State;

/// <summary>Account reads and journaled account writes. Every write creates the account if needed and touches it (EIP-161).</summary>
public sealed partial class WorldState
{
    /// <summary>Whether the account is in the state at all (empty accounts included).</summary>
    public bool Exists(in Address address) => Load(address).Exists;

    /// <summary>EIP-161 "dead": not in the state, or empty (no nonce, balance or code).</summary>
    public bool IsDeadOrEmpty(in Address address)
    {
        var account = Load(address);
        return !account.Exists || account.IsEmpty;
    }

    public ulong GetNonce(in Address address) => Load(address).Nonce;

    public UInt256 GetBalance(in Address address) => Load(address).Balance;

    public byte[] GetCode(in Address address) => Load(address).Code;

    /// <summary>Keccak-256 of the code: the empty-code hash for an account without code (existing or not).</summary>
    public Hash256 GetCodeHash(in Address address) => Load(address).CodeHash;

    /// <summary>
    /// EIP-7610 (applied to every fork): creating a contract at this address must fail because the
    /// account already has a nonce, code or storage.
    /// </summary>
    public bool HasCreateCollision(in Address address)
    {
        var account = Load(address);
        return account.Nonce != 0 || account.Code.Length != 0 || HasStorage(account);
    }

    /// <summary>Makes the account exist (empty) if it does not; touches it either way.</summary>
    public void CreateAccount(in Address address) => Modify(address);

    public void SetNonce(in Address address, ulong nonce)
    {
        var account = Modify(address);
        Record(JournalEntryKind.NonceChanged, account).Previous = account.Nonce;
        account.Nonce = nonce;
    }

    /// <summary>Adds one to the nonce; false (and nothing changes) when it is already 2^64-1 (EIP-2681).</summary>
    public bool IncrementNonce(in Address address)
    {
        var nonce = Load(address).Nonce;
        if (nonce == ulong.MaxValue) return false;
        SetNonce(address, nonce + 1);
        return true;
    }

    public void SetBalance(in Address address, in UInt256 balance)
    {
        var account = Modify(address);
        Record(JournalEntryKind.BalanceChanged, account).Previous = account.Balance;
        account.Balance = balance;
    }

    /// <summary>Adds to the balance (wrapping at 2^256 like the reference clients; no real balance gets near). Adding zero still touches.</summary>
    public void AddBalance(in Address address, in UInt256 amount)
    {
        var account = Modify(address);
        Record(JournalEntryKind.BalanceChanged, account).Previous = account.Balance;
        UInt256.Add(account.Balance, amount, out var sum);
        account.Balance = sum;
    }

    /// <summary>Takes from the balance; false (and nothing changes) when the balance is too small.</summary>
    public bool SubtractBalance(in Address address, in UInt256 amount)
    {
        var account = Load(address);
        if (UInt256.SubtractUnderflow(account.Balance, amount, out var remaining)) return false;
        SetBalance(address, remaining);
        return true;
    }

    /// <summary>Moves value between accounts (touching both, even for zero); false and no change when the sender has too little.</summary>
    public bool Transfer(in Address from, in Address to, in UInt256 value)
    {
        if (!SubtractBalance(from, value)) return false;
        AddBalance(to, value);
        return true;
    }

    public void SetCode(in Address address, byte[] code)
    {
        var account = Modify(address);
        ref var entry = ref Record(JournalEntryKind.CodeChanged, account);
        entry.PreviousCode = account.Code;
        entry.Previous = account.CodeHash.ToUInt256();
        account.Code = code;
        account.CodeHash = code.Length == 0 ? Keccak256.OfEmpty : Keccak256.Hash(code);
    }

    /// <summary>Marks the account touched (EIP-161) without changing it: at commit it is deleted if empty.</summary>
    public void Touch(in Address address) => Modify(address);

    /// <summary>Loads the account for a write: creates it if it does not exist, and touches it.</summary>
    private AccountState Modify(in Address address)
    {
        var account = Load(address);
        if (!account.Exists)
        {
            Record(JournalEntryKind.AccountCreated, account);
            account.Exists = true;
        }
        if (!account.Touched)
        {
            Record(JournalEntryKind.Touched, account);
            account.Touched = true;
            Enlist(account);
        }
        return account;
    }
}
