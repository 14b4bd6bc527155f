using Csevm.Execution;
using Csevm.Execution.Transactions;
using Csevm.Native.CApi;
using Csevm.Native.Evmc;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;

namespace Csevm.Interop;

/// <summary>
/// A world state inside libcsevm.so (csevm_state*), with the managed engine's shape: read and
/// write balances, nonces, code and storage as <see cref="WorldState"/> does, apply transactions
/// as <see cref="TransactionProcessor"/> does (same <see cref="TransactionOutcome"/>), compute the
/// state root. Errors from the library become <see cref="CsevmNativeException"/>.
/// </summary>
public sealed unsafe class NativeState : IDisposable
{
    private readonly StateSafeHandle _handle;

    public NativeState()
    {
        CsevmLibrary.Check(NativeMethods.csevm_state_create(out _handle));
    }

    /// <summary>The handle, for calls this class does not wrap.</summary>
    public StateSafeHandle Handle => _handle;

    public UInt256 GetBalance(in Address address)
    {
        CsevmLibrary.Check(NativeMethods.csevm_state_get_balance(_handle, EvmcAddress.From(address), out var balance));
        return balance.ToUInt256();
    }

    public void SetBalance(in Address address, in UInt256 balance) =>
        CsevmLibrary.Check(NativeMethods.csevm_state_set_balance(_handle, EvmcAddress.From(address), EvmcBytes32.From(balance)));

    public ulong GetNonce(in Address address)
    {
        CsevmLibrary.Check(NativeMethods.csevm_state_get_nonce(_handle, EvmcAddress.From(address), out var nonce));
        return nonce;
    }

    public void SetNonce(in Address address, ulong nonce) =>
        CsevmLibrary.Check(NativeMethods.csevm_state_set_nonce(_handle, EvmcAddress.From(address), nonce));

    public byte[] GetCode(in Address address)
    {
        var evmcAddress = EvmcAddress.From(address);
        CsevmLibrary.Check(NativeMethods.csevm_state_get_code(_handle, evmcAddress, null, 0, out var size));
        var code = new byte[(int)size];
        fixed (byte* buffer = code)
            CsevmLibrary.Check(NativeMethods.csevm_state_get_code(_handle, evmcAddress, buffer, size, out _));
        return code;
    }

    public void SetCode(in Address address, ReadOnlySpan<byte> code)
    {
        fixed (byte* bytes = code)
            CsevmLibrary.Check(NativeMethods.csevm_state_set_code(_handle, EvmcAddress.From(address), bytes, (nuint)code.Length));
    }

    public UInt256 GetStorage(in Address address, in UInt256 key)
    {
        CsevmLibrary.Check(NativeMethods.csevm_state_get_storage(_handle, EvmcAddress.From(address), EvmcBytes32.From(key), out var value));
        return value.ToUInt256();
    }

    public void SetStorage(in Address address, in UInt256 key, in UInt256 value) =>
        CsevmLibrary.Check(NativeMethods.csevm_state_set_storage(_handle, EvmcAddress.From(address), EvmcBytes32.From(key), EvmcBytes32.From(value)));

    /// <summary>The Merkle-Patricia root of the state.</summary>
    public Hash256 StateRoot()
    {
        CsevmLibrary.Check(NativeMethods.csevm_state_root(_handle, out var root));
        return root.ToHash256();
    }

    /// <summary>
    /// Applies <paramref name="transaction"/> (any type; its chain id is the block's) through
    /// csevm_execute_transaction_ex. Authorizations without a signer are left for the library to
    /// recover. An invalid transaction comes back as <see cref="TransactionOutcome.Invalid"/>, as the
    /// managed processor returns it.
    /// </summary>
    public TransactionOutcome Execute(Transaction transaction, BlockEnvironment block, Revision revision)
    {
        var data = transaction.Data.ToArray();
        // Every storage key of the access list in one array, so one pin covers them; entries point into it.
        var keys = transaction.AccessList.SelectMany(item => item.StorageKeys).Select(key => EvmcBytes32.From(key)).ToArray();
        var hashes = transaction.BlobVersionedHashes.Select(hash => EvmcBytes32.From(hash)).ToArray();
        var authorizations = transaction.AuthorizationList.Select(ToNative).ToArray();
        var entries = new CsevmAccessListEntry[transaction.AccessList.Count];
        fixed (byte* bytes = data)
        fixed (EvmcBytes32* keyPointer = keys, hashPointer = hashes)
        fixed (CsevmAuthorization* authorizationPointer = authorizations)
        fixed (CsevmAccessListEntry* entryPointer = entries)
        {
            int offset = 0;
            for (int i = 0; i < entries.Length; i++)
            {
                int count = transaction.AccessList[i].StorageKeys.Count;
                entries[i] = new CsevmAccessListEntry { Address = EvmcAddress.From(transaction.AccessList[i].Address), StorageKeys = keyPointer + offset, StorageKeyCount = (nuint)count };
                offset += count;
            }
            var native = new CsevmTransaction
            {
                Type = (int)transaction.Type,
                IsCreate = transaction.IsContractCreation ? 1 : 0,
                Sender = EvmcAddress.From(transaction.Sender),
                To = EvmcAddress.From(transaction.To ?? default),
                Nonce = transaction.Nonce,
                GasLimit = transaction.GasLimit,
                GasPrice = EvmcBytes32.From(transaction.GasPrice),
                MaxFeePerGas = EvmcBytes32.From(transaction.MaxFeePerGas),
                MaxPriorityFeePerGas = EvmcBytes32.From(transaction.MaxPriorityFeePerGas),
                Value = EvmcBytes32.From(transaction.Value),
                Data = bytes,
                DataSize = (nuint)data.Length,
            };
            var extras = new CsevmTransactionExtras
            {
                AccessList = entryPointer,
                AccessListCount = (nuint)entries.Length,
                MaxFeePerBlobGas = EvmcBytes32.From(transaction.MaxFeePerBlobGas),
                BlobVersionedHashes = hashPointer,
                BlobVersionedHashCount = (nuint)hashes.Length,
                Authorizations = authorizationPointer,
                AuthorizationCount = (nuint)authorizations.Length,
            };
            int error = NativeMethods.csevm_execute_transaction_ex(_handle, (int)revision, ToNative(block), native, extras, out var result);
            if (error == (int)CsevmError.InvalidTransaction) return TransactionOutcome.Invalid(InvalidReason());
            CsevmLibrary.Check(error);
            using (result)
            {
                var (info, output, logs) = Read(result);
                return new TransactionOutcome(TransactionError.None, (ExecutionStatus)info.Status, info.GasUsed, output,
                    info.Created != 0 ? info.CreatedAddress.ToAddress() : null, logs);
            }
        }
    }

