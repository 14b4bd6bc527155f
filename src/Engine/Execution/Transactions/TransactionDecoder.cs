using System.Diagnostics.CodeAnalysis;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Primitives.Rlp;

namespace Csevm.Execution.Transactions;

/// <summary>
/// Reads a transaction as it travels on the wire (a state test's <c>txbytes</c>): an RLP list for
/// legacy transactions, <c>type ‖ RLP(payload)</c> for EIP-2718 typed ones. Signatures are read
/// but not recovered: the caller supplies the sender, and authorization tuples come out without
/// a signer.
/// </summary>
public static class TransactionDecoder
{
    /// <summary>A decoding failure with the reason to report (RLP errors are <see cref="TransactionError.RlpInvalidValue"/>).</summary>
    private sealed class InvalidEncodingException(TransactionError error, string message) : Exception(message)
    {
        public TransactionError Error { get; } = error;
    }

    /// <summary>Decodes <paramref name="encoded"/>, or says why it is not a transaction.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> encoded, Address sender,
        [NotNullWhen(true)] out Transaction? transaction, out TransactionError error)
    {
        transaction = null;
        try
        {
            if (encoded.IsEmpty) throw new RlpException("an empty transaction");
            transaction = encoded[0] >= RlpEncoding.EmptyList
                ? DecodeLegacy(encoded, sender)
                : DecodeTyped(encoded[0], encoded[1..], sender);
            error = TransactionError.None;
            return true;
        }
        catch (RlpException)
        {
            error = TransactionError.RlpInvalidValue;
        }
        catch (InvalidEncodingException invalid)
        {
            error = invalid.Error;
        }
        return false;
    }

    /// <summary>[nonce, gasPrice, gas, to, value, data, v, r, s]; v carries the EIP-155 chain id.</summary>
    private static Transaction DecodeLegacy(ReadOnlySpan<byte> encoded, Address sender)
    {
        var outer = new RlpReader(encoded);
        var fields = outer.EnterList();
        outer.ExpectEnd();
        ulong nonce = fields.ReadUlong();
        var gasPrice = fields.ReadUInt256();
        long gasLimit = ReadGasLimit(ref fields);
        var to = ReadRecipient(ref fields);
        var value = fields.ReadUInt256();
        var data = fields.ReadBytes().ToArray();
        var v = fields.ReadUInt256();
        fields.ReadUInt256();
        fields.ReadUInt256();
        fields.ExpectEnd();
        return new Transaction
        {
            Type = TransactionType.Legacy, ChainId = ChainIdFromV(v), Nonce = nonce, GasPrice = gasPrice,
            GasLimit = gasLimit, To = to, Value = value, Data = data, Sender = sender,
        };
    }

    private static Transaction DecodeTyped(byte typeByte, ReadOnlySpan<byte> payload, Address sender)
    {
        if (typeByte is < (byte)TransactionType.AccessList or > (byte)TransactionType.SetCode)
            throw new InvalidEncodingException(TransactionError.TypeNotSupported, $"unknown transaction type 0x{typeByte:x2}");
        var type = (TransactionType)typeByte;
        var outer = new RlpReader(payload);
        var fields = outer.EnterList();
        outer.ExpectEnd();

        var chainId = fields.ReadUInt256();
        ulong nonce = fields.ReadUlong();
        UInt256 gasPrice = default, maxPriorityFee = default, maxFee = default;
        if (type == TransactionType.AccessList)
        {
            gasPrice = fields.ReadUInt256();
        }
        else
        {
            maxPriorityFee = fields.ReadUInt256();
            maxFee = fields.ReadUInt256();
        }
        long gasLimit = ReadGasLimit(ref fields);
        var to = ReadRecipient(ref fields);
        var value = fields.ReadUInt256();
        var data = fields.ReadBytes().ToArray();
        var accessList = ReadAccessList(ref fields);

        UInt256 maxFeePerBlobGas = default;
        Hash256[] blobHashes = [];
        Authorization[] authorizations = [];
        if (type == TransactionType.Blob)
        {
            maxFeePerBlobGas = fields.ReadUInt256();
            blobHashes = ReadBlobHashes(ref fields);
        }
        else if (type == TransactionType.SetCode)
        {
            authorizations = ReadAuthorizations(ref fields);
        }
        ReadSignature(ref fields);
        fields.ExpectEnd();

        return new Transaction
        {
            Type = type, ChainId = chainId, Nonce = nonce, GasPrice = gasPrice, MaxPriorityFeePerGas = maxPriorityFee,
            MaxFeePerGas = maxFee, GasLimit = gasLimit, To = to, Value = value, Data = data, AccessList = accessList,
            MaxFeePerBlobGas = maxFeePerBlobGas, BlobVersionedHashes = blobHashes, AuthorizationList = authorizations,
            Sender = sender,
        };
    }

    /// <summary>v = 27/28 before EIP-155 (no chain id), chainId × 2 + 35/36 after.</summary>
    private static UInt256? ChainIdFromV(in UInt256 v)
    {
        if (v == 27 || v == 28) return null;
        if (v < 35) throw new InvalidEncodingException(TransactionError.InvalidSignatureVrs, $"legacy signature v = {v} is neither 27/28 nor EIP-155");
        return (v - 35) >> 1;
    }

    /// <summary>A gas limit above 2^63-1 fits no block.</summary>
    private static long ReadGasLimit(ref RlpReader fields)
    {
        ulong gasLimit = fields.ReadUlong();
        return gasLimit <= long.MaxValue
            ? (long)gasLimit
            : throw new InvalidEncodingException(TransactionError.GasAllowanceExceeded, $"gas limit {gasLimit} exceeds any block");
    }

    /// <summary>Empty for a creation, otherwise exactly 20 bytes. Types 3 and 4 forbid creation: the validator reports that by name.</summary>
    private static Address? ReadRecipient(ref RlpReader fields)
    {
        var bytes = fields.ReadBytes();
        return bytes.IsEmpty ? null : ToAddress(bytes);
    }

    private static AccessListItem[] ReadAccessList(ref RlpReader fields)
    {
        var list = fields.EnterList();
        var items = new List<AccessListItem>();
        while (list.HasMore)
        {
            var item = list.EnterList();
            var address = ToAddress(item.ReadBytes());
            var keysReader = item.EnterList();
            item.ExpectEnd();
            var keys = new List<UInt256>();
            while (keysReader.HasMore) keys.Add(UInt256.FromBigEndian(Exactly(32, keysReader.ReadBytes(), "a storage key")));
            items.Add(new AccessListItem(address, keys));
        }
        return [.. items];
    }

    private static Hash256[] ReadBlobHashes(ref RlpReader fields)
    {
        var list = fields.EnterList();
        var hashes = new List<Hash256>();
        while (list.HasMore) hashes.Add(new Hash256(Exactly(Hash256.Size, list.ReadBytes(), "a blob versioned hash")));
        return [.. hashes];
    }

    /// <summary>[[chainId, address, nonce, yParity, r, s], ...]; the signer stays unknown.</summary>
    private static Authorization[] ReadAuthorizations(ref RlpReader fields)
    {
        var list = fields.EnterList();
        var authorizations = new List<Authorization>();
        while (list.HasMore)
        {
            var tuple = list.EnterList();
            authorizations.Add(new Authorization
            {
                ChainId = tuple.ReadUInt256(),
                Address = ToAddress(tuple.ReadBytes()),
                Nonce = tuple.ReadUlong(),
                YParity = tuple.ReadUInt256(),
                R = tuple.ReadUInt256(),
                S = tuple.ReadUInt256(),
            });
            tuple.ExpectEnd();
        }
        return [.. authorizations];
    }

    private static void ReadSignature(ref RlpReader fields)
    {
        fields.ReadUInt256();
        fields.ReadUInt256();
        fields.ReadUInt256();
    }

    private static Address ToAddress(ReadOnlySpan<byte> bytes) => new(Exactly(Address.Size, bytes, "an address"));

    private static ReadOnlySpan<byte> Exactly(int length, ReadOnlySpan<byte> bytes, string what) =>
        bytes.Length == length ? bytes : throw new RlpException($"{what} must be {length} bytes, got {bytes.Length}");
}
