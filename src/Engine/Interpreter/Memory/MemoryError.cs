namespace Csevm.Interpreter.Memory;

/// <summary>
/// Why a memory operation failed: the seed's error set, plus <see cref="ContextReleased"/> for a
/// handle used after its context ended. Only <see cref="OutOfMemory"/> and
/// <see cref="MemoryLimitExceeded"/> can happen on a consensus path (an expansion); they come back as
/// values from the <c>Try</c> methods and mean "out of gas" to the interpreter. Every other kind is
/// API misuse and is thrown as a <see cref="MemoryException"/>.
/// </summary>
public enum MemoryError : byte
{
    None = 0,

    /// <summary>The process could not allocate a larger native buffer.</summary>
    OutOfMemory,

    /// <summary>An access starts at or past the end of the context (call EnsureContextCapacity first).</summary>
    InvalidOffset,

    /// <summary>An access starts inside the context but its length runs past the end, or an argument length is malformed.</summary>
    InvalidSize,

    /// <summary>The expansion would take the shared buffer past the transaction's memory limit.</summary>
    MemoryLimitExceeded,

    /// <summary>The context has a live child: only the deepest context may write, resize or open a child.</summary>
    ChildContextActive,

    /// <summary>Revert or commit was asked of a context that has no child.</summary>
    NoChildContextToRevertOrCommit,

    /// <summary>The handle's context has ended (reverted, committed, reset or disposed).</summary>
    ContextReleased,
}
