using Csevm.Execution.Transactions;
using Csevm.Spec;

namespace Csevm.Tests.Execution.Transactions;

public class GasAccountingTests
{
    [Theory]
    [InlineData(Revision.Frontier, 2)]
    [InlineData(Revision.Berlin, 2)]
    [InlineData(Revision.London, 5)]
    [InlineData(Revision.Osaka, 5)]
    public void RefundCap_IsHalfBeforeLondonAndAFifthAfter_Eip3529(Revision revision, long quotient) =>
        Assert.Equal(quotient, GasAccounting.MaxRefundQuotient(revision));

    [Fact]
    public void GasUsed_BeforeLondon_RefundCappedAtHalf() =>
        // 50000 used, 30000 counter: the refund is capped at 25000.
        Assert.Equal(25_000, GasAccounting.GasUsed(gasLimit: 80_000, gasLeft: 30_000, refundCounter: 30_000, floorGas: 0, Revision.Berlin));

    [Fact]
    public void GasUsed_FromLondon_RefundCappedAtAFifth() =>
        Assert.Equal(40_000, GasAccounting.GasUsed(gasLimit: 80_000, gasLeft: 30_000, refundCounter: 30_000, floorGas: 0, Revision.London));

    [Fact]
    public void GasUsed_SmallCounterIsRefundedInFull() =>
        Assert.Equal(49_000, GasAccounting.GasUsed(gasLimit: 80_000, gasLeft: 30_000, refundCounter: 1_000, floorGas: 0, Revision.London));

    [Fact]
    public void GasUsed_NeverBelowTheCalldataFloor_Eip7623()
    {
        // 30000 used, refund 6000 (the cap) leaves 24000; the floor lifts it to 25000.
        Assert.Equal(25_000, GasAccounting.GasUsed(gasLimit: 40_000, gasLeft: 10_000, refundCounter: 9_000, floorGas: 25_000, Revision.Prague));
        Assert.Equal(24_000, GasAccounting.GasUsed(gasLimit: 40_000, gasLeft: 10_000, refundCounter: 9_000, floorGas: 0, Revision.Prague));
    }

    [Fact]
    public void GasUsed_RejectsImpossibleInputs()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GasAccounting.GasUsed(100, 101, 0, 0, Revision.London));
        Assert.Throws<ArgumentOutOfRangeException>(() => GasAccounting.GasUsed(100, -1, 0, 0, Revision.London));
        Assert.Throws<ArgumentOutOfRangeException>(() => GasAccounting.GasUsed(100, 0, -1, 0, Revision.London));
    }
}
