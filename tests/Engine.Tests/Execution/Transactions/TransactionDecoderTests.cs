using Csevm.Execution.Transactions;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Primitives.Rlp;
using static Csevm.Tests.Execution.Transactions.TestTransactions;

namespace Csevm.Tests.Execution.Transactions;

public class TransactionDecoderTests
{
    private static byte[] Legacy(ulong v, ulong gasLimit = 21_000, byte[]? to = null)
    {
        var writer = new RlpWriter();
        var list = writer.StartList();
        writer.WriteUlong(3);                       // nonce
        writer.WriteUlong(10);                      // gas price
        writer.WriteUlong(gasLimit);
        writer.WriteBytes(to ?? Recipient.ToArray());
        writer.WriteUlong(5);                       // value
        writer.WriteBytes([0xaa, 0xbb]);            // data
        writer.WriteUlong(v);
        writer.WriteUlong(1);                       // r
        writer.WriteUlong(1);                       // s
        writer.EndList(list);
        return writer.ToArray();
    }

    /// <summary>A type-4 transaction with one access-list entry and one authorization.</summary>
    private static byte[] SetCode()
    {
        var writer = new RlpWriter();
        var list = writer.StartList();
        writer.WriteUlong(1);                       // chain id
        writer.WriteUlong(0);                       // nonce
        writer.WriteUlong(2);                       // max priority fee
        writer.WriteUlong(100);                     // max fee
        writer.WriteUlong(80_000);
        writer.WriteBytes(Recipient.ToArray());
        writer.WriteUlong(0);
        writer.WriteBytes([]);
        var accessList = writer.StartList();
        var item = writer.StartList();
        writer.WriteBytes(DelegateTarget.ToArray());
        var keys = writer.StartList();
        writer.WriteBytes(new UInt256(7).ToBigEndian());
        writer.EndList(keys);
        writer.EndList(item);
        writer.EndList(accessList);
        var authorizations = writer.StartList();
        var tuple = writer.StartList();
        writer.WriteUlong(0);                       // any chain
        writer.WriteBytes(DelegateTarget.ToArray());
        writer.WriteUlong(9);
        writer.WriteUlong(1);                       // y parity
        writer.WriteUlong(11);                      // r
        writer.WriteUlong(12);                      // s
        writer.EndList(tuple);
        writer.EndList(authorizations);
        writer.WriteUlong(0);                       // y parity
        writer.WriteUlong(1);                       // r
        writer.WriteUlong(1);                       // s
        writer.EndList(list);
        return [(byte)TransactionType.SetCode, .. writer.Written];
    }

    private static Transaction Decode(byte[] encoded)
    {
        Assert.True(TransactionDecoder.TryDecode(encoded, Sender, out var transaction, out var error), error.ToString());
        return transaction;
    }

    private static TransactionError Failure(byte[] encoded)
    {
        Assert.False(TransactionDecoder.TryDecode(encoded, Sender, out var transaction, out var error));
        Assert.Null(transaction);
        return error;
    }

    [Fact]
    public void Legacy_ReadsEveryField()
    {
        var transaction = Decode(Legacy(v: 37));
        Assert.Equal(TransactionType.Legacy, transaction.Type);
        Assert.Equal(3ul, transaction.Nonce);
        Assert.Equal(new UInt256(10), transaction.GasPrice);
        Assert.Equal(21_000, transaction.GasLimit);
        Assert.Equal(Recipient, transaction.To);
        Assert.Equal(new UInt256(5), transaction.Value);
        Assert.Equal(new byte[] { 0xaa, 0xbb }, transaction.Data.ToArray());
        Assert.Equal(Sender, transaction.Sender);
    }

    [Theory]
    [InlineData(27ul, null)]
    [InlineData(28ul, null)]
    [InlineData(37ul, 1ul)]
    [InlineData(38ul, 1ul)]
    [InlineData(2 * 1337ul + 35, 1337ul)]
    public void Legacy_ChainIdComesFromV_Eip155(ulong v, ulong? chainId) =>
        Assert.Equal(chainId is { } id ? new UInt256(id) : null, Decode(Legacy(v)).ChainId);

    [Fact]
    public void Legacy_VThatIsNeitherPre155Nor155_IsAnInvalidSignature() =>
        Assert.Equal(TransactionError.InvalidSignatureVrs, Failure(Legacy(v: 30)));

    [Fact]
    public void EmptyRecipient_IsACreation() => Assert.Null(Decode(Legacy(v: 27, to: [])).To);

    [Fact]
    public void RecipientOfWrongLength_IsMalformed() =>
        Assert.Equal(TransactionError.RlpInvalidValue, Failure(Legacy(v: 27, to: new byte[19])));

    [Fact]
    public void GasLimitAboveLong_FitsNoBlock() =>
        Assert.Equal(TransactionError.GasAllowanceExceeded, Failure(Legacy(v: 27, gasLimit: 1ul << 63)));

    [Fact]
    public void SetCode_ReadsAccessListAndAuthorizationsWithoutSigners()
    {
        var transaction = Decode(SetCode());
        Assert.Equal(TransactionType.SetCode, transaction.Type);
        Assert.Equal(new UInt256(100), transaction.MaxFeePerGas);
        Assert.Equal(new UInt256(2), transaction.MaxPriorityFeePerGas);
        var item = Assert.Single(transaction.AccessList);
        Assert.Equal(DelegateTarget, item.Address);
        Assert.Equal([new UInt256(7)], item.StorageKeys);
        var authorization = Assert.Single(transaction.AuthorizationList);
        Assert.Equal(new Authorization { ChainId = 0, Address = DelegateTarget, Nonce = 9, YParity = 1, R = 11, S = 12, Signer = null }, authorization);
    }

    [Fact]
    public void UnknownTypeByte_IsNotSupported() =>
        Assert.Equal(TransactionError.TypeNotSupported, Failure([0x05, 0xc0]));

    [Fact]
    public void TruncatedOrTrailingBytes_AreMalformed()
    {
        var encoded = SetCode();
        Assert.Equal(TransactionError.RlpInvalidValue, Failure(encoded[..^1]));
        Assert.Equal(TransactionError.RlpInvalidValue, Failure([.. encoded, 0x00]));
        Assert.Equal(TransactionError.RlpInvalidValue, Failure([]));
    }
}
