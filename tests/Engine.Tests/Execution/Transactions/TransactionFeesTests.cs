using Csevm.Execution.Transactions;
using Csevm.Numerics;
using Csevm.Spec;
using static Csevm.Tests.Execution.Transactions.TestTransactions;

namespace Csevm.Tests.Execution.Transactions;

public class TransactionFeesTests
{
    private static BlockEnvironment Block(ulong baseFee, ulong excessBlobGas = 0, Revision revision = Revision.Cancun) => new()
    {
        GasLimit = 30_000_000,
        BaseFee = baseFee,
        ExcessBlobGas = excessBlobGas,
        BlobSchedule = BlobSchedule.For(revision),
    };

    private static Transaction DynamicFee(ulong maxFee, ulong maxPriorityFee, int blobs = 0) => new()
    {
        Type = blobs > 0 ? TransactionType.Blob : TransactionType.DynamicFee,
        Sender = Sender,
        To = Recipient,
        GasLimit = 50_000,
        MaxFeePerGas = maxFee,
        MaxPriorityFeePerGas = maxPriorityFee,
        MaxFeePerBlobGas = 100,
        BlobVersionedHashes = Enumerable.Range(0, blobs).Select(_ => new Csevm.Primitives.Hash256(new byte[32])).ToArray(),
    };

    [Fact]
    public void LegacyPrice_PaysTheGasPriceAndTipsAboveTheBaseFee()
    {
        var fees = TransactionFees.For(Call(), Block(baseFee: 7), Revision.London);
        Assert.Equal(new UInt256(10), fees.EffectiveGasPrice);
        Assert.Equal(new UInt256(3), fees.PriorityFeePerGas);
    }

    [Fact]
    public void BeforeLondon_TheCoinbaseEarnsTheWholeGasPrice()
    {
        var fees = TransactionFees.For(Call(), Block(baseFee: 0, revision: Revision.Berlin), Revision.Berlin);
        Assert.Equal(new UInt256(10), fees.PriorityFeePerGas);
    }

    [Fact]
    public void DynamicFee_PaysBaseFeePlusFullTipWhenTheCapAllows_Eip1559()
    {
        var fees = TransactionFees.For(DynamicFee(maxFee: 100, maxPriorityFee: 10), Block(baseFee: 50), Revision.London);
        Assert.Equal(new UInt256(60), fees.EffectiveGasPrice);
        Assert.Equal(new UInt256(10), fees.PriorityFeePerGas);
    }

    [Fact]
    public void DynamicFee_TipIsCutToStayWithinTheMaxFee_Eip1559()
    {
        var fees = TransactionFees.For(DynamicFee(maxFee: 100, maxPriorityFee: 10), Block(baseFee: 95), Revision.London);
        Assert.Equal(new UInt256(100), fees.EffectiveGasPrice);
        Assert.Equal(new UInt256(5), fees.PriorityFeePerGas);
    }

    [Fact]
    public void Totals_SplitBetweenSenderRefundCoinbaseAndBurn()
    {
        var fees = TransactionFees.For(DynamicFee(maxFee: 100, maxPriorityFee: 10), Block(baseFee: 50), Revision.London);
        Assert.Equal(new UInt256(50_000 * 60), fees.UpfrontCharge(50_000));
        Assert.Equal(new UInt256(20_000 * 60), fees.SenderRefund(50_000, 30_000));
        Assert.Equal(new UInt256(30_000 * 10), fees.CoinbaseReward(30_000));
        // What is neither refunded nor earned is the burned base fee: 30000 × 50.
        Assert.Equal(fees.UpfrontCharge(50_000) - fees.SenderRefund(50_000, 30_000) - fees.CoinbaseReward(30_000), new UInt256(30_000 * 50));
    }

    [Fact]
    public void BlobFee_IsBlobGasTimesBlobBaseFeeAndChargedUpfront_Eip4844()
    {
        // Excess 0x360000 prices blob gas at 2 on the Cancun schedule.
        var fees = TransactionFees.For(DynamicFee(maxFee: 100, maxPriorityFee: 10, blobs: 2), Block(baseFee: 50, excessBlobGas: 0x360000), Revision.Cancun);
        Assert.Equal(2ul * 131_072, fees.BlobGasUsed);
        Assert.Equal(new UInt256(2 * 131_072 * 2), fees.BlobFee);
        Assert.Equal(new UInt256(50_000 * 60 + 2 * 131_072 * 2), fees.UpfrontCharge(50_000));
    }

    [Fact]
    public void NonBlobTransaction_HasNoBlobFee()
    {
        var fees = TransactionFees.For(Call(), Block(baseFee: 7), Revision.Cancun);
        Assert.Equal(0ul, fees.BlobGasUsed);
        Assert.Equal(UInt256.Zero, fees.BlobFee);
    }
}
