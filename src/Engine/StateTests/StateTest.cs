using Csevm.Execution.Transactions;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;

namespace Csevm.StateTests;

/// <summary>One named state test: a pre-state, a block context, a transaction template and the expected results per fork.</summary>
public sealed record StateTest
{
    public required string Name { get; init; }
    public required StateTestEnvironment Environment { get; init; }
    public required IReadOnlyDictionary<Address, Account> Pre { get; init; }
    /// <summary>The transaction variants (the transaction rules' own template type).</summary>
    public required TransactionTemplate Transaction { get; init; }
    /// <summary>Every expected result, in file order (fork by fork).</summary>
    public required IReadOnlyList<StateTestPost> Post { get; init; }
    /// <summary>
    /// Filled by retesteth through geth's t8n (<c>_info.filling-tool-version</c>), which credits the
    /// coinbase with the zero block reward even when the transaction is rejected: before Spurious
    /// Dragon that leaves an empty coinbase account in the expected state. EEST fills (and geth's
    /// state-test runner) leave a rejected transaction's state exactly as it was.
    /// </summary>
    public bool TouchesCoinbaseOnRejection { get; init; }
    /// <summary>From <c>config.chainid</c>; 1 when absent.</summary>
    public UInt256 ChainId { get; init; } = UInt256.One;
    /// <summary>From <c>config.blobSchedule</c> (EEST, Cancun and later); empty when absent.</summary>
    public IReadOnlyDictionary<Revision, BlobSchedule> BlobSchedules { get; init; } = new Dictionary<Revision, BlobSchedule>();
}
