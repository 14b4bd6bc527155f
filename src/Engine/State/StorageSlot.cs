using Csevm.Numerics;

namespace Csevm.State;

/// <summary>A cached slot: its value at the start of the transaction (for SSTORE pricing, EIP-2200), now, and its EIP-2929 warmth.</summary>
internal struct StorageSlot
{
    public UInt256 Original;
    public UInt256 Current;
    public bool Warm;
}
