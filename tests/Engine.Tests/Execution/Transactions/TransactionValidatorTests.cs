using Csevm.Execution.Transactions;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;
using static Csevm.Tests.Execution.Transactions.TestTransactions;

namespace Csevm.Tests.Execution.Transactions;

public class TransactionValidatorTests
{
    private static readonly UInt256 Rich = UInt256.Parse("1000000000000000000");

    private static BlockEnvironment Block(Revision revision, long gasLimit = 30_000_000, ulong excessBlobGas = 0) => new()
    {
        GasLimit = gasLimit,
        BaseFee = revision >= Revision.London ? 7ul : 0ul,
        ExcessBlobGas = excessBlobGas,
        BlobSchedule = BlobSchedule.For(revision),
    };

    private static TransactionError Validate(Transaction transaction, Revision revision, SenderAccount? sender = null, BlockEnvironment? block = null) =>
        TransactionValidator.Validate(transaction, sender ?? new SenderAccount(transaction.Nonce, Rich, default),
            block ?? Block(revision), revision, out _);

    private static Transaction Typed(TransactionType type, Address? to = null, int blobs = 0, int authorizations = 0, byte[]? data = null,
        long gasLimit = 100_000, ulong maxFee = 10, ulong maxPriorityFee = 1) => new()
    {
        Type = type,
        Sender = Sender,
        To = to,
        GasLimit = gasLimit,
        GasPrice = maxFee,
        MaxFeePerGas = maxFee,
        MaxPriorityFeePerGas = maxPriorityFee,
        MaxFeePerBlobGas = 1,
        Data = data ?? [],
        BlobVersionedHashes = Enumerable.Range(0, blobs).Select(i => VersionedHash(0x01, (byte)i)).ToArray(),
        AuthorizationList = Enumerable.Range(0, authorizations).Select(_ => SignedAuthorization(Recipient, DelegateTarget)).ToArray(),
    };

    private static Hash256 VersionedHash(byte version, byte tag)
    {
        var bytes = new byte[32];
        bytes[0] = version;
        bytes[31] = tag;
        return new Hash256(bytes);
    }

    [Theory]
    [InlineData(TransactionType.Legacy, Revision.Frontier)]
    [InlineData(TransactionType.AccessList, Revision.Berlin)]
    [InlineData(TransactionType.DynamicFee, Revision.London)]
    [InlineData(TransactionType.Blob, Revision.Cancun)]
    [InlineData(TransactionType.SetCode, Revision.Prague)]
    public void EachTypeIsValidFromTheForkThatIntroducedIt(TransactionType type, Revision revision)
    {
        var transaction = Typed(type, Recipient, blobs: type == TransactionType.Blob ? 1 : 0, authorizations: type == TransactionType.SetCode ? 1 : 0);
        Assert.Equal(TransactionError.None, Validate(transaction, revision));
    }

    [Theory]
    [InlineData(TransactionType.AccessList, Revision.Istanbul, TransactionError.Type1TxPreFork)]
    [InlineData(TransactionType.DynamicFee, Revision.Berlin, TransactionError.Type2TxPreFork)]
    [InlineData(TransactionType.Blob, Revision.Shanghai, TransactionError.Type3TxPreFork)]
    [InlineData(TransactionType.SetCode, Revision.Cancun, TransactionError.Type4TxPreFork)]
    public void TypeBeforeItsFork_IsRejected(TransactionType type, Revision revision, TransactionError expected)
    {
        var transaction = Typed(type, Recipient, blobs: 1, authorizations: 1);
        Assert.Equal(expected, Validate(transaction, revision));
    }

    [Fact]
    public void TypedTransactionForAnotherChain_IsRejected()
    {
        var transaction = new Transaction { Type = TransactionType.DynamicFee, ChainId = 5, Sender = Sender, To = Recipient, GasLimit = 21_000, MaxFeePerGas = 10 };
        Assert.Equal(TransactionError.InvalidChainid, Validate(transaction, Revision.London));
        Assert.Equal("TransactionException.INVALID_CHAINID", TransactionErrorNames.FixtureName(TransactionError.InvalidChainid));
    }

    [Fact]
    public void BlobTransaction_CannotCreate() =>
        Assert.Equal(TransactionError.Type3TxContractCreation, Validate(Typed(TransactionType.Blob, to: null, blobs: 1), Revision.Cancun));

    [Fact]
    public void SetCodeTransaction_CannotCreate() =>
        Assert.Equal(TransactionError.Type4TxContractCreation, Validate(Typed(TransactionType.SetCode, to: null, authorizations: 1), Revision.Prague));

    [Fact]
    public void BlobTransaction_NeedsAtLeastOneBlob() =>
        Assert.Equal(TransactionError.Type3TxZeroBlobs, Validate(Typed(TransactionType.Blob, Recipient, blobs: 0), Revision.Cancun));

    [Fact]
    public void SetCodeTransaction_NeedsAnAuthorization() =>
        Assert.Equal(TransactionError.Type4EmptyAuthorizationList, Validate(Typed(TransactionType.SetCode, Recipient, authorizations: 0), Revision.Prague));

