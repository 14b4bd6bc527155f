using System.Runtime.InteropServices;
using Csevm.Execution.Transactions;
using Csevm.Native.Evmc;
using Csevm.Spec;

namespace Csevm.Native.CApi;

/// <summary>csevm_block: the block a transaction or call runs in.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct CsevmBlock
{
    public EvmcAddress Coinbase;
    public long Number;
    public long Timestamp;
    public long GasLimit;
    public EvmcBytes32 PrevRandao;
    public EvmcBytes32 BaseFee;
    public ulong ExcessBlobGas;
    public ulong ChainId;

    /// <summary>The engine's block, with the blob schedule of <paramref name="revision"/>.</summary>
    public readonly BlockEnvironment ToEnvironment(Revision revision) => new()
    {
        Coinbase = Coinbase.ToAddress(),
        Number = Number,
        Timestamp = Timestamp,
        GasLimit = GasLimit,
        PrevRandao = PrevRandao.ToUInt256(),
        BaseFee = BaseFee.ToUInt256(),
        ExcessBlobGas = ExcessBlobGas,
        BlobSchedule = BlobSchedule.For(revision),
        ChainId = ChainId,
    };
}
