using Csevm.Execution;
using Csevm.Interpreter;
using Csevm.Interpreter.Analysis;
using Csevm.Interpreter.Memory;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.Tracing;

namespace Csevm.Tests.Interpreter;

/// <summary>Runs hand-assembled bytecode (hex) as one top-level frame and reports the outcome.</summary>
internal static class Evm
{
    public static readonly Address Contract = Address.FromNumber(0xc0de);
    public static readonly Address Caller = Address.FromNumber(0xca11);

    /// <summary>MSTORE the top of the stack at 0 and RETURN those 32 bytes: 15 gas when memory is still empty (12 after).</summary>
    public const string ReturnTop = "60005260206000f3";
    public const long ReturnTopGas = 3 + (3 + 3) + 3 + 3 + 0;

    public sealed record Outcome(CallResult Result, long GasUsed)
    {
        public ExecutionStatus Status => Result.Status;
        public UInt256 Word => UInt256.FromBigEndian(Result.Output.Span);
    }

    public static Outcome Run(string hex, Revision revision = Revision.Osaka, long gas = 1_000_000, TestWorld? world = null,
        bool isStatic = false, byte[]? input = null, UInt256 value = default, Func<Message, CallResult>? answerCall = null, int depth = 0)
    {
        var tracer = new NoTracer();
        return Run(hex, ref tracer, revision, gas, world, isStatic, input, value, answerCall, depth);
    }

    public static Outcome Run<TTracer>(string hex, ref TTracer tracer, Revision revision = Revision.Osaka, long gas = 1_000_000, TestWorld? world = null,
        bool isStatic = false, byte[]? input = null, UInt256 value = default, Func<Message, CallResult>? answerCall = null, int depth = 0)
        where TTracer : struct, ITracer
    {
        world ??= new TestWorld();
        var message = new Message
        {
            Kind = CallKind.Call, Gas = gas, Recipient = Contract, Sender = Caller, CodeAddress = Contract,
            IsStatic = isStatic, Input = input ?? [], Value = value, Depth = depth,
        };
        using var memory = new SharedMemory();
        var code = new AnalyzedCode(Hex.Decode(hex.Replace(" ", "")));
        var result = EvmInterpreter.Execute(revision, world.Host, message, code, memory.Root, ref tracer, answerCall);
        // The output lives in the pooled frame: copy it before the next run reuses the buffer.
        result = result with { Output = result.Output.ToArray() };
        return new Outcome(result, gas - result.GasLeft);
    }

    /// <summary>PUSH32 of a value, as hex.</summary>
    public static string Push(UInt256 value) => "7f" + Convert.ToHexStringLower(value.ToBigEndian());
}
