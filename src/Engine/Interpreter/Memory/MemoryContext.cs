using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Csevm.Interpreter.Memory;

/// <summary>
/// One call frame's view of the transaction's <see cref="SharedMemory"/>: a small handle (buffer,
/// start offset, id, depth), free to copy, never allocated. Offsets are relative to the context's
/// byte 0. This file: identity, sizes, expansion and the child lifecycle; the accessors are in
/// MemoryContext.Access.cs.
/// </summary>
/// <remarks>
/// Rules (EVM semantics): only the active (deepest) context writes, resizes or opens a child;
/// ancestors stay readable. A child's memory never becomes the parent's: <see cref="CommitChildContext"/>
/// and <see cref="RevertChildContext"/> both release the child's region, so copy RETURN data out
/// first. The parent cannot resize while a child is active. Word counts are per context.
/// Misuse throws <see cref="MemoryException"/>; a failed expansion (limit, native allocation) is a
/// consensus outcome and comes back from the <c>Try</c> methods as a <see cref="MemoryError"/>.
/// </remarks>
public readonly unsafe partial struct MemoryContext
{
    private readonly SharedMemory _shared;
    private readonly ulong _start;
    private readonly ulong _id;
    private readonly int _depth;

    internal MemoryContext(SharedMemory shared, ulong start, ulong id, int depth)
    {
        _shared = shared;
        _start = start;
        _id = id;
        _depth = depth;
    }

    /// <summary>Call depth of this context: 0 for the root.</summary>
    public int Depth => _depth;

    /// <summary>Absolute offset of this context's byte 0 in the shared buffer.</summary>
    public ulong Checkpoint => _start;

    /// <summary>True while this is the deepest live context (the one that may write).</summary>
    public bool IsActive => _shared.ActiveId == _id;

    /// <summary>
    /// This context's byte 0, for the interpreter's bounds-free loads and stores once it has
    /// ensured the capacity. Unchecked; valid until the next expansion of this context or of a child
    /// (a growth may move the buffer).
    /// </summary>
    public byte* ContextPointer
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _shared.Buffer + _start;
    }

    /// <summary>The context's size in bytes (MSIZE when grown only through EnsureContextCapacity).</summary>
    public ulong ContextSize
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ReadableSize();
    }

    /// <summary>
    /// The context's size for a caller that knows it is the active one (the running frame's own):
    /// no liveness check, for the interpreter's memory hot path. Growing still checks.
    /// </summary>
    internal ulong ActiveSize
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _shared.Length - _start;
    }

    /// <summary>The context's size in 32-byte words, rounded up: the w of the memory gas formula.</summary>
    public ulong ContextWords => WordCount(ReadableSize());

    /// <summary>Words needed to hold <paramref name="bytes"/> bytes, rounded up (no overflow for any input).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong WordCount(ulong bytes) => (bytes >> 5) + ((bytes & 31) == 0 ? 0UL : 1UL);

    /// <summary>
    /// Words that <see cref="TryEnsureContextCapacity"/> would add for <paramref name="size"/>,
    /// without expanding: lets the interpreter charge the gas before any allocation.
    /// </summary>
    public ulong ExpansionWords(ulong size)
    {
        ulong current = WordCount(ReadableSize());
        ulong needed = WordCount(size);
        return needed > current ? needed - current : 0;
    }

    /// <summary>
    /// Grows the context to at least <paramref name="size"/> bytes, rounded up to whole words,
    /// zero-filling the new bytes; never shrinks. <paramref name="newWords"/> is the number of
    /// 32-byte words added to this context (0 when it was already large enough), for gas.
    /// Returns false with <see cref="MemoryError.MemoryLimitExceeded"/> or <see cref="MemoryError.OutOfMemory"/>
    /// (out of gas for the frame) without changing anything.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryEnsureContextCapacity(ulong size, out ulong newWords, out MemoryError error)
    {
        ulong current = WritableSize();
        newWords = 0;
        error = MemoryError.None;
        if (size <= current) return true;
        return TryExpand(this, current, size, out newWords, out error);
    }

    /// <summary>
    /// Like <see cref="TryEnsureContextCapacity"/> for the range [offset, offset + length), as the
    /// EVM defines it: a zero length needs no memory whatever the offset.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryEnsureRange(ulong offset, ulong length, out ulong newWords, out MemoryError error)
    {
        if (length == 0)
        {
            newWords = 0;
            error = MemoryError.None;
            return true;
        }
        if (offset > ulong.MaxValue - length)
        {
            newWords = 0;
            error = MemoryError.MemoryLimitExceeded;
            return false;
        }
        return TryEnsureContextCapacity(offset + length, out newWords, out error);
    }

    /// <summary>Throwing form of <see cref="TryEnsureContextCapacity"/>: returns the new words.</summary>
    public ulong EnsureContextCapacity(ulong size)
    {
        if (!TryEnsureContextCapacity(size, out ulong newWords, out var error))
            MemoryException.Throw(error, $"cannot grow the context to {size} bytes");
        return newWords;
    }

    /// <summary>
    /// Sets the context's size to exactly <paramref name="size"/> bytes: growing zero-fills,
    /// shrinking drops the tail (zeroed again if the context regrows).
    /// </summary>
    public bool TryResizeContext(ulong size, out MemoryError error)
    {
        RequireActive();
        if (size > _shared.Limit - _start)
        {
            error = MemoryError.MemoryLimitExceeded;
            return false;
        }
        return _shared.TrySetLength(_start + size, out error);
    }

    /// <summary>Throwing form of <see cref="TryResizeContext"/>.</summary>
    public void ResizeContext(ulong size)
    {
        if (!TryResizeContext(size, out var error))
            MemoryException.Throw(error, $"cannot resize the context to {size} bytes");
    }

    /// <summary>Opens a child context (CALL, CREATE ...) beginning after this context's memory. This context must be the active one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public MemoryContext NewChildContext()
    {
        RequireActive();
        return _shared.OpenChild();
    }

    /// <summary>Ends the active child after a failed call, releasing its memory.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void RevertChildContext() => EndChild();

    /// <summary>
    /// Ends the active child after a successful call. In the EVM a child's memory is never merged
    /// into the parent's, so this releases the region exactly as a revert does; the two names keep
    /// the caller's intent readable.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CommitChildContext() => EndChild();

    public override string ToString() => $"MemoryContext(depth {_depth}, checkpoint {_start})";

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EndChild()
    {
        var shared = _shared;
        if (shared.ActiveDepth != _depth + 1 || shared.Checkpoints[_depth].Id != _id) ThrowNoChildOnTop(this);
        shared.CloseChild(_depth);
    }

    // The cold paths are static and take the handle by value: an instance call would take the
    // caller's handle by address and keep its fields out of registers on the hot path.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryExpand(MemoryContext context, ulong current, ulong size, out ulong newWords, out MemoryError error)
    {
        var shared = context._shared;
        ulong start = context._start;
        // The start never exceeds the limit, so the subtraction cannot wrap; rounding a size within
        // the limit up to a word stays within it (both are multiples of 32).
        if (size > shared.Limit - start)
        {
            newWords = 0;
            error = MemoryError.MemoryLimitExceeded;
            return false;
        }
        ulong aligned = (size + 31) & ~31UL;
        if (!shared.TrySetLength(start + aligned, out error))
        {
            newWords = 0;
            return false;
        }
        newWords = (aligned >> 5) - WordCount(current);
        return true;
    }

    /// <summary>Size of this context if it may be read (active or a live ancestor of the active one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong ReadableSize()
    {
        var shared = _shared;
        if (shared.ActiveId == _id) return shared.Length - _start;
        return AncestorSize(this);
    }

    /// <summary>Size of this context if it may be written (it is the active one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong WritableSize()
    {
        RequireActive();
        return _shared.Length - _start;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void RequireActive()
    {
        if (_shared.ActiveId != _id) ThrowNotActive(this);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong AncestorSize(MemoryContext context)
    {
        if (!context.IsLiveAncestor()) context.ThrowReleased();
        // An ancestor cannot resize while its child lives, so its end is the one its child recorded.
        return context._shared.Checkpoints[context._depth + 1].ParentEnd - context._start;
    }

    private bool IsLiveAncestor() =>
        _depth < _shared.ActiveDepth && _shared.Checkpoints[_depth].Id == _id;

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNotActive(MemoryContext context)
    {
        if (context.IsLiveAncestor())
            MemoryException.Throw(MemoryError.ChildContextActive, $"the context at depth {context._depth} has a live child; only the deepest context may write, resize or open a child");
        context.ThrowReleased();
    }

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNoChildOnTop(MemoryContext context)
    {
        if (context.IsActive)
            MemoryException.Throw(MemoryError.NoChildContextToRevertOrCommit, $"the context at depth {context._depth} has no child to revert or commit");
        if (context.IsLiveAncestor())
            MemoryException.Throw(MemoryError.ChildContextActive, $"the child of the context at depth {context._depth} has a live child of its own; end that one first");
        context.ThrowReleased();
    }

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowReleased()
    {
        ObjectDisposedException.ThrowIf(_shared.Buffer == null, _shared);
        MemoryException.Throw(MemoryError.ContextReleased, $"the context at depth {_depth} has ended");
    }
}
