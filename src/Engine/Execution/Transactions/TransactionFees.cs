using Csevm.Numerics;
using Csevm.Spec;

namespace Csevm.Execution.Transactions;

/// <summary>
/// What a valid transaction pays in its block, per gas and in total: the effective gas price the
/// sender is charged, the part of it the coinbase earns (the rest, the base fee, is burned from
/// London on), and the EIP-4844 blob fee, which is burned and never refunded.
/// </summary>
public readonly record struct TransactionFees(UInt256 EffectiveGasPrice, UInt256 PriorityFeePerGas, ulong BlobGasUsed, UInt256 BlobFee)
{
    /// <summary>
    /// The fees of <paramref name="transaction"/> in <paramref name="block"/>. Assumes the
    /// transaction passed <see cref="TransactionValidator"/> (so max fee ≥ base fee).
    /// </summary>
    public static TransactionFees For(Transaction transaction, BlockEnvironment block, Revision revision)
    {
        var effective = EffectiveGasPriceOf(transaction, block.BaseFee);
        // Before London there is no base fee: the miner earns the whole price.
        var priority = revision >= Revision.London ? effective - block.BaseFee : effective;
        ulong blobGas = BlobGas.ForBlobs(transaction.BlobVersionedHashes.Count);
        var blobFee = blobGas == 0 ? UInt256.Zero : block.BlobBaseFee * blobGas;
        return new TransactionFees(effective, priority, blobGas, blobFee);
    }

    /// <summary>
    /// EIP-1559: the price per gas actually paid. One price for types 0 and 1; for fee-capped types
    /// the base fee plus the tip, with the tip cut so the total stays within the max fee.
    /// </summary>
    public static UInt256 EffectiveGasPriceOf(Transaction transaction, in UInt256 baseFee)
    {
        if (!transaction.HasFeeCaps) return transaction.GasPrice;
        var headroom = transaction.MaxFeePerGas - baseFee;
        var tip = transaction.MaxPriorityFeePerGas < headroom ? transaction.MaxPriorityFeePerGas : headroom;
        return baseFee + tip;
    }

    /// <summary>Taken from the sender before execution: gas limit × effective price, plus the blob fee.</summary>
    public UInt256 UpfrontCharge(long gasLimit) => EffectiveGasPrice * (ulong)gasLimit + BlobFee;

    /// <summary>Given back to the sender after execution: the unused gas at the effective price.</summary>
    public UInt256 SenderRefund(long gasLimit, long gasUsed) => EffectiveGasPrice * (ulong)(gasLimit - gasUsed);

    /// <summary>Credited to the coinbase: gas used × priority fee per gas.</summary>
    public UInt256 CoinbaseReward(long gasUsed) => PriorityFeePerGas * (ulong)gasUsed;
}
