using Csevm.Execution.Transactions;

namespace Csevm.Tests.Execution.Transactions;

public class TransactionErrorNamesTests
{
    [Theory]
    [InlineData(TransactionError.IntrinsicGasTooLow, "TransactionException.INTRINSIC_GAS_TOO_LOW")]
    [InlineData(TransactionError.IntrinsicGasBelowFloorGasCost, "TransactionException.INTRINSIC_GAS_BELOW_FLOOR_GAS_COST")]
    [InlineData(TransactionError.InitcodeSizeExceeded, "TransactionException.INITCODE_SIZE_EXCEEDED")]
    [InlineData(TransactionError.SenderNotEoa, "TransactionException.SENDER_NOT_EOA")]
    [InlineData(TransactionError.Type3TxMaxBlobGasAllowanceExceeded, "TransactionException.TYPE_3_TX_MAX_BLOB_GAS_ALLOWANCE_EXCEEDED")]
    [InlineData(TransactionError.Type4EmptyAuthorizationList, "TransactionException.TYPE_4_EMPTY_AUTHORIZATION_LIST")]
    [InlineData(TransactionError.NonceMismatchTooHigh, "TransactionException.NONCE_MISMATCH_TOO_HIGH")]
    [InlineData(TransactionError.RlpInvalidValue, "TransactionException.RLP_INVALID_VALUE")]
    public void FixtureName_IsTheEestSpelling(TransactionError error, string expected) =>
        Assert.Equal(expected, TransactionErrorNames.FixtureName(error));

    [Fact]
    public void FixtureName_RoundTripsThroughParseForEveryReason()
    {
        foreach (var error in Enum.GetValues<TransactionError>())
            if (error != TransactionError.None)
                Assert.Equal([error], TransactionErrorNames.Parse(TransactionErrorNames.FixtureName(error)));
    }

    [Fact]
    public void Matches_AcceptsAnyAlternativeOfAPipeList()
    {
        const string expected = "TransactionException.INSUFFICIENT_ACCOUNT_FUNDS|TransactionException.INTRINSIC_GAS_TOO_LOW";
        Assert.True(TransactionErrorNames.Matches(TransactionError.InsufficientAccountFunds, expected));
        Assert.True(TransactionErrorNames.Matches(TransactionError.IntrinsicGasTooLow, expected));
        Assert.False(TransactionErrorNames.Matches(TransactionError.SenderNotEoa, expected));
    }

    [Fact]
    public void Matches_NeverAcceptsAValidTransaction() =>
        Assert.False(TransactionErrorNames.Matches(TransactionError.None, "TransactionException.INTRINSIC_GAS_TOO_LOW"));

    [Theory]
    [InlineData("TR_NoFunds", TransactionError.InsufficientAccountFunds)]
    [InlineData("IntrinsicGas", TransactionError.IntrinsicGasTooLow)]
    [InlineData("SenderNotEOA", TransactionError.SenderNotEoa)]
    [InlineData("TR_TypeNotSupported", TransactionError.Type2TxPreFork)]
    [InlineData("TR_TipGtFeeCap", TransactionError.PriorityGreaterThanMaxFeePerGas)]
    [InlineData("TR_BLOBCREATE", TransactionError.Type3TxContractCreation)]
    [InlineData("TransactionException.GASLIMIT_PRICE_PRODUCT_OVERFLOW", TransactionError.InsufficientAccountFunds)]
    public void Matches_UnderstandsRetestethAndOverflowSpellings(string name, TransactionError error) =>
        Assert.True(TransactionErrorNames.Matches(error, name));

    [Fact]
    public void Parse_UnknownNameStandsForNothing() =>
        Assert.Empty(TransactionErrorNames.Parse("TransactionException.SOMETHING_NEW"));
}
