using System.Diagnostics.CodeAnalysis;

namespace Csevm.Interpreter.Memory;

/// <summary>A misuse of the memory API (or a failed expansion through a throwing convenience method), with its <see cref="MemoryError"/> kind.</summary>
public sealed class MemoryException : InvalidOperationException
{
    public MemoryError Kind { get; }

    public MemoryException(MemoryError kind, string message) : base($"{kind}: {message}") => Kind = kind;

    // Throwing from a separate method keeps the callers' hot bodies small enough to inline.
    [DoesNotReturn]
    internal static void Throw(MemoryError kind, string message) => throw new MemoryException(kind, message);
}
