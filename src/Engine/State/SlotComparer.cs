using System.Runtime.CompilerServices;
using Csevm.Numerics;

namespace Csevm.State;

/// <summary>
/// Equality and hashing for storage slot numbers. Slots are either small (0, 1, 2 …, where only
/// U0 varies) or Keccak outputs (uniform), so one multiply spreads the first kind and the XOR
/// keeps the second: cheaper than <see cref="HashCode.Combine{T1,T2,T3,T4}"/> over four limbs.
/// </summary>
public sealed class SlotComparer : IEqualityComparer<UInt256>
{
    public static readonly SlotComparer Instance = new();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(UInt256 x, UInt256 y) => x.U0 == y.U0 && x.U1 == y.U1 && x.U2 == y.U2 && x.U3 == y.U3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GetHashCode(UInt256 slot) => Hash(slot);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(in UInt256 slot)
    {
        ulong h = (slot.U0 * 0x9E3779B97F4A7C15UL) ^ slot.U1 ^ slot.U2 ^ slot.U3;
        return (int)(h ^ (h >> 32));
    }
}
