using System.Runtime.InteropServices;
using Csevm.Execution.Transactions;
using Csevm.Native.Evmc;

namespace Csevm.Native.CApi;

/// <summary>csevm_transaction: a legacy (type 0) or EIP-1559 (type 2) transaction, already signed by <see cref="Sender"/>.</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct CsevmTransaction
{
    public int Type;
    /// <summary>Non-zero: a contract creation with <see cref="Data"/> as init code; <see cref="To"/> is ignored.</summary>
    public int IsCreate;
    public EvmcAddress Sender;
    public EvmcAddress To;
    public ulong Nonce;
    public long GasLimit;
    public EvmcBytes32 GasPrice;
    public EvmcBytes32 MaxFeePerGas;
    public EvmcBytes32 MaxPriorityFeePerGas;
    public EvmcBytes32 Value;
    public byte* Data;
    public nuint DataSize;

    public readonly Transaction ToTransaction(ulong chainId)
    {
        if (Type is not ((int)TransactionType.Legacy or (int)TransactionType.DynamicFee))
            throw new CsevmException(CsevmError.InvalidArgument, $"transaction type {Type} is not supported by the C API (0 legacy, 2 EIP-1559)");
        if (GasLimit < 0) throw new CsevmException(CsevmError.InvalidArgument, $"gas limit {GasLimit} is negative");
        return new Transaction
        {
            Type = (TransactionType)Type,
            ChainId = chainId,
            Sender = Sender.ToAddress(),
            To = IsCreate != 0 ? null : To.ToAddress(),
            Nonce = Nonce,
            GasLimit = GasLimit,
            GasPrice = GasPrice.ToUInt256(),
            MaxFeePerGas = MaxFeePerGas.ToUInt256(),
            MaxPriorityFeePerGas = MaxPriorityFeePerGas.ToUInt256(),
            Value = Value.ToUInt256(),
            Data = Boundary.Bytes(Data, DataSize, "data").ToArray(),
        };
    }
}
