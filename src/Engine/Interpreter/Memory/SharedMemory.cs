using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Csevm.Interpreter.Memory;

/// <summary>
/// The EVM memory of one transaction: a single native, 64-byte aligned buffer shared by every
/// call context, each context a checkpoint (a start offset) into it. The root context owns the
/// buffer; a child opened with <see cref="MemoryContext.NewChildContext"/> begins at the parent's
/// end (rounded up to a word) and grows at the end of the buffer. Only the deepest context is
/// active: it alone may write, resize or open a child; its ancestors stay readable.
/// </summary>
/// <remarks>
/// <para>EVM semantics: a child's memory never becomes the parent's. Ending a child, by commit or by
/// revert, releases its whole region (the shared length goes back to the parent's end) once the
/// caller has copied the return data out, and a later expansion of the parent zero-fills that
/// region again. Sizes and word counts are per context.</para>
/// <para>Growth doubles the capacity (starting at 4 KiB); bytes are zeroed when they become part of a
/// context, never earlier, so releasing a child is O(1).</para>
/// <para>The limit bounds the whole shared buffer, all contexts together. The default,
/// <see cref="DefaultLimit"/> (2 GiB - 32 bytes), keeps every offset and slice inside an
/// <see cref="int"/>-indexed span. Reaching it costs a single context about 8.8e12 gas
/// (3w + w²/512 with w = 2^26 words) and a 1024-deep call chain billions of gas, far above any
/// block gas limit, so the limit never changes a consensus outcome: an expansion past it fails
/// just as the gas charge would have.</para>
/// <para>Not thread-safe: one transaction runs on one thread. Reuse across transactions with
/// <see cref="Reset"/>, which keeps the capacity.</para>
/// </remarks>
public sealed unsafe class SharedMemory : IDisposable
{
    /// <summary>The seed's initial capacity: one OS page.</summary>
    public const ulong DefaultInitialCapacity = 4096;

    /// <summary>The largest limit: <see cref="int.MaxValue"/> rounded down to a whole word.</summary>
    public const ulong MaxLimit = int.MaxValue & ~31UL;

    /// <summary>The default limit on the whole shared buffer (see the remarks for why it is safe).</summary>
    public const ulong DefaultLimit = MaxLimit;

    private const nuint Alignment = 64;

    // Fields read by MemoryContext on every access; internal so the handle reads them directly.
    internal byte* Buffer;
    /// <summary>Absolute end of the active context: everything below it is live and zero-initialised.</summary>
    internal ulong Length;
    /// <summary>Id of the active (deepest) context; 0 once disposed.</summary>
    internal ulong ActiveId;
    internal int ActiveDepth;
    internal ContextCheckpoint[] Checkpoints;

    private ulong _capacity;
    private ulong _nextId;

    /// <summary>The transaction's limit on the shared buffer, in bytes (a multiple of 32).</summary>
    public ulong Limit { get; }

    /// <summary>Bytes allocated for the shared buffer.</summary>
    public ulong Capacity => _capacity;

    /// <summary>Bytes in use by all live contexts together (the active context's absolute end).</summary>
    public ulong TotalSize => Length;

    /// <summary>Depth of the active context: 0 for the root.</summary>
    public int Depth => ActiveDepth;

    /// <summary>Creates the buffer and its root context.</summary>
    /// <param name="initialCapacity">Bytes to allocate up front (rounded up to 64, at most the limit rounded up to 64).</param>
    /// <param name="limit">Limit on the whole shared buffer: a multiple of 32, at most <see cref="MaxLimit"/>.</param>
    public SharedMemory(ulong initialCapacity = DefaultInitialCapacity, ulong limit = DefaultLimit)
    {
        if (limit > MaxLimit || limit % 32 != 0)
            throw new ArgumentOutOfRangeException(nameof(limit), limit, $"the memory limit must be a multiple of 32 and at most {MaxLimit}");
        if (initialCapacity > limit)
            throw new ArgumentOutOfRangeException(nameof(initialCapacity), initialCapacity, $"the initial capacity exceeds the memory limit {limit}");
        Limit = limit;
        _capacity = Math.Max(RoundUpToAlignment(initialCapacity), Alignment);
        Buffer = (byte*)NativeMemory.AlignedAlloc((nuint)_capacity, Alignment);
        Checkpoints = new ContextCheckpoint[16];
        OpenRoot();
    }