    [Fact]
    public void NonceAtTheMaximum_IsRejected_Eip2681()
    {
        var transaction = new Transaction { Sender = Sender, To = Recipient, GasLimit = 21_000, GasPrice = 10, Nonce = ulong.MaxValue };
        Assert.Equal(TransactionError.NonceIsMax, Validate(transaction, Revision.Cancun));
    }

    [Fact]
    public void GasLimitBelowIntrinsicGas_IsRejected()
    {
        Assert.Equal(TransactionError.IntrinsicGasTooLow, Validate(Call(gasLimit: 20_999), Revision.Cancun));
        Assert.Equal(TransactionError.None, Validate(Call(gasLimit: 21_000), Revision.Cancun));
    }

    [Fact]
    public void GasLimitBelowCalldataFloor_IsRejectedFromPrague_Eip7623()
    {
        // 100 non-zero bytes: intrinsic 21000 + 1600, floor 21000 + 4000.
        var transaction = Call(Bytes(0, 100), gasLimit: 24_999);
        Assert.Equal(TransactionError.IntrinsicGasBelowFloorGasCost, Validate(transaction, Revision.Prague));
        Assert.Equal(TransactionError.None, Validate(transaction, Revision.Cancun));
        Assert.Equal(TransactionError.None, Validate(Call(Bytes(0, 100), gasLimit: 25_000), Revision.Prague));
    }

    [Fact]
    public void InitCodeAbove49152Bytes_IsRejectedFromShanghai_Eip3860()
    {
        Assert.Equal(TransactionError.None, Validate(Create(new byte[49_152]), Revision.Shanghai));
        Assert.Equal(TransactionError.InitcodeSizeExceeded, Validate(Create(new byte[49_153]), Revision.Shanghai));
        Assert.Equal(TransactionError.None, Validate(Create(new byte[49_153]), Revision.Paris));
    }

    [Fact]
    public void GasLimitAbove2To24_IsRejectedFromOsaka_Eip7825()
    {
        Assert.Equal(TransactionError.None, Validate(Call(gasLimit: 1 << 24), Revision.Osaka));
        Assert.Equal(TransactionError.GasLimitExceedsMaximum, Validate(Call(gasLimit: (1 << 24) + 1), Revision.Osaka));
        Assert.Equal(TransactionError.None, Validate(Call(gasLimit: (1 << 24) + 1), Revision.Prague));
    }

    [Fact]
    public void GasLimitAboveTheBlocks_IsRejected()
    {
        var block = Block(Revision.Cancun, gasLimit: 100_000);
        Assert.Equal(TransactionError.None, Validate(Call(gasLimit: 100_000), Revision.Cancun, block: block));
        Assert.Equal(TransactionError.GasAllowanceExceeded, Validate(Call(gasLimit: 100_001), Revision.Cancun, block: block));
    }

    [Fact]
    public void BlobsBeyondTheBlockMaximum_AreRejected()
    {
        Assert.Equal(TransactionError.None, Validate(Typed(TransactionType.Blob, Recipient, blobs: 6), Revision.Cancun));
        Assert.Equal(TransactionError.Type3TxMaxBlobGasAllowanceExceeded, Validate(Typed(TransactionType.Blob, Recipient, blobs: 7), Revision.Cancun));
        Assert.Equal(TransactionError.None, Validate(Typed(TransactionType.Blob, Recipient, blobs: 9), Revision.Prague));
        Assert.Equal(TransactionError.Type3TxMaxBlobGasAllowanceExceeded, Validate(Typed(TransactionType.Blob, Recipient, blobs: 10), Revision.Prague));
    }

    [Fact]
    public void BlobsBeyondSixPerTransaction_AreRejectedFromOsaka_Eip7594()
    {
        Assert.Equal(TransactionError.None, Validate(Typed(TransactionType.Blob, Recipient, blobs: 6), Revision.Osaka));
        Assert.Equal(TransactionError.Type3TxBlobCountExceeded, Validate(Typed(TransactionType.Blob, Recipient, blobs: 7), Revision.Osaka));
    }

    [Fact]
    public void PriorityFeeAboveMaxFee_IsRejected() =>
        Assert.Equal(TransactionError.PriorityGreaterThanMaxFeePerGas,
            Validate(Typed(TransactionType.DynamicFee, Recipient, maxFee: 10, maxPriorityFee: 11), Revision.London));

    [Fact]
    public void MaxFeeBelowBaseFee_IsRejectedFromLondon_Eip1559()
    {
        Assert.Equal(TransactionError.InsufficientMaxFeePerGas, Validate(Typed(TransactionType.DynamicFee, Recipient, maxFee: 6, maxPriorityFee: 0), Revision.London));
        Assert.Equal(TransactionError.None, Validate(Typed(TransactionType.DynamicFee, Recipient, maxFee: 7, maxPriorityFee: 0), Revision.London));
    }

