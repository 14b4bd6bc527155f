using System.Runtime.CompilerServices;
using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.State;

/// <summary>A storage slot of one account: the key of the warm-slot set and of transient storage.</summary>
public readonly struct StorageKey(Address address, UInt256 slot) : IEquatable<StorageKey>
{
    public readonly Address Address = address;
    public readonly UInt256 Slot = slot;

    public bool Equals(StorageKey other) => Address == other.Address && Slot == other.Slot;
    public override bool Equals(object? obj) => obj is StorageKey other && Equals(other);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override int GetHashCode() => Address.GetHashCode() ^ SlotComparer.Hash(Slot);

    public override string ToString() => $"{Address}[{Slot}]";
}