    ~SharedMemory() => Free();

    /// <summary>The root context (depth 0) of the current transaction.</summary>
    public MemoryContext Root => HandleAt(0);

    /// <summary>The active, deepest context.</summary>
    public MemoryContext Current => HandleAt(ActiveDepth);

    /// <summary>
    /// Starts a new transaction on the same buffer: every context ends (old handles become
    /// released), the root is empty again, the capacity is kept for reuse.
    /// </summary>
    public void Reset()
    {
        ObjectDisposedException.ThrowIf(Buffer == null, this);
        OpenRoot();
    }

    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    private void OpenRoot()
    {
        Length = 0;
        ActiveDepth = 0;
        ActiveId = ++_nextId;
        Checkpoints[0] = new ContextCheckpoint(0, 0, ActiveId);
    }

    private void Free()
    {
        if (Buffer == null) return;
        NativeMemory.AlignedFree(Buffer);
        Buffer = null;
        _capacity = 0;
        Length = 0;
        ActiveId = 0;
        ActiveDepth = -1;
    }

    private MemoryContext HandleAt(int depth)
    {
        ObjectDisposedException.ThrowIf(Buffer == null, this);
        ref readonly var checkpoint = ref Checkpoints[depth];
        return new MemoryContext(this, checkpoint.Start, checkpoint.Id, depth);
    }

    /// <summary>Opens a child of the active context at the end of the buffer. The caller checked that it is the active one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal MemoryContext OpenChild()
    {
        int depth = ActiveDepth + 1;
        if (depth == Checkpoints.Length) Array.Resize(ref Checkpoints, depth * 2);
        ulong parentEnd = Length;
        // Word-aligned starts keep a context's words the buffer's words; the limit and capacity
        // are multiples of 32, so the start never passes either.
        ulong start = (parentEnd + 31) & ~31UL;
        ulong id = ++_nextId;
        Checkpoints[depth] = new ContextCheckpoint(start, parentEnd, id);
        Length = start;
        ActiveDepth = depth;
        ActiveId = id;
        return new MemoryContext(this, start, id, depth);
    }

    /// <summary>Ends the active context (the child of <paramref name="parentDepth"/>) and releases its region.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void CloseChild(int parentDepth)
    {
        Length = Checkpoints[parentDepth + 1].ParentEnd;
        ActiveDepth = parentDepth;
        ActiveId = Checkpoints[parentDepth].Id;
    }

    /// <summary>
    /// Sets the active context's absolute end. Growing zero-fills the new bytes (they may hold a
    /// released child's data) and doubles the capacity when needed. The caller checked the limit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TrySetLength(ulong newLength, out MemoryError error)
    {
        if (newLength > _capacity && !TryGrow(newLength, out error)) return false;
        if (newLength > Length) NativeMemory.Clear(Buffer + Length, (nuint)(newLength - Length));
        Length = newLength;
        error = MemoryError.None;
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryGrow(ulong needed, out MemoryError error)
    {
        ulong newCapacity = Math.Min(Math.Max(_capacity * 2, RoundUpToAlignment(needed)), RoundUpToAlignment(Limit));
        byte* grown;
        try
        {
            grown = (byte*)NativeMemory.AlignedAlloc((nuint)newCapacity, Alignment);
        }
        catch (OutOfMemoryException)
        {
            error = MemoryError.OutOfMemory;
            return false;
        }
        // Only the live bytes move: a realloc would also copy the stale tail up to the capacity.
        System.Buffer.MemoryCopy(Buffer, grown, newCapacity, Length);
        NativeMemory.AlignedFree(Buffer);
        Buffer = grown;
        _capacity = newCapacity;
        error = MemoryError.None;
        return true;
    }

    private static ulong RoundUpToAlignment(ulong bytes) => (bytes + (Alignment - 1)) & ~(ulong)(Alignment - 1);
}
