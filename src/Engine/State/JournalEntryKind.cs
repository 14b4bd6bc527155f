namespace Csevm.State;

/// <summary>What a journal entry undoes.</summary>
internal enum JournalEntryKind : byte
{
    AccountCreated,
    BalanceChanged,
    NonceChanged,
    CodeChanged,
    StorageChanged,
    TransientStorageChanged,
    AccountWarmed,
    SlotWarmed,
    LogAdded,
    Touched,
    SelfDestructed,
    Created,
}
