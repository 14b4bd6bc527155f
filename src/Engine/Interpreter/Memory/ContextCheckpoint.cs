namespace Csevm.Interpreter.Memory;

/// <summary>
/// One call context's place in the shared buffer, kept in a depth-indexed array so that opening
/// a child costs a few stores and no allocation.
/// </summary>
/// <param name="Start">Absolute offset of the context's byte 0 (a multiple of 32).</param>
/// <param name="ParentEnd">The shared length when the context was opened: the parent's end, restored when this context ends.</param>
/// <param name="Id">Unique per opened context, so a handle to an ended context is recognised.</param>
internal readonly record struct ContextCheckpoint(ulong Start, ulong ParentEnd, ulong Id);
