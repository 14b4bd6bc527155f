using Csevm.Execution;
using Csevm.Interpreter;
using Csevm.Interpreter.Analysis;
using Csevm.Interpreter.Memory;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.Tracing;

namespace Csevm.Tests.Interpreter.Blocks;

/// <summary>
/// Runs one program as a top-level frame with a chosen fork, dispatch variant and check mode, and
/// records everything an executor or the state can observe: the result, the gas and stack height
/// at each suspension, the storage, transient storage, logs and warm sets.
/// </summary>
internal static class CheckModeRunner
{
    public sealed record Observed(
        ExecutionStatus Status, long GasLeft, long Refund, string Output,
        string Suspensions, string Storage, string Transient, int Logs, int WarmSlots)
    {
        public override string ToString() =>
            $"{Status} gas {GasLeft} refund {Refund} output {Output} calls [{Suspensions}] storage [{Storage}] transient [{Transient}] logs {Logs} warm {WarmSlots}";
    }

    public static Observed Run<TFork, TDispatch, TChecks>(byte[] code, long gas, bool isStatic = false)
        where TFork : struct, IFork
        where TDispatch : struct, IDispatch
        where TChecks : struct, ICheckMode
    {
        var world = new TestWorld();
        world.Balances[Evm.Contract] = new UInt256(1_000_000);
        var message = new Message
        {
            Kind = CallKind.Call, Gas = gas, Recipient = Evm.Contract, Sender = Evm.Caller, CodeAddress = Evm.Contract,
            IsStatic = isStatic, Input = CallData,
        };
        using var memory = new SharedMemory();
        using var frame = new Frame<TestHost>();
        frame.Start(world.Host, message, new AnalyzedCode(code), memory.Root);
        var tracer = new NoTracer();
        var suspensions = new List<string>();
        while (EvmInterpreter.Run<TFork, TestHost, NoTracer, TDispatch, TChecks>(frame, ref tracer) == FrameOutcome.Suspended)
        {
            var call = frame.PendingCall;
            suspensions.Add($"{call.Kind} gas {call.Gas} left {frame.Gas} height {frame.StackItems.Length}");
            // The child gives back a third of its gas and returns 40 bytes; every other one fails.
            bool success = suspensions.Count % 2 == 1;
            frame.Resume(new CallResult(success ? ExecutionStatus.Success : ExecutionStatus.Revert, call.Gas / 3, 0, ChildOutput));
        }
        var result = frame.Result;
        return new Observed(result.Status, result.GasLeft, result.GasRefund, Hex.Encode(result.Output.Span),
            string.Join("; ", suspensions),
            string.Join(",", world.Storage.OrderBy(e => e.Key.Item2).Select(e => $"{e.Key.Item2}={e.Value}")),
            string.Join(",", world.Transient.OrderBy(e => e.Key.Item2).Select(e => $"{e.Key.Item2}={e.Value}")),
            world.Logs.Count, world.WarmSlots.Count);
    }

    private static readonly byte[] CallData = Enumerable.Range(1, 70).Select(i => (byte)(i * 7)).ToArray();
    private static readonly byte[] ChildOutput = Enumerable.Range(1, 40).Select(i => (byte)i).ToArray();
}
