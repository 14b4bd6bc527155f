using Csevm.Execution;
using Csevm.Numerics;

namespace Csevm.Tracing;

/// <summary>
/// Observes execution step by step. A generic struct parameter of the interpreter: with
/// <see cref="IsEnabled"/> false (<see cref="NoTracer"/>) every call site folds away.
/// </summary>
public interface ITracer
{
    static abstract bool IsEnabled { get; }

    /// <summary>Before an instruction runs: its offset, opcode, the gas before it, its static cost, memory size, stack (bottom first), depth (1 = the transaction's frame) and refund counter.</summary>
    void OnStep(int pc, byte opcode, long gas, long gasCost, ulong memorySize, ReadOnlySpan<UInt256> stack, int depth, long refund);

    /// <summary>A frame at <paramref name="depth"/> ended with <paramref name="status"/>: an exceptional status is the error of its last step.</summary>
    void OnFrameEnd(ExecutionStatus status, int depth);

    /// <summary>The transaction's top-level frame is done: the summary line.</summary>
    void OnTransactionEnd(ReadOnlySpan<byte> output, long gasUsed, ExecutionStatus status);
}
