using System.Runtime.InteropServices;
using Csevm.Numerics;

namespace Csevm.Interpreter;

/// <summary>
/// The 1024 slots of one frame's stack in native, 32-byte aligned memory. The interpreter works
/// on a pointer to the top item and checks the height once per basic block (or per instruction
/// when tracing) against bounds derived from the fork's generated tables, never per push or pop. Stacks belong to pooled frames, one per call depth,
/// so a call allocates nothing.
/// </summary>
public sealed unsafe class EvmStack : IDisposable
{
    public const int Capacity = 1024;

    private UInt256* _slots;

    public EvmStack()
    {
        _slots = (UInt256*)NativeMemory.AlignedAlloc((nuint)(Capacity * sizeof(UInt256)), (nuint)sizeof(UInt256));
    }

    ~EvmStack() => Free();

    /// <summary>The bottom slot.</summary>
    public UInt256* Bottom
    {
        get
        {
            ObjectDisposedException.ThrowIf(_slots == null, this);
            return _slots;
        }
    }

    /// <summary>The top pointer of an empty stack: one slot below the bottom, never dereferenced.</summary>
    public UInt256* EmptyTop => Bottom - 1;

    /// <summary>The number of items when the top item is at <paramref name="top"/>.</summary>
    public int Height(UInt256* top) => (int)(top - _slots) + 1;

    /// <summary>The items from the bottom up when the top item is at <paramref name="top"/>.</summary>
    public ReadOnlySpan<UInt256> Items(UInt256* top) => new(_slots, Height(top));

    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    private void Free()
    {
        if (_slots == null) return;
        NativeMemory.AlignedFree(_slots);
        _slots = null;
    }
}
