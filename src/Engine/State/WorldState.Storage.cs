using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Csevm.Interpreter;
using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.State;

/// <summary>Persistent storage (with transaction-start originals), transient storage (EIP-1153) and EIP-2929 warmth.</summary>
public sealed partial class WorldState
{
    private readonly Dictionary<StorageKey, UInt256> _transient = new();

    public UInt256 GetStorage(in Address address, in UInt256 slot) => LoadSlot(Load(address), slot).Current;

    /// <summary>The slot's value when the transaction began (EIP-2200's "original value").</summary>
    public UInt256 GetOriginalStorage(in Address address, in UInt256 slot) => LoadSlot(Load(address), slot).Original;

    /// <summary>
    /// Writes the slot and classifies the write by original (X), current (Y) and new (Z) value as
    /// <see cref="StorageStatus"/> documents; the interpreter prices SSTORE from that alone.
    /// </summary>
    public StorageStatus SetStorage(in Address address, in UInt256 slot, in UInt256 value)
    {
        var account = Load(address);
        ref var cached = ref LoadSlot(account, slot);
        var original = cached.Original;
        var current = cached.Current;
        if (current == value) return StorageStatus.Assigned;

        Modify(address);
        ref var entry = ref Record(JournalEntryKind.StorageChanged, account);
        entry.Key = slot;
        entry.Previous = current;
        // Modify and Record never touch the slot map, so the reference is still good.
        cached.Current = value;
        return Classify(original, current, value);
    }

    private static StorageStatus Classify(in UInt256 original, in UInt256 current, in UInt256 value)
    {
        if (original == current)
        {
            if (original.IsZero) return StorageStatus.Added;
            return value.IsZero ? StorageStatus.Deleted : StorageStatus.Modified;
        }
        if (original.IsZero) return value.IsZero ? StorageStatus.AddedDeleted : StorageStatus.Assigned;
        if (current.IsZero) return value == original ? StorageStatus.DeletedRestored : StorageStatus.DeletedAdded;
        if (value.IsZero) return StorageStatus.ModifiedDeleted;
        return value == original ? StorageStatus.ModifiedRestored : StorageStatus.Assigned;
    }

    /// <summary>EIP-2929: marks the address warm and says whether it was already.</summary>
    public AccessStatus AccessAccount(in Address address)
    {
        var account = Load(address);
        if (account.Warm) return AccessStatus.Warm;
        Record(JournalEntryKind.AccountWarmed, account);
        account.Warm = true;
        Enlist(account);
        return AccessStatus.Cold;
    }

    /// <summary>EIP-2929: marks the slot warm and says whether it was already.</summary>
    public AccessStatus AccessStorage(in Address address, in UInt256 slot)
    {
        var account = Load(address);
        ref var cached = ref LoadSlot(account, slot);
        if (cached.Warm) return AccessStatus.Warm;
        cached.Warm = true;
        Record(JournalEntryKind.SlotWarmed, account).Key = slot;
        Enlist(account);
        return AccessStatus.Cold;
    }

    public bool IsWarm(in Address address) => Load(address).Warm;

    public bool IsWarm(in Address address, in UInt256 slot) => LoadSlot(Load(address), slot).Warm;

    public UInt256 GetTransientStorage(in Address address, in UInt256 slot) =>
        _transient.GetValueOrDefault(new StorageKey(address, slot));

    public void SetTransientStorage(in Address address, in UInt256 slot, in UInt256 value)
    {
        ref var stored = ref CollectionsMarshal.GetValueRefOrAddDefault(_transient, new StorageKey(address, slot), out _);
        if (stored == value) return;
        ref var entry = ref Record(JournalEntryKind.TransientStorageChanged, Load(address));
        entry.Key = slot;
        entry.Previous = stored;
        stored = value;
    }

    /// <summary>The cached slot, loaded from the source on first use (zero once the account's storage was cleared).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref StorageSlot LoadSlot(AccountState account, in UInt256 slot)
    {
        ref var cached = ref CollectionsMarshal.GetValueRefOrAddDefault(account.Slots, slot, out bool exists);
        if (!exists && !account.StorageCleared && account.LoadedFromSource)
            cached.Original = cached.Current = _source.GetStorage(account.Address, slot);
        return ref cached;
    }

    private static ref StorageSlot SlotRef(AccountState account, in UInt256 slot) =>
        ref CollectionsMarshal.GetValueRefOrNullRef(account.Storage!, slot);

    /// <summary>Whether any slot is non-zero (EIP-7610): the source's storage, unless cleared, or a cached value.</summary>
    private bool HasStorage(AccountState account)
    {
        if (account.Storage is not null)
            foreach (var slot in account.Storage.Values)
                if (!slot.Current.IsZero) return true;
        return !account.StorageCleared && account.LoadedFromSource && _source.GetAccount(account.Address) is { Storage.Count: > 0 };
    }
}
