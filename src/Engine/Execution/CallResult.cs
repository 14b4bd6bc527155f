using Csevm.Primitives;

namespace Csevm.Execution;

/// <summary>What a finished frame hands back to its caller (EVMC's evmc_result).</summary>
public readonly record struct CallResult(
    ExecutionStatus Status,
    long GasLeft,
    long GasRefund,
    ReadOnlyMemory<byte> Output,
    Address CreateAddress = default)
{
    public bool IsSuccess => Status == ExecutionStatus.Success;
}
