using Csevm.Execution.Transactions;
using Csevm.Numerics;
using Csevm.Spec;

namespace Csevm.Tests.Execution.Transactions;

public class BlobGasTests
{
    // Expected values are the EIP-4844 reference algorithm run in Python on the same inputs.
    [Theory]
    [InlineData(1ul, 0ul, 1ul, 1ul)]
    [InlineData(38493ul, 0ul, 1000ul, 38493ul)]
    [InlineData(0ul, 1234ul, 2345ul, 0ul)]
    [InlineData(1ul, 2ul, 1ul, 6ul)]
    [InlineData(1ul, 4ul, 2ul, 6ul)]
    [InlineData(1ul, 3ul, 1ul, 16ul)]
    [InlineData(1ul, 6ul, 2ul, 18ul)]
    [InlineData(1ul, 4ul, 1ul, 49ul)]
    [InlineData(1ul, 8ul, 2ul, 50ul)]
    [InlineData(10ul, 8ul, 2ul, 542ul)]
    [InlineData(11ul, 8ul, 2ul, 596ul)]
    [InlineData(1ul, 5ul, 1ul, 136ul)]
    [InlineData(1ul, 5ul, 2ul, 11ul)]
    [InlineData(2ul, 5ul, 2ul, 23ul)]
    [InlineData(1ul, 50_000_000ul, 2_225_652ul, 5_709_098_764ul)]
    public void FakeExponential_MatchesTheEip4844Algorithm(ulong factor, ulong numerator, ulong denominator, ulong expected) =>
        Assert.Equal(new UInt256(expected), BlobGas.FakeExponential(factor, numerator, denominator));

    [Fact]
    public void FakeExponential_SaturatesInsteadOfOverflowing() =>
        Assert.Equal(UInt256.MaxValue, BlobGas.FakeExponential(UInt256.MaxValue, 10, 1));

    [Fact]
    public void FakeExponential_RejectsZeroDenominator() =>
        Assert.Throws<DivideByZeroException>(() => BlobGas.FakeExponential(1, 1, 0));

    [Theory]
    [InlineData(0ul, 1ul)]
    [InlineData(0x360000ul, 2ul)]
    [InlineData(10ul * 6 * 131_072, 10ul)]
    public void BaseFee_CancunSchedule(ulong excessBlobGas, ulong expected) =>
        Assert.Equal(new UInt256(expected), BlobGas.BaseFee(excessBlobGas, BlobSchedule.Cancun));

    [Fact]
    public void BaseFee_PragueReactsSlowerThanCancun_Eip7691()
    {
        ulong excess = 100ul * 131_072;
        Assert.True((ulong)BlobGas.BaseFee(excess, BlobSchedule.Prague) < (ulong)BlobGas.BaseFee(excess, BlobSchedule.Cancun));
    }

    [Theory]
    [InlineData(Revision.Cancun, 6)]
    [InlineData(Revision.Prague, 9)]
    [InlineData(Revision.Osaka, 6)]
    public void MaxBlobsPerTransaction_ByFork_Eip7594(Revision revision, int expected) =>
        Assert.Equal(expected, BlobGas.MaxBlobsPerTransaction(revision, BlobSchedule.For(revision)));

    [Fact]
    public void Schedule_PerFork()
    {
        Assert.Equal(BlobSchedule.None, BlobSchedule.For(Revision.Shanghai));
        Assert.Equal(new BlobSchedule(3, 6, 3_338_477), BlobSchedule.For(Revision.Cancun));
        Assert.Equal(new BlobSchedule(6, 9, 5_007_716), BlobSchedule.For(Revision.Osaka));
        Assert.Equal(9ul * 131_072, BlobSchedule.Prague.MaxBlobGasPerBlock);
    }
}
