using Csevm.Execution;
using Csevm.Numerics;

namespace Csevm.Tracing;

/// <summary>The tracer that is not there: the interpreter compiles its hooks away.</summary>
public readonly struct NoTracer : ITracer
{
    public static bool IsEnabled => false;
    public void OnStep(int pc, byte opcode, long gas, long gasCost, ulong memorySize, ReadOnlySpan<UInt256> stack, int depth, long refund) { }
    public void OnFrameEnd(ExecutionStatus status, int depth) { }
    public void OnTransactionEnd(ReadOnlySpan<byte> output, long gasUsed, ExecutionStatus status) { }
}
