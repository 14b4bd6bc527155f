using System.Runtime.CompilerServices;
using Csevm.Execution;
using Csevm.Numerics;
using Csevm.Spec;

namespace Csevm.Interpreter.Instructions;

/// <summary>Control flow: STOP, JUMP, JUMPI, PC, GAS, JUMPDEST, RETURN, REVERT, INVALID.</summary>
internal static unsafe class Flow
{
    public static ExecutionStatus Stop<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => ExecutionStatus.Success;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ExecutionStatus Jump<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        ref readonly UInt256 destination = ref f.Top[0];
        if (!destination.IsUlong || !f.Analysis.IsJumpDestination(destination.U0)) return ExecutionStatus.BadJumpDestination;
        f.Pc = (int)destination.U0;
        f.Top--;
        return Step.Continue;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ExecutionStatus JumpI<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        UInt256* top = f.Top;
        f.Top = top - 2;
        if (top[-1].IsZero) return Step.Continue;
        if (!top[0].IsUlong || !f.Analysis.IsJumpDestination(top[0].U0)) return ExecutionStatus.BadJumpDestination;
        f.Pc = (int)top[0].U0;
        return Step.Continue;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256* JumpDest(UInt256* top) => top;

    /// <summary>PC: the offset of this instruction (the loop has already moved past it).</summary>
    public static ExecutionStatus Pc<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(new UInt256((ulong)(f.Pc - 1)));

    /// <summary>GAS: what is left after this instruction's own cost.</summary>
    public static ExecutionStatus Gas<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => f.Push(new UInt256((ulong)f.Gas));

    public static ExecutionStatus Return<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => End(f, ExecutionStatus.Success);

    public static ExecutionStatus Revert<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => End(f, ExecutionStatus.Revert);

    public static ExecutionStatus Invalid<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost => ExecutionStatus.InvalidInstruction;

    private static ExecutionStatus End<THost>(Frame<THost> f, ExecutionStatus status)
        where THost : struct, IHost
    {
        UInt256* top = f.Top;
        if (!f.TryExpandMemory(top[0], top[-1], out ulong offset, out ulong length)) return ExecutionStatus.OutOfGas;
        f.Top = top - 2;
        f.SetOutput(offset, length);
        return status;
    }
}
