using System.Runtime.CompilerServices;
using Csevm.Execution;
using Csevm.Interpreter.Gas;
using Csevm.Interpreter.Memory;
using Csevm.Numerics;
using Csevm.Spec;

namespace Csevm.Interpreter.Instructions;

/// <summary>
/// MLOAD, MSTORE, MSTORE8, MSIZE, MCOPY: memory grows (and is charged for) before it is touched.
/// The first three are locals handlers (opcodes.csv): the loop passes its stack top and gas.
/// </summary>
internal static unsafe class MemoryOps
{
    // The fast path falls through to the access; the expansion rejoins it (the pointer is read
    // after it: growing may move the buffer).

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ExecutionStatus MLoad<TFork, THost>(Frame<THost> f, UInt256* top, ref long gas)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        if (!f.MemoryHolds(top[0], 32) && (gas = f.ExpandMemoryFor(top[0], 32, gas)) < 0) return ExecutionStatus.OutOfGas;
        top[0] = BigEndianWord.Load(f.Memory.ContextPointer + top[0].U0);
        return Step.Continue;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ExecutionStatus MStore<TFork, THost>(Frame<THost> f, UInt256* top, ref long gas)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        if (!f.MemoryHolds(top[0], 32) && (gas = f.ExpandMemoryFor(top[0], 32, gas)) < 0) return ExecutionStatus.OutOfGas;
        BigEndianWord.Store(f.Memory.ContextPointer + top[0].U0, top[-1]);
        return Step.Continue;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ExecutionStatus MStore8<TFork, THost>(Frame<THost> f, UInt256* top, ref long gas)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        if (!f.MemoryHolds(top[0], 1) && (gas = f.ExpandMemoryFor(top[0], 1, gas)) < 0) return ExecutionStatus.OutOfGas;
        f.Memory.ContextPointer[top[0].U0] = (byte)top[-1].U0;
        return Step.Continue;
    }

    public static ExecutionStatus MSize<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(new UInt256(f.Memory.ContextSize));

    /// <summary>MCOPY (EIP-5656): destination, source, length; memory covers both ranges, 3 gas a word.</summary>
    public static ExecutionStatus MCopy<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        UInt256* top = f.Top;
        f.Top = top - 3;
        if (top[-2].IsZero) return Step.Continue;
        if (!f.TryExpandMemory(top[0], top[-2], out ulong destination, out ulong length)
            || !f.TryExpandMemory(top[-1], top[-2], out ulong source, out _)
            || !f.TryCharge(MemoryGas.PerWord(length, MemoryGas.CopyPerWord)))
            return ExecutionStatus.OutOfGas;
        f.Memory.Copy(destination, source, length);
        return Step.Continue;
    }
}
