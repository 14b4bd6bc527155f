using System.Runtime.CompilerServices;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;

namespace Csevm.State;

/// <summary>
/// The mutable state transactions run against: accounts and storage cached in hash maps over a
/// read-only <see cref="IStateSource"/>, with an undo journal so a failed frame leaves no trace.
/// <para>
/// Per transaction: <see cref="BeginTransaction"/>, then reads and writes with
/// <see cref="Snapshot"/>/<see cref="Revert"/> around each frame, then
/// <see cref="CommitTransaction"/> (self-destructs, EIP-161 deletion, originals for the next
/// transaction). Not thread-safe: one world state per executing thread; sources can be shared.
/// </para>
/// Split by family: accounts (this file's sibling WorldState.Accounts.cs), storage and warmth
/// (WorldState.Storage.cs), logs and self-destructs (WorldState.Transaction.cs), export (WorldState.Export.cs).
/// </summary>
public sealed partial class WorldState
{
    /// <summary>RIPEMD-160's address: its touch survives a revert (the block 2,675,119 consensus accident kept by every client and the spec).</summary>
    private static readonly Address Ripemd160 = Address.FromNumber(3);

    private const int InitialJournalCapacity = 64;

    private readonly IStateSource _source;
    private readonly Dictionary<Address, AccountState> _accounts = new();
    // The most recently used account: SLOAD/SSTORE/BALANCE runs mostly hit the same one in a row.
    private AccountState? _last;

    // Sized for a plain transaction (sender, recipient, the precompiles and the coinbase warmed,
    // a value transfer, a few slots): ~5 KiB, doubled as needed. 256 entries (22 KiB, zeroed)
    // were most of what a fresh world state cost.
    private JournalEntry[] _journal = new JournalEntry[InitialJournalCapacity];
    private int _journalLength;
    /// <summary>Accounts given a per-transaction flag or a storage write since the transaction began.</summary>
    private readonly List<AccountState> _transactionAccounts = new();

    public WorldState(IStateSource source) => _source = source;

    /// <summary>The rules in force for the current transaction (EIP-161, EIP-6780 …).</summary>
    public Revision Revision { get; private set; } = RevisionNames.Latest;

    /// <summary>Starts a transaction: clears the journal, warm sets, transient storage and logs of the previous one.</summary>
    public void BeginTransaction(Revision revision)
    {
        Revision = revision;
        ResetTransaction();
        _logs.Clear();
    }

    /// <summary>
    /// Ends the transaction: deletes accounts that self-destructed (all of them before Cancun; from
    /// Cancun only those created in this transaction, EIP-6780), then from Spurious Dragon every
    /// touched account that is empty (EIP-161); current storage becomes the next transaction's
    /// original. Logs stay readable until the next <see cref="BeginTransaction"/>.
    /// </summary>
    public void CommitTransaction()
    {
        foreach (var account in _transactionAccounts)
        {
            if (account.SelfDestructed && (Revision < Revision.Cancun || account.CreatedInTransaction))
                account.Delete();
            else if (account.Touched && Revision >= Revision.SpuriousDragon && account.Exists && account.IsEmpty)
                account.Delete();
        }
        ResetTransaction();
    }

    /// <summary>A checkpoint to return to with <see cref="Revert"/>: everything done after it can be undone.</summary>
    public int Snapshot() => _journalLength;

    /// <summary>Undoes every change since <paramref name="snapshot"/> (balances, nonces, code, storage, transient storage, warmth, logs, flags).</summary>
    public void Revert(int snapshot)
    {
        if ((uint)snapshot > (uint)_journalLength)
            throw new ArgumentOutOfRangeException(nameof(snapshot), $"snapshot {snapshot} is not in the journal (length {_journalLength})");
        for (int i = _journalLength - 1; i >= snapshot; i--)
        {
            ref var entry = ref _journal[i];
            Undo(ref entry);
            entry = default;
        }
        _journalLength = snapshot;
    }

    /// <summary>
    /// Undoes the whole current transaction (every change since <see cref="BeginTransaction"/>):
    /// the state is as the transaction found it, so the same transaction can run again on it
    /// (benchmarks repeat one program this way instead of building a fresh state each time).
    /// </summary>
    public void RevertTransaction() => Revert(0);

    private void Undo(ref JournalEntry entry)
    {
        var account = entry.Account;
        switch (entry.Kind)
        {
            case JournalEntryKind.AccountCreated: account.Exists = false; break;
            case JournalEntryKind.BalanceChanged: account.Balance = entry.Previous; break;
            case JournalEntryKind.NonceChanged: account.Nonce = entry.Previous.U0; break;
            case JournalEntryKind.CodeChanged:
                account.Code = entry.PreviousCode!;
                account.CodeHash = Hash256.FromUInt256(entry.Previous);
                break;
            case JournalEntryKind.StorageChanged:
                SlotRef(account, entry.Key).Current = entry.Previous;
                break;
            case JournalEntryKind.TransientStorageChanged:
                _transient[new StorageKey(account.Address, entry.Key)] = entry.Previous;
                break;
            case JournalEntryKind.AccountWarmed: account.Warm = false; break;
            case JournalEntryKind.SlotWarmed: SlotRef(account, entry.Key).Warm = false; break;
            case JournalEntryKind.LogAdded: _logs.RemoveAt(_logs.Count - 1); break;
            case JournalEntryKind.Touched:
                if (account.Address != Ripemd160) account.Touched = false;
                break;
            case JournalEntryKind.SelfDestructed: account.SelfDestructed = false; break;
            case JournalEntryKind.Created: account.CreatedInTransaction = false; break;
            default: throw new InvalidOperationException($"unknown journal entry {entry.Kind}");
        }
    }

    private void ResetTransaction()
    {
        foreach (var account in _transactionAccounts)
        {
            account.Warm = account.Touched = account.SelfDestructed = account.CreatedInTransaction = account.InTransaction = false;
            if (account.Storage is null) continue;
            foreach (var slot in account.Storage.Keys)
            {
                ref var cached = ref SlotRef(account, slot);
                cached.Original = cached.Current;
                cached.Warm = false;
            }
        }
        _transactionAccounts.Clear();
        Array.Clear(_journal, 0, _journalLength);
        _journalLength = 0;
        _transient.Clear();
    }

    /// <summary>The working copy of an account, loading it from the source on first use.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private AccountState Load(in Address address)
    {
        var last = _last;
        if (last is not null && last.Address == address) return last;
        return _last = LoadSlow(address);
    }

    private AccountState LoadSlow(in Address address)
    {
        if (!_accounts.TryGetValue(address, out var account))
        {
            account = new AccountState(address, _source.GetAccount(address));
            _accounts.Add(address, account);
        }
        return account;
    }

    /// <summary>Registers the account for end-of-transaction processing (once per transaction).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enlist(AccountState account)
    {
        if (account.InTransaction) return;
        account.InTransaction = true;
        _transactionAccounts.Add(account);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref JournalEntry Record(JournalEntryKind kind, AccountState account)
    {
        if (_journalLength == _journal.Length) Array.Resize(ref _journal, _journal.Length * 2);
        ref var entry = ref _journal[_journalLength++];
        entry.Kind = kind;
        entry.Account = account;
        return ref entry;
    }
}
