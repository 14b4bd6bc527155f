using System.Runtime.CompilerServices;
using Csevm.Execution;
using Csevm.Interpreter.Analysis;
using Csevm.Interpreter.Instructions;
using Csevm.Interpreter.Memory;
using Csevm.Numerics;
using Csevm.Spec;
using Csevm.Tracing;

namespace Csevm.Interpreter;

/// <summary>
/// The interpreter, specialised per fork, host, tracer (and dispatch variant) by generics. The
/// loop is generated from the spec (Dispatch.g.cs): one stack-height check and one static-gas
/// charge per basic block from the code's block costs (per instruction from the fork's tables when
/// tracing, or in the block where a frame halts), then the handlers.
/// Program counter, gas and stack top live in the loop's locals.
/// </summary>
public static unsafe class EvmInterpreter
{
    /// <summary>Runs <paramref name="frame"/> until it halts or suspends for a call (see <see cref="Frame{THost}"/>).</summary>
    public static FrameOutcome Run<TFork, THost, TTracer>(Frame<THost> frame, ref TTracer tracer)
        where TFork : struct, IFork
        where THost : struct, IHost
        where TTracer : struct, ITracer =>
        Run<TFork, THost, TTracer, HybridDispatch>(frame, ref tracer);

    /// <summary>Runs <paramref name="frame"/> with the loop specialised for <paramref name="revision"/>.</summary>
    public static FrameOutcome Run<THost, TTracer>(Revision revision, Frame<THost> frame, ref TTracer tracer)
        where THost : struct, IHost
        where TTracer : struct, ITracer
    {
        var run = new ForkRun<THost, TTracer> { Frame = frame, Tracer = tracer };
        var outcome = Forks.Dispatch<ForkRun<THost, TTracer>, FrameOutcome>(revision, ref run);
        tracer = run.Tracer;
        return outcome;
    }

    /// <summary>Runs with <typeparamref name="TDispatch"/>'s loop: checked per basic block, or per instruction when tracing (every step is seen with its own gas).</summary>
    internal static FrameOutcome Run<TFork, THost, TTracer, TDispatch>(Frame<THost> f, ref TTracer tracer)
        where TFork : struct, IFork
        where THost : struct, IHost
        where TTracer : struct, ITracer
        where TDispatch : struct, IDispatch =>
        TTracer.IsEnabled
            ? Run<TFork, THost, TTracer, TDispatch, InstructionChecks>(f, ref tracer)
            : Run<TFork, THost, TTracer, TDispatch, BlockChecks>(f, ref tracer);

    internal static FrameOutcome Run<TFork, THost, TTracer, TDispatch, TChecks>(Frame<THost> f, ref TTracer tracer)
        where TFork : struct, IFork
        where THost : struct, IHost
        where TTracer : struct, ITracer
        where TDispatch : struct, IDispatch
        where TChecks : struct, ICheckMode
    {
        var status = Dispatch<TFork, THost>.Run<TTracer, TDispatch, TChecks>(f, ref tracer);
        if (status == Step.Suspend) return FrameOutcome.Suspended;
        f.Status = status;
        if (TTracer.IsEnabled) tracer.OnFrameEnd(status, f.Depth + 1);
        return FrameOutcome.Halted;
    }

    /// <summary>The tracer hook before every instruction (called from the generated loop when tracing is on).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void TraceStep<TFork, THost, TTracer>(Frame<THost> f, ref TTracer tracer, byte op, int pc, long gas, UInt256* bottom, int height)
        where TFork : struct, IFork
        where THost : struct, IHost
        where TTracer : struct, ITracer =>
        tracer.OnStep(pc, op, gas, TFork.StaticGas[op], f.Memory.ContextSize, new ReadOnlySpan<UInt256>(bottom, height), f.Depth + 1, f.Refund);

    /// <summary>
    /// Runs a single top-level frame: <paramref name="message"/> executing <paramref name="code"/>
    /// in <paramref name="memory"/> (an active context). Nested calls and creates go to
    /// <paramref name="answerCall"/>; without one they end the frame with
    /// <see cref="ExecutionStatus.Rejected"/> (the frame-stack executor runs them for real).
    /// </summary>
    public static CallResult Execute<THost, TTracer>(Revision revision, in THost host, Message message, AnalyzedCode code,
        MemoryContext memory, ref TTracer tracer, Func<Message, CallResult>? answerCall = null)
        where THost : struct, IHost
        where TTracer : struct, ITracer
    {
        var frame = SingleFramePool<THost>.Frames.At(message.Depth);
        frame.Start(host, message, code, memory);
        CallResult result;
        while (true)
        {
            if (Run(revision, frame, ref tracer) == FrameOutcome.Halted)
            {
                result = frame.Result;
                break;
            }
            if (answerCall is null)
            {
                result = new CallResult(ExecutionStatus.Rejected, 0, 0, UnsupportedNestedCall);
                if (TTracer.IsEnabled) tracer.OnFrameEnd(result.Status, frame.Depth + 1);
                break;
            }
            frame.Resume(answerCall(frame.PendingCall));
        }
        if (TTracer.IsEnabled) tracer.OnTransactionEnd(result.Output.Span, message.Gas - result.GasLeft, result.Status);
        return result;
    }

    /// <inheritdoc cref="Execute{THost, TTracer}"/>
    public static CallResult Execute<THost>(Revision revision, in THost host, Message message, AnalyzedCode code, MemoryContext memory,
        Func<Message, CallResult>? answerCall = null)
        where THost : struct, IHost
    {
        var tracer = new NoTracer();
        return Execute(revision, host, message, code, memory, ref tracer, answerCall);
    }

    /// <summary>The output of a frame rejected for making a nested call without an executor to run it.</summary>
    public static readonly ReadOnlyMemory<byte> UnsupportedNestedCall = "unsupported nested call: CALL/CREATE need the frame-stack executor"u8.ToArray();

    private struct ForkRun<THost, TTracer> : IForkVisitor<FrameOutcome>
        where THost : struct, IHost
        where TTracer : struct, ITracer
    {
        public Frame<THost> Frame;
        public TTracer Tracer;

        public FrameOutcome Visit<TFork>() where TFork : struct, IFork => Run<TFork, THost, TTracer>(Frame, ref Tracer);
    }

    /// <summary>The single-frame driver's frames, one pool per thread and host type (by depth, so an answerCall may run the child here too).</summary>
    private static class SingleFramePool<THost>
        where THost : struct, IHost
    {
        [ThreadStatic] private static FramePool<THost>? t_frames;
        public static FramePool<THost> Frames => t_frames ??= new FramePool<THost>();
    }
}
