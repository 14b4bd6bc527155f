using Csevm.Execution;
using Csevm.Interpreter.Gas;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;

namespace Csevm.Interpreter.Instructions;

/// <summary>LOG0-LOG4: 375 gas plus 375 a topic (in the static table), 8 a data byte, plus memory.</summary>
internal static unsafe class Logs
{
    public static ExecutionStatus Log0<TFork, THost>(Frame<THost> f) where TFork : struct, IFork where THost : struct, IHost => Log(f, 0);
    public static ExecutionStatus Log1<TFork, THost>(Frame<THost> f) where TFork : struct, IFork where THost : struct, IHost => Log(f, 1);
    public static ExecutionStatus Log2<TFork, THost>(Frame<THost> f) where TFork : struct, IFork where THost : struct, IHost => Log(f, 2);
    public static ExecutionStatus Log3<TFork, THost>(Frame<THost> f) where TFork : struct, IFork where THost : struct, IHost => Log(f, 3);
    public static ExecutionStatus Log4<TFork, THost>(Frame<THost> f) where TFork : struct, IFork where THost : struct, IHost => Log(f, 4);

    private static ExecutionStatus Log<THost>(Frame<THost> f, int topicCount)
        where THost : struct, IHost
    {
        if (f.Message.IsStatic) return ExecutionStatus.StaticModeViolation;
        UInt256* top = f.Top;
        f.Top = top - 2 - topicCount;
        if (!f.TryExpandMemory(top[0], top[-1], out ulong offset, out ulong length)
            || !f.TryCharge((long)length * MemoryGas.LogPerByte))
            return ExecutionStatus.OutOfGas;
        Span<Hash256> topics = stackalloc Hash256[topicCount];
        for (int i = 0; i < topicCount; i++) topics[i] = Hash256.FromUInt256(top[-2 - i]);
        f.Host.EmitLog(f.Message.Recipient, f.Memory.GetSlice(offset, length), topics);
        return Step.Continue;
    }
}
