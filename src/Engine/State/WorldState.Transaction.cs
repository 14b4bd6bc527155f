using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.State;

/// <summary>What a transaction accumulates besides state changes: logs, self-destructs and the accounts it created.</summary>
public sealed partial class WorldState
{
    private readonly List<LogEntry> _logs = new();

    /// <summary>The logs of the current (or just committed) transaction, in emission order; reverted frames' logs are gone.</summary>
    public IReadOnlyList<LogEntry> Logs => _logs;

    public void AddLog(LogEntry log)
    {
        _logs.Add(log);
        Record(JournalEntryKind.LogAdded, Load(log.Address));
    }

    /// <summary>Records that CREATE/CREATE2 (or a creating transaction) made this account in this transaction (EIP-6780).</summary>
    public void MarkCreated(in Address address)
    {
        var account = Load(address);
        if (account.CreatedInTransaction) return;
        Record(JournalEntryKind.Created, account);
        account.CreatedInTransaction = true;
        Enlist(account);
    }

    public bool IsCreatedInTransaction(in Address address) => Load(address).CreatedInTransaction;

    public bool HasSelfDestructed(in Address address) => Load(address).SelfDestructed;

    /// <summary>
    /// SELFDESTRUCT: the balance goes to <paramref name="beneficiary"/> and the account is marked.
    /// Before Cancun, or when the account was created in this transaction (EIP-6780), the account
    /// is deleted at commit and a balance sent to itself is burned; otherwise (Cancun on) only the
    /// balance moves, and sending to itself changes nothing. Returns true the first time the account
    /// self-destructs in this transaction (the pre-London refund is paid once).
    /// </summary>
    public bool SelfDestruct(in Address address, in Address beneficiary)
    {
        var account = Load(address);
        var balance = account.Balance;
        bool destroys = Revision < Spec.Revision.Cancun || account.CreatedInTransaction;
        if (address != beneficiary)
        {
            AddBalance(beneficiary, balance);
            SetBalance(address, UInt256.Zero);
        }
        else if (destroys)
        {
            SetBalance(address, UInt256.Zero);
        }

        if (account.SelfDestructed) return false;
        Record(JournalEntryKind.SelfDestructed, account);
        account.SelfDestructed = true;
        Enlist(account);
        return true;
    }
}
