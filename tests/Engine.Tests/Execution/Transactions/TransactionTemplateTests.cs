using Csevm.Execution.Transactions;
using Csevm.Numerics;
using Csevm.Primitives;
using static Csevm.Tests.Execution.Transactions.TestTransactions;

namespace Csevm.Tests.Execution.Transactions;

public class TransactionTemplateTests
{
    private static TransactionTemplate Legacy(IReadOnlyList<IReadOnlyList<AccessListItem>?>? accessLists = null) => new()
    {
        Data = [new byte[] { 1 }, new byte[] { 2, 3 }],
        GasLimits = [50_000, 60_000],
        Values = [UInt256.Zero, new UInt256(7)],
        Nonce = 3,
        To = Recipient,
        Sender = Sender,
        GasPrice = 10,
        AccessLists = accessLists,
    };

    [Fact]
    public void TryBuild_PicksTheIndexedVariants()
    {
        Assert.True(Legacy().TryBuild(1, 0, 1, out var transaction, out var error));
        Assert.Equal(TransactionError.None, error);
        Assert.Equal(TransactionType.Legacy, transaction.Type);
        Assert.Equal(new byte[] { 2, 3 }, transaction.Data.ToArray());
        Assert.Equal(50_000, transaction.GasLimit);
        Assert.Equal(new UInt256(7), transaction.Value);
        Assert.Equal(3ul, transaction.Nonce);
        Assert.Equal(Recipient, transaction.To);
        Assert.Equal(new UInt256(10), transaction.GasPrice);
    }

    [Fact]
    public void Type_IsAccessListOnlyForDataVariantsWithANonNullAccessList()
    {
        var template = Legacy([null, [new AccessListItem(Recipient, [UInt256.One])]]);
        Assert.Equal(TransactionType.Legacy, template.TypeFor(0));
        Assert.Equal(TransactionType.AccessList, template.TypeFor(1));
        Assert.True(template.TryBuild(1, 0, 0, out var transaction, out _));
        Assert.Single(transaction.AccessList);
        Assert.True(template.TryBuild(0, 0, 0, out transaction, out _));
        Assert.Empty(transaction.AccessList);
    }

    [Fact]
    public void Type_FollowsTheNewestFeaturePresent()
    {
        var dynamicFee = new TransactionTemplate
        {
            Data = [ReadOnlyMemory<byte>.Empty], GasLimits = [21_000], Values = [UInt256.Zero], Sender = Sender,
            MaxFeePerGas = 10, MaxPriorityFeePerGas = 1, AccessLists = [[]],
        };
        Assert.Equal(TransactionType.DynamicFee, dynamicFee.TypeFor(0));

        var blob = new TransactionTemplate
        {
            Data = [ReadOnlyMemory<byte>.Empty], GasLimits = [21_000], Values = [UInt256.Zero], Sender = Sender,
            MaxFeePerGas = 10, MaxPriorityFeePerGas = 1, MaxFeePerBlobGas = 1, BlobVersionedHashes = [],
        };
        Assert.Equal(TransactionType.Blob, blob.TypeFor(0));

        var setCode = new TransactionTemplate
        {
            Data = [ReadOnlyMemory<byte>.Empty], GasLimits = [21_000], Values = [UInt256.Zero], Sender = Sender,
            MaxFeePerGas = 10, MaxPriorityFeePerGas = 1, AuthorizationList = [SignedAuthorization(Sender, DelegateTarget)],
        };
        Assert.Equal(TransactionType.SetCode, setCode.TypeFor(0));
        Assert.True(setCode.TryBuild(0, 0, 0, out var transaction, out _));
        Assert.Single(transaction.AuthorizationList);
        Assert.Equal(new UInt256(10), transaction.MaxFeePerGas);
    }

    [Fact]
    public void TryBuild_ValueAbove256BitsIsAnInvalidTransaction()
    {
        var template = new TransactionTemplate
        {
            Data = [ReadOnlyMemory<byte>.Empty], GasLimits = [21_000], Values = [null], Sender = Sender, GasPrice = 1,
        };
        Assert.False(template.TryBuild(0, 0, 0, out var transaction, out var error));
        Assert.Null(transaction);
        Assert.Equal(TransactionError.RlpInvalidValue, error);
    }

    [Fact]
    public void TryBuild_GasLimitAboveLongIsAnInvalidTransaction()
    {
        var template = new TransactionTemplate
        {
            Data = [ReadOnlyMemory<byte>.Empty], GasLimits = [ulong.MaxValue], Values = [UInt256.Zero], Sender = Sender, GasPrice = 1,
        };
        Assert.False(template.TryBuild(0, 0, 0, out _, out var error));
        Assert.Equal(TransactionError.GasAllowanceExceeded, error);
    }

    [Theory]
    [InlineData(2, 0, 0)]
    [InlineData(0, 2, 0)]
    [InlineData(0, 0, -1)]
    public void TryBuild_IndexOutsideTheTemplateThrows(int data, int gas, int value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Legacy().TryBuild(data, gas, value, out _, out _));

    [Fact]
    public void NegativeGasLimitIsRejectedByTheModel() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Transaction { Sender = Address.Zero, GasLimit = -1 });
}
