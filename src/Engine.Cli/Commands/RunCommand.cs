using System.Diagnostics;
using System.Text.Json;
using Csevm.Execution;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;
using Csevm.Tracing;

namespace Csevm.Cli.Commands;

/// <summary>
/// <c>csevm run</c>: runs bytecode as the top-level call of a transaction from a funded caller
/// into an account of an otherwise empty state, and prints one JSON line with the outcome.
/// <c>--setup-input</c> first runs and commits another call (e.g. one that fills storage), so the
/// measured call starts from the state it leaves.
/// The caller, callee and chain follow ../shared/peers' conventions so results compare 1:1.
/// </summary>
public static class RunCommand
{
    private const long DefaultGas = 1_000_000_000;

    public const string Usage =
        "csevm run (--code HEX | --codefile FILE) [--input HEX] [--setup-input HEX] [--gas N] [--fork NAME] [--trace] [--bench N]";

    public static int Execute(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var arguments = new Arguments(args, ["code", "codefile", "input", "setup-input", "gas", "fork", "bench"], ["trace"]);
        if (arguments.Positional.Count > 0) throw new UsageException($"unexpected argument '{arguments.Positional[0]}'");
        var code = ReadCode(arguments);
        var input = DecodeHex(arguments.Get("input") ?? "", "--input");
        var setupInput = arguments.Get("setup-input") is { } setupHex ? DecodeHex(setupHex, "--setup-input") : null;
        long gas = arguments.GetLong("gas", DefaultGas);
        var revision = ParseFork(arguments.Get("fork"));
        long benchRuns = arguments.GetLong("bench", 0);

        var pre = CodeCall.PreState(code);
        using var executor = new MessageExecutor();
        var context = CodeCall.Context;
        if (setupInput is not null)
        {
            var setupTracer = new NoTracer();
            var (setupState, setupResult) = RunOnce(executor, pre, context, revision, setupInput, gas, ref setupTracer);
            if (setupResult.Status != ExecutionStatus.Success)
            {
                stderr.WriteLine($"csevm: the --setup-input call ended with {setupResult.Status.ToDisplayName()}");
                return 1;
            }
            setupState.CommitTransaction();
            pre = new InMemoryStateSource(setupState.ToAccounts());
        }
        WorldState state;
        CallResult result;
        if (arguments.Has("trace"))
        {
            using var traceStream = Console.OpenStandardError();
            var tracer = new Eip3155Tracer(traceStream);
            (state, result) = RunOnce(executor, pre, context, revision, input, gas, ref tracer);
        }
        else
        {
            var tracer = new NoTracer();
            (state, result) = RunOnce(executor, pre, context, revision, input, gas, ref tracer);
        }

        long? medianNs = null;
        if (benchRuns > 0)
        {
            result = result with { Output = result.Output.ToArray() }; // the timed runs reuse the frame's output buffer
            medianNs = MeasureMedianNs(executor, pre, context, revision, input, gas, benchRuns, result);
        }
        stdout.WriteLine(FormatResult(result, gas, state, medianNs));
        return 0;
    }

    internal static (WorldState, CallResult) RunOnce<TTracer>(MessageExecutor executor, InMemoryStateSource pre, TxContext context,
        Revision revision, byte[] input, long gas, ref TTracer tracer)
        where TTracer : struct, ITracer
    {
        var state = new WorldState(pre);
        var result = CodeCall.Run(executor, state, context, revision, input, gas, ref tracer);
        return (state, result);
    }

    /// <summary>
    /// The median wall-clock time of <paramref name="runs"/> executions. They share one world state
    /// over <paramref name="pre"/>, rewound to the pre-state after each run (outside the timed
    /// part), as evmone's <c>--bench</c> reuses one host: a fresh state's allocations (account
    /// maps, journal) are the harness's cost, not the program's. Every run must end exactly as
    /// <paramref name="expected"/> (status, gas left, output), or this throws.
    /// </summary>
    internal static long MeasureMedianNs(MessageExecutor executor, InMemoryStateSource pre, TxContext context, Revision revision,
        byte[] input, long gas, long runs, in CallResult expected)
    {
        var expectedOutput = expected.Output.ToArray(); // the frame reuses its output buffer
        var state = new WorldState(pre);
        var samples = new long[runs];
        var tracer = new NoTracer();
        for (long i = 0; i < runs; i++)
        {
            long start = Stopwatch.GetTimestamp();
            var result = CodeCall.Run(executor, state, context, revision, input, gas, ref tracer);
            samples[i] = (long)Stopwatch.GetElapsedTime(start).TotalNanoseconds;
            if (result.Status != expected.Status || result.GasLeft != expected.GasLeft || !result.Output.Span.SequenceEqual(expectedOutput))
                throw new InvalidOperationException(
                    $"run {i + 1} ended with {result.Status.ToDisplayName()}, {result.GasLeft} gas left, output {Hex.Encode(result.Output.Span)}; " +
                    $"the first with {expected.Status.ToDisplayName()}, {expected.GasLeft} gas left, output {Hex.Encode(expectedOutput)}");
            state.RevertTransaction();
        }
        Array.Sort(samples);
        return samples[runs / 2];
    }

    private static string FormatResult(CallResult result, long gas, WorldState state, long? medianNs)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("status", result.Status.ToDisplayName());
            json.WriteNumber("gasUsed", gas - result.GasLeft);
            json.WriteNumber("gasLeft", result.GasLeft);
            json.WriteString("output", Hex.Encode(result.Output.Span));
            json.WriteStartObject("storage");
            if (state.ToAccounts().TryGetValue(CodeCall.Callee, out var callee))
                foreach (var (slot, value) in callee.Storage.OrderBy(s => s.Key))
                    json.WriteString(slot.ToString(), value.ToString());
            json.WriteEndObject();
            if (medianNs is { } ns) json.WriteNumber("medianNs", ns);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static byte[] ReadCode(Arguments arguments)
    {
        var hex = arguments.Get("code");
        var file = arguments.Get("codefile");
        if (hex is not null && file is not null) throw new UsageException("give --code or --codefile, not both");
        if (file is not null)
        {
            if (!File.Exists(file)) throw new UsageException($"--codefile: no such file '{file}'");
            hex = File.ReadAllText(file).Trim();
        }
        if (hex is null) throw new UsageException("no code: give --code HEX or --codefile FILE");
        var code = DecodeHex(hex, file is null ? "--code" : "--codefile");
        return code.Length > 0 ? code : throw new UsageException("no code: the code is empty");
    }

    internal static byte[] DecodeHex(string text, string what)
    {
        try { return Hex.Decode(text.Trim()); }
        catch (FormatException e) { throw new UsageException($"{what}: {e.Message}"); }
    }

    internal static Revision ParseFork(string? name)
    {
        if (name is null) return RevisionNames.Latest;
        try { return RevisionNames.Parse(name); }
        catch (FormatException e) { throw new UsageException(e.Message); }
    }
}
