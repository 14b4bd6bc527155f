using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Execution.Transactions;

/// <summary>
/// The block a transaction runs in: what validation and fees read, and what the block opcodes
/// see through <see cref="CreateTxContext"/>.
/// </summary>
public sealed class BlockEnvironment
{
    private UInt256? _blobBaseFee;

    public Address Coinbase { get; init; }
    public long Number { get; init; }
    public long Timestamp { get; init; }
    public long GasLimit { get; init; }
    /// <summary>DIFFICULTY before Paris, PREVRANDAO from Paris on: the caller picks by fork.</summary>
    public UInt256 PrevRandao { get; init; }
    /// <summary>EIP-1559 base fee per gas (zero before London).</summary>
    public UInt256 BaseFee { get; init; }
    public ulong ExcessBlobGas { get; init; }
    /// <summary>Set it from Cancun on (<see cref="BlobSchedule.For"/> or the fixture's config): the default allows no blobs.</summary>
    public BlobSchedule BlobSchedule { get; init; } = BlobSchedule.None;
    public UInt256 ChainId { get; init; } = 1;

    /// <summary>EIP-4844 blob base fee of this block, computed once from the excess blob gas and the schedule.</summary>
    public UInt256 BlobBaseFee => _blobBaseFee ??= BlobGas.BaseFee(ExcessBlobGas, BlobSchedule);

    /// <summary>The environment the opcodes of <paramref name="transaction"/> read, at the price it actually pays per gas.</summary>
    public TxContext CreateTxContext(Transaction transaction, in UInt256 effectiveGasPrice) => new()
    {
        GasPrice = effectiveGasPrice,
        Origin = transaction.Sender,
        Coinbase = Coinbase,
        BlockNumber = Number,
        Timestamp = Timestamp,
        GasLimit = GasLimit,
        PrevRandao = PrevRandao,
        ChainId = ChainId,
        BaseFee = BaseFee,
        BlobBaseFee = BlobBaseFee,
        BlobHashes = transaction.BlobVersionedHashes as Hash256[] ?? [.. transaction.BlobVersionedHashes],
    };
}