    /// <summary>Runs a message call as csevm_execute_call does (no nonce, fees or intrinsic gas): status, gas used, refund, output, logs.</summary>
    public (ExecutionStatus Status, long GasUsed, long GasRefund, byte[] Output, LogEntry[] Logs) Call(
        in Address sender, in Address recipient, in UInt256 value, ReadOnlySpan<byte> input, long gas, BlockEnvironment block, Revision revision)
    {
        fixed (byte* bytes = input)
        {
            var call = new CsevmCall
            {
                Sender = EvmcAddress.From(sender),
                Recipient = EvmcAddress.From(recipient),
                Value = EvmcBytes32.From(value),
                Input = bytes,
                InputSize = (nuint)input.Length,
                Gas = gas,
            };
            CsevmLibrary.Check(NativeMethods.csevm_execute_call(_handle, (int)revision, ToNative(block), call, out var result));
            using (result)
            {
                var (info, output, logs) = Read(result);
                return ((ExecutionStatus)info.Status, info.GasUsed, info.GasRefund, output, logs);
            }
        }
    }

    public void Dispose() => _handle.Dispose();

    private static CsevmBlock ToNative(BlockEnvironment block) => new()
    {
        Coinbase = EvmcAddress.From(block.Coinbase),
        Number = block.Number,
        Timestamp = block.Timestamp,
        GasLimit = block.GasLimit,
        PrevRandao = EvmcBytes32.From(block.PrevRandao),
        BaseFee = EvmcBytes32.From(block.BaseFee),
        ExcessBlobGas = block.ExcessBlobGas,
        ChainId = block.ChainId.IsUlong ? block.ChainId.U0 : throw new ArgumentOutOfRangeException(nameof(block), "the C API takes a 64-bit chain id"),
    };

    private static CsevmAuthorization ToNative(Authorization authorization) => new()
    {
        ChainId = EvmcBytes32.From(authorization.ChainId),
        Address = EvmcAddress.From(authorization.Address),
        Nonce = authorization.Nonce,
        YParity = authorization.YParity.IsUlong ? authorization.YParity.U0 : ulong.MaxValue,
        R = EvmcBytes32.From(authorization.R),
        S = EvmcBytes32.From(authorization.S),
        HasSigner = authorization.Signer is null ? 0 : 1,
        Signer = EvmcAddress.From(authorization.Signer ?? default),
    };

    private static (CsevmResultInfo Info, byte[] Output, LogEntry[] Logs) Read(ResultSafeHandle result)
    {
        CsevmLibrary.Check(NativeMethods.csevm_result_get_info(result, out var info));
        var output = new byte[(int)info.OutputSize];
        fixed (byte* buffer = output)
            CsevmLibrary.Check(NativeMethods.csevm_result_output(result, buffer, (nuint)output.Length, out _));
        var logs = new LogEntry[(int)info.LogCount];
        for (int i = 0; i < logs.Length; i++)
        {
            CsevmLibrary.Check(NativeMethods.csevm_result_log(result, (nuint)i, out var log, null, 0, out var size));
            var data = new byte[(int)size];
            fixed (byte* buffer = data)
                CsevmLibrary.Check(NativeMethods.csevm_result_log(result, (nuint)i, out _, buffer, size, out _));
            var topics = new Hash256[(int)log.TopicCount];
            var all = new ReadOnlySpan<EvmcBytes32>(&log.Topic0, 4);
            for (int t = 0; t < topics.Length; t++) topics[t] = all[t].ToHash256();
            logs[i] = new LogEntry(log.Address.ToAddress(), topics, data);
        }
        return (info, output, logs);
    }

    /// <summary>The rule csevm_last_error() names ("invalid transaction: TransactionException.X"), as the engine's error.</summary>
    private static TransactionError InvalidReason()
    {
        var message = System.Runtime.InteropServices.Marshal.PtrToStringUTF8(NativeMethods.csevm_last_error()) ?? "";
        foreach (var error in Enum.GetValues<TransactionError>())
            if (error != TransactionError.None && message.EndsWith(TransactionErrorNames.FixtureName(error), StringComparison.Ordinal))
                return error;
        throw new CsevmNativeException(CsevmError.InvalidTransaction, message);
    }
}
