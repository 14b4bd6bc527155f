using Csevm.Execution;
using Csevm.Numerics;
using Csevm.Tracing;

namespace Csevm.Tests.Interpreter;

/// <summary>A test tracer that remembers the stack top seen before each step and the final status.</summary>
internal struct StackCapture : ITracer
{
    public UInt256 LastStackTop;
    public int Steps;
    public ExecutionStatus? EndStatus;

    public static bool IsEnabled => true;

    public void OnStep(int pc, byte opcode, long gas, long gasCost, ulong memorySize, ReadOnlySpan<UInt256> stack, int depth, long refund)
    {
        Steps++;
        if (!stack.IsEmpty) LastStackTop = stack[^1];
    }

    public void OnFrameEnd(ExecutionStatus status, int depth) => EndStatus = status;

    public void OnTransactionEnd(ReadOnlySpan<byte> output, long gasUsed, ExecutionStatus status) { }
}
