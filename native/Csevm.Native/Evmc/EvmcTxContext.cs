using System.Runtime.InteropServices;

namespace Csevm.Native.Evmc;

/// <summary>evmc_tx_context (ABI 12): block and transaction values, including blob hashes and TXCREATE init codes.</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct EvmcTxContext
{
    public EvmcBytes32 GasPrice;
    public EvmcAddress Origin;
    public EvmcAddress Coinbase;
    public long BlockNumber;
    public long Timestamp;
    public long GasLimit;
    public EvmcBytes32 PrevRandao;
    public EvmcBytes32 ChainId;
    public EvmcBytes32 BaseFee;
    public EvmcBytes32 BlobBaseFee;
    public EvmcBytes32* BlobHashes;
    public nuint BlobHashesCount;
    public EvmcTxInitcode* Initcodes;
    public nuint InitcodesCount;
}

/// <summary>evmc_tx_initcode: an init code of the transaction and its hash (TXCREATE; csevm reads none).</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct EvmcTxInitcode
{
    public EvmcBytes32 Hash;
    public byte* Code;
    public nuint CodeSize;
}
