using Csevm.Numerics;

namespace Csevm.State;

/// <summary>
/// One undo record: enough to put back what a change replaced. <see cref="Account"/> points at the
/// changed account directly so undoing needs no lookup; <see cref="Key"/> is the slot for storage
/// entries; <see cref="Previous"/> and <see cref="PreviousCode"/> hold the replaced value.
/// </summary>
internal struct JournalEntry
{
    public JournalEntryKind Kind;
    public AccountState Account;
    public UInt256 Key;
    public UInt256 Previous;
    public byte[]? PreviousCode;
}
