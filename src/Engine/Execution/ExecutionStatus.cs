namespace Csevm.Execution;

/// <summary>
/// How a frame ended, numbered as EVMC numbers evmc_status_code so it crosses the C ABI unchanged.
/// Consensus outcomes are values of this enum, never exceptions.
/// </summary>
public enum ExecutionStatus
{
    Success = 0,
    Failure = 1,
    Revert = 2,
    OutOfGas = 3,
    InvalidInstruction = 4,   // the designated INVALID opcode 0xFE
    UndefinedInstruction = 5, // an opcode the revision does not define
    StackOverflow = 6,
    StackUnderflow = 7,
    BadJumpDestination = 8,
    InvalidMemoryAccess = 9,  // RETURNDATACOPY past the end of return data
    CallDepthExceeded = 10,
    StaticModeViolation = 11,
    PrecompileFailure = 12,
    ArgumentOutOfRange = 14,
    InsufficientBalance = 17,
    InternalError = -1,
    Rejected = -2,
    OutOfMemory = -3,
}

public static class ExecutionStatusExtensions
{
    /// <summary>Exceptional halts consume all gas given to the frame; success and revert do not.</summary>
    public static bool ConsumesAllGas(this ExecutionStatus status) =>
        status is not (ExecutionStatus.Success or ExecutionStatus.Revert);

    /// <summary>The lower-case name used in CLI output and traces, e.g. "out of gas" as "outOfGas".</summary>
    public static string ToDisplayName(this ExecutionStatus status) => status switch
    {
        ExecutionStatus.Success => "success",
        ExecutionStatus.Revert => "revert",
        _ => char.ToLowerInvariant(status.ToString()[0]) + status.ToString()[1..],
    };
}
