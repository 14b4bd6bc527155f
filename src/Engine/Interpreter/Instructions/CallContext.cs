using Csevm.Execution;
using Csevm.Interpreter.Gas;
using Csevm.Numerics;
using Csevm.Spec;

namespace Csevm.Interpreter.Instructions;

/// <summary>What the frame knows about its own call: ADDRESS, CALLER, CALLVALUE, call data, code, return data, ORIGIN, GASPRICE.</summary>
internal static unsafe class CallContext
{
    public static ExecutionStatus Address<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(f.Message.Recipient.ToUInt256());

    public static ExecutionStatus Caller<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(f.Message.Sender.ToUInt256());

    public static ExecutionStatus CallValue<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(f.Message.Value);

    public static ExecutionStatus Origin<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(f.Host.GetTxContext().Origin.ToUInt256());

    public static ExecutionStatus GasPrice<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(f.Host.GetTxContext().GasPrice);

    public static ExecutionStatus CallDataSize<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(new UInt256((ulong)f.Message.Input.Length));

    public static ExecutionStatus CodeSize<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(new UInt256((ulong)f.Analysis.Length));

    public static ExecutionStatus ReturnDataSize<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(new UInt256((ulong)f.ReturnData.Length));

    /// <summary>CALLDATALOAD: the 32 bytes at the offset, zeros past the end of the call data.</summary>
    public static ExecutionStatus CallDataLoad<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        UInt256* top = f.Top;
        var input = f.Message.Input.Span;
        if (!top[0].IsUlong || top[0].U0 >= (ulong)input.Length)
        {
            top[0] = default;
            return Step.Continue;
        }
        var start = (int)top[0].U0;
        Span<byte> word = stackalloc byte[32];
        word.Clear();
        input.Slice(start, Math.Min(32, input.Length - start)).CopyTo(word);
        top[0] = UInt256.FromBigEndian(word);
        return Step.Continue;
    }

    public static ExecutionStatus CallDataCopy<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => CopyToMemory(f, f.Message.Input.Span);

    public static ExecutionStatus CodeCopy<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => CopyToMemory(f, f.Analysis.Bytes.Span);

    /// <summary>RETURNDATACOPY (EIP-211): reading past the end of the return data is an exceptional halt, not zeros.</summary>
    public static ExecutionStatus ReturnDataCopy<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        UInt256* top = f.Top;
        f.Top = top - 3;
        if (!f.TryExpandMemory(top[0], top[-2], out ulong destination, out ulong length)) return ExecutionStatus.OutOfGas;
        ulong available = (ulong)f.ReturnData.Length;
        if (!top[-1].IsUlong || top[-1].U0 > available || length > available - top[-1].U0) return ExecutionStatus.InvalidMemoryAccess;
        if (!f.TryCharge(MemoryGas.PerWord(length, MemoryGas.CopyPerWord))) return ExecutionStatus.OutOfGas;
        f.Memory.WritePadded(destination, f.ReturnData.Span, top[-1].U0, length);
        return Step.Continue;
    }

    /// <summary>The three-operand copies (memory offset, source offset, length): memory, 3 gas a word, zeros past the source's end.</summary>
    internal static ExecutionStatus CopyToMemory<THost>(Frame<THost> f, ReadOnlySpan<byte> source)
        where THost : struct, IHost
    {
        UInt256* top = f.Top;
        f.Top = top - 3;
        return CopyToMemory(f, source, top[0], top[-1], top[-2]);
    }

    internal static ExecutionStatus CopyToMemory<THost>(Frame<THost> f, ReadOnlySpan<byte> source, in UInt256 memoryOffset, in UInt256 sourceOffset, in UInt256 length)
        where THost : struct, IHost
    {
        if (!f.TryExpandMemory(memoryOffset, length, out ulong destination, out ulong size)
            || !f.TryCharge(MemoryGas.PerWord(size, MemoryGas.CopyPerWord)))
            return ExecutionStatus.OutOfGas;
        f.Memory.WritePadded(destination, source, sourceOffset.IsUlong ? sourceOffset.U0 : ulong.MaxValue, size);
        return Step.Continue;
    }
}
