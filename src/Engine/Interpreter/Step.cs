using Csevm.Execution;

namespace Csevm.Interpreter;

/// <summary>
/// What a handler returns besides a final <see cref="ExecutionStatus"/>: keep going, or suspend
/// the frame for a call. Both lie outside the EVMC numbering, so they never leave the interpreter.
/// </summary>
internal static class Step
{
    public const ExecutionStatus Continue = (ExecutionStatus)int.MinValue;
    public const ExecutionStatus Suspend = (ExecutionStatus)(int.MinValue + 1);
}
