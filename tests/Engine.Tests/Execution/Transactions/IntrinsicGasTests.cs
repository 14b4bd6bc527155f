using Csevm.Execution.Transactions;
using Csevm.Numerics;
using Csevm.Spec;
using static Csevm.Tests.Execution.Transactions.TestTransactions;

namespace Csevm.Tests.Execution.Transactions;

public class IntrinsicGasTests
{
    [Fact]
    public void PlainCall_Costs21000InEveryRevision()
    {
        foreach (var revision in Enum.GetValues<Revision>())
            Assert.Equal(21_000, IntrinsicGas.Of(Call(), revision).Standard);
    }

    [Theory]
    [InlineData(Revision.Frontier, 21_000)]
    [InlineData(Revision.Homestead, 53_000)]
    [InlineData(Revision.Paris, 53_000)]
    public void Create_AddsContractCreationCostFromHomestead(Revision revision, long expected) =>
        Assert.Equal(expected, IntrinsicGas.Of(Create([]), revision).Standard);

    [Theory]
    [InlineData(Revision.Frontier, 21_000 + 3 * 4 + 5 * 68)]
    [InlineData(Revision.Petersburg, 21_000 + 3 * 4 + 5 * 68)]
    [InlineData(Revision.Istanbul, 21_000 + 3 * 4 + 5 * 16)]
    [InlineData(Revision.Osaka, 21_000 + 3 * 4 + 5 * 16)]
    public void Calldata_NonZeroBytesCost68BeforeIstanbulAnd16After_Eip2028(Revision revision, long expected) =>
        Assert.Equal(expected, IntrinsicGas.Of(Call(Bytes(3, 5)), revision).Standard);

    [Fact]
    public void AccessList_Costs2400PerAddressAnd1900PerKey_Eip2930()
    {
        var transaction = new Transaction
        {
            Type = TransactionType.AccessList,
            Sender = Sender,
            To = Recipient,
            AccessList =
            [
                new AccessListItem(Recipient, [UInt256.One, new UInt256(2)]),
                new AccessListItem(DelegateTarget, [UInt256.Zero]),
            ],
        };
        Assert.Equal(21_000 + 2 * 2_400 + 3 * 1_900, IntrinsicGas.Of(transaction, Revision.Berlin).Standard);
    }

    [Theory]
    [InlineData(Revision.Paris, 21_000 + 32_000 + 33 * 16)]
    [InlineData(Revision.Shanghai, 21_000 + 32_000 + 33 * 16 + 2 * 2)]
    public void InitCode_Costs2PerWordFromShanghai_Eip3860(Revision revision, long expected) =>
        Assert.Equal(expected, IntrinsicGas.Of(Create(Bytes(0, 33)), revision).Standard);

    [Fact]
    public void InitCodeWords_IgnoreCallTransactions()
    {
        Assert.Equal(21_000 + 33 * 16, IntrinsicGas.Of(Call(Bytes(0, 33)), Revision.Shanghai).Standard);
    }

    [Fact]
    public void Authorizations_Cost25000Each_Eip7702()
    {
        var transaction = new Transaction
        {
            Type = TransactionType.SetCode,
            Sender = Sender,
            To = Recipient,
            AuthorizationList = [SignedAuthorization(Recipient, DelegateTarget), SignedAuthorization(DelegateTarget, Recipient)],
        };
        Assert.Equal(21_000 + 2 * 25_000, IntrinsicGas.Of(transaction, Revision.Prague).Standard);
    }

    [Fact]
    public void Floor_CountsZeroBytesOnceAndNonZeroFourTimes_Eip7623()
    {
        var gas = IntrinsicGas.Of(Call(Bytes(10, 10)), Revision.Prague);
        Assert.Equal(21_000 + 10 * 4 + 10 * 16, gas.Standard);
        Assert.Equal(21_000 + 10 * (10 + 4 * 10), gas.Floor);
        Assert.Equal(gas.Floor, gas.Required);
    }

    [Fact]
    public void Floor_IsZeroBeforePrague()
    {
        var gas = IntrinsicGas.Of(Call(Bytes(10, 10)), Revision.Cancun);
        Assert.Equal(0, gas.Floor);
        Assert.Equal(gas.Standard, gas.Required);
    }

    [Fact]
    public void Floor_OfEmptyCalldataIsTheBaseCost()
    {
        Assert.Equal(21_000, IntrinsicGas.Of(Call(), Revision.Prague).Floor);
    }

    [Fact]
    public void Required_IsStandardWhenItExceedsTheFloor()
    {
        // A creation pays 32000 on top: the floor (21000 + 10 per token) stays below it.
        var gas = IntrinsicGas.Of(Create(Bytes(0, 4)), Revision.Prague);
        Assert.Equal(21_000 + 32_000 + 4 * 16 + 2, gas.Required);
        Assert.Equal(21_000 + 160, gas.Floor);
    }
}
