using Csevm.Execution.Transactions;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Native.Evmc;

namespace Csevm.Native.CApi;

/// <summary>A csevm_transaction and its optional csevm_transaction_extras as the engine's <see cref="Transaction"/>, every pointer checked.</summary>
internal static unsafe class TransactionFromC
{
    public static Transaction Convert(in CsevmTransaction t, CsevmTransactionExtras* extras, ulong chainId)
    {
        if (t.Type is < (int)TransactionType.Legacy or > (int)TransactionType.SetCode)
            throw new CsevmException(CsevmError.InvalidArgument, $"transaction type {t.Type} is not one of 0 (legacy) .. 4 (EIP-7702)");
        if (t.GasLimit < 0) throw new CsevmException(CsevmError.InvalidArgument, $"gas limit {t.GasLimit} is negative");
        var none = default(CsevmTransactionExtras);
        ref readonly var x = ref extras == null ? ref none : ref *extras;
        var type = (TransactionType)t.Type;
        Carries(type, x.AccessListCount, type != TransactionType.Legacy, "an access list");
        Carries(type, x.BlobVersionedHashCount, type == TransactionType.Blob, "blob versioned hashes");
        Carries(type, x.AuthorizationCount, type == TransactionType.SetCode, "authorizations");
        return new Transaction
        {
            Type = type,
            ChainId = chainId,
            Sender = t.Sender.ToAddress(),
            To = t.IsCreate != 0 ? null : t.To.ToAddress(),
            Nonce = t.Nonce,
            GasLimit = t.GasLimit,
            GasPrice = t.GasPrice.ToUInt256(),
            MaxFeePerGas = t.MaxFeePerGas.ToUInt256(),
            MaxPriorityFeePerGas = t.MaxPriorityFeePerGas.ToUInt256(),
            Value = t.Value.ToUInt256(),
            Data = Boundary.Bytes(t.Data, t.DataSize, "data").ToArray(),
            AccessList = AccessList(x.AccessList, x.AccessListCount),
            MaxFeePerBlobGas = x.MaxFeePerBlobGas.ToUInt256(),
            BlobVersionedHashes = [.. Items(x.BlobVersionedHashes, x.BlobVersionedHashCount, "blob_versioned_hashes").ToArray().Select(h => h.ToHash256())],
            AuthorizationList = Authorizations(x.Authorizations, x.AuthorizationCount),
        };
    }

    private static AccessListItem[] AccessList(CsevmAccessListEntry* entries, nuint count)
    {
        var items = Items(entries, count, "access_list");
        var list = new AccessListItem[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            var keys = Items(items[i].StorageKeys, items[i].StorageKeyCount, $"access_list[{i}].storage_keys");
            var storageKeys = new UInt256[keys.Length];
            for (int k = 0; k < keys.Length; k++) storageKeys[k] = keys[k].ToUInt256();
            list[i] = new AccessListItem(items[i].Address.ToAddress(), storageKeys);
        }
        return list;
    }

    private static Authorization[] Authorizations(CsevmAuthorization* tuples, nuint count)
    {
        var items = Items(tuples, count, "authorizations");
        var list = new Authorization[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            var authorization = new Authorization
            {
                ChainId = items[i].ChainId.ToUInt256(),
                Address = items[i].Address.ToAddress(),
                Nonce = items[i].Nonce,
                YParity = items[i].YParity,
                R = items[i].R.ToUInt256(),
                S = items[i].S.ToUInt256(),
            };
            list[i] = authorization with { Signer = items[i].HasSigner != 0 ? items[i].Signer.ToAddress() : AuthorizationSigner.Recover(authorization) };
        }
        return list;
    }

    /// <summary>An encoded transaction of <paramref name="type"/> has no field for the list, so the C API accepts none either.</summary>
    private static void Carries(TransactionType type, nuint count, bool typeHasIt, string what)
    {
        if (count != 0 && !typeHasIt)
            throw new CsevmException(CsevmError.InvalidArgument, $"a type {(int)type} transaction carries no {what}");
    }

    /// <summary>A (pointer, count) array from C: NULL only with count 0, and a byte size a span can hold.</summary>
    private static ReadOnlySpan<T> Items<T>(T* items, nuint count, string name) where T : unmanaged
    {
        if (items == null && count != 0) throw new CsevmException(CsevmError.InvalidArgument, $"{name} is NULL but its count is {count}");
        if (count > (nuint)(Array.MaxLength / sizeof(T))) throw new CsevmException(CsevmError.InvalidArgument, $"{name} count {count} is too large");
        return new ReadOnlySpan<T>(items, (int)count);
    }
}