    [Fact]
    public void LegacyGasPriceBelowBaseFee_IsRejectedFromLondonOnly()
    {
        var cheap = Typed(TransactionType.Legacy, Recipient, maxFee: 6);
        Assert.Equal(TransactionError.InsufficientMaxFeePerGas, Validate(cheap, Revision.London));
        Assert.Equal(TransactionError.None, Validate(cheap, Revision.Berlin));
    }

    [Fact]
    public void BlobHashWithoutTheKzgVersionByte_IsRejected()
    {
        var transaction = new Transaction
        {
            Type = TransactionType.Blob, Sender = Sender, To = Recipient, GasLimit = 21_000, MaxFeePerGas = 10, MaxFeePerBlobGas = 1,
            BlobVersionedHashes = [VersionedHash(0x01, 0), VersionedHash(0x02, 1)],
        };
        Assert.Equal(TransactionError.Type3TxInvalidBlobVersionedHash, Validate(transaction, Revision.Cancun));
    }

    [Fact]
    public void MaxFeePerBlobGasBelowBlobBaseFee_IsRejected()
    {
        // Excess 0x360000 prices blob gas at 2 on the Cancun schedule; the transaction offers 1.
        var block = Block(Revision.Cancun, excessBlobGas: 0x360000);
        Assert.Equal(TransactionError.InsufficientMaxFeePerBlobGas, Validate(Typed(TransactionType.Blob, Recipient, blobs: 1), Revision.Cancun, block: block));
    }

    [Fact]
    public void NonceMustEqualTheSenders()
    {
        var transaction = Call();
        Assert.Equal(TransactionError.NonceMismatchTooLow, Validate(transaction, Revision.Cancun, new SenderAccount(1, Rich, default)));
        var ahead = new Transaction { Sender = Sender, To = Recipient, GasLimit = 21_000, GasPrice = 10, Nonce = 5 };
        Assert.Equal(TransactionError.NonceMismatchTooHigh, Validate(ahead, Revision.Cancun, new SenderAccount(4, Rich, default)));
    }

    [Fact]
    public void Balance_MustCoverGasLimitTimesPricePlusValue()
    {
        var transaction = new Transaction { Sender = Sender, To = Recipient, GasLimit = 21_000, GasPrice = 10, Value = 5 };
        Assert.Equal(TransactionError.None, Validate(transaction, Revision.Cancun, new SenderAccount(0, 210_005, default)));
        Assert.Equal(TransactionError.InsufficientAccountFunds, Validate(transaction, Revision.Cancun, new SenderAccount(0, 210_004, default)));
    }

    [Fact]
    public void Balance_UsesTheMaxFeeNotTheEffectivePrice()
    {
        var transaction = Typed(TransactionType.DynamicFee, Recipient, gasLimit: 21_000, maxFee: 100, maxPriorityFee: 1);
        Assert.Equal(TransactionError.InsufficientAccountFunds, Validate(transaction, Revision.London, new SenderAccount(0, 21_000 * 100 - 1, default)));
    }

    [Fact]
    public void Balance_MustAlsoCoverBlobGasAtTheMaxBlobFee()
    {
        var transaction = Typed(TransactionType.Blob, Recipient, blobs: 2, gasLimit: 21_000, maxFee: 10);
        ulong needed = 21_000 * 10 + 2 * 131_072 * 1;
        Assert.Equal(TransactionError.None, Validate(transaction, Revision.Cancun, new SenderAccount(0, needed, default)));
        Assert.Equal(TransactionError.InsufficientAccountFunds, Validate(transaction, Revision.Cancun, new SenderAccount(0, needed - 1, default)));
    }

    [Fact]
    public void MaxCostAbove256Bits_IsInsufficientFunds()
    {
        var transaction = new Transaction { Sender = Sender, To = Recipient, GasLimit = 21_000, GasPrice = UInt256.MaxValue >> 4 };
        Assert.False(TransactionValidator.TryGetMaxCost(transaction, out _));
        Assert.Equal(TransactionError.InsufficientAccountFunds, Validate(transaction, Revision.Cancun, new SenderAccount(0, UInt256.MaxValue, default)));
    }

    [Fact]
    public void SenderWithCode_IsRejected_Eip3607()
    {
        Assert.Equal(TransactionError.SenderNotEoa, Validate(Call(), Revision.Cancun, new SenderAccount(0, Rich, new byte[] { 0x00 })));
    }

    [Fact]
    public void SenderWithADelegation_IsAnEoaFromPrague_Eip7702()
    {
        var delegated = new SenderAccount(0, Rich, Delegation.Designator(DelegateTarget));
        Assert.Equal(TransactionError.None, Validate(Call(), Revision.Prague, delegated));
        Assert.Equal(TransactionError.SenderNotEoa, Validate(Call(), Revision.Cancun, delegated));
    }

    [Fact]
    public void Validate_ReportsTheIntrinsicGasEvenForAnInvalidTransaction()
    {
        TransactionValidator.Validate(Call(Bytes(0, 100), gasLimit: 1), new SenderAccount(0, Rich, default), Block(Revision.Prague), Revision.Prague, out var gas);
        Assert.Equal(new IntrinsicGas(22_600, 25_000), gas);
    }
}
