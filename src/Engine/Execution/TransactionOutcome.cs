using Csevm.Execution.Transactions;
using Csevm.Primitives;
using Csevm.State;

namespace Csevm.Execution;

/// <summary>
/// What processing a transaction produced. When <see cref="Error"/> is not
/// <see cref="TransactionError.None"/> the transaction was invalid and the state is untouched;
/// otherwise it ran (successfully or not: see <see cref="Status"/>) and its effects are committed.
/// </summary>
public sealed record TransactionOutcome(
    TransactionError Error,
    ExecutionStatus Status,
    long GasUsed,
    ReadOnlyMemory<byte> Output,
    Address? CreatedAddress,
    IReadOnlyList<LogEntry> Logs)
{
    public bool IsValid => Error == TransactionError.None;

    public static TransactionOutcome Invalid(TransactionError error) => new(error, ExecutionStatus.Rejected, 0, default, null, []);
}
