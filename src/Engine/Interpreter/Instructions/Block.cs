using Csevm.Execution;
using Csevm.Numerics;
using Csevm.Spec;

namespace Csevm.Interpreter.Instructions;

/// <summary>The block and transaction environment: BLOCKHASH, COINBASE ... BLOBBASEFEE, and SELFBALANCE.</summary>
internal static unsafe class Block
{
    /// <summary>BLOCKHASH: the hash of one of the 256 blocks before this one, zero for any other number.</summary>
    public static ExecutionStatus BlockHash<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        ref UInt256 number = ref f.Top[0];
        long current = f.Host.GetTxContext().BlockNumber;
        bool inWindow = number.IsUlong && number.U0 < (ulong)current && number.U0 >= (ulong)Math.Max(0, current - 256);
        number = inWindow ? f.Host.GetBlockHash((long)number.U0).ToUInt256() : default;
        return Step.Continue;
    }

    public static ExecutionStatus Coinbase<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(f.Host.GetTxContext().Coinbase.ToUInt256());

    public static ExecutionStatus Timestamp<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(new UInt256((ulong)f.Host.GetTxContext().Timestamp));

    public static ExecutionStatus Number<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(new UInt256((ulong)f.Host.GetTxContext().BlockNumber));

    /// <summary>0x44: DIFFICULTY before Paris, PREVRANDAO from it on (EIP-4399); the host keeps the right one.</summary>
    public static ExecutionStatus PrevRandao<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(f.Host.GetTxContext().PrevRandao);

    public static ExecutionStatus GasLimit<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(new UInt256((ulong)f.Host.GetTxContext().GasLimit));

    public static ExecutionStatus ChainId<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(f.Host.GetTxContext().ChainId);

    public static ExecutionStatus SelfBalance<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(f.Host.GetBalance(f.Message.Recipient));

    public static ExecutionStatus BaseFee<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(f.Host.GetTxContext().BaseFee);

    public static ExecutionStatus BlobBaseFee<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(f.Host.GetTxContext().BlobBaseFee);

    /// <summary>BLOBHASH (EIP-4844): the transaction's versioned hash at the index, zero past the end.</summary>
    public static ExecutionStatus BlobHash<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        ref UInt256 index = ref f.Top[0];
        var hashes = f.Host.GetTxContext().BlobHashes;
        index = index.IsUlong && index.U0 < (ulong)hashes.Length ? hashes[(int)index.U0].ToUInt256() : default;
        return Step.Continue;
    }
}
