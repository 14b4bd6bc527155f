using System.Runtime.InteropServices;
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
}
