using System.Text.Json;
using Csevm.Execution;
using Csevm.Tracing;

namespace Csevm.Cli.Commands;

/// <summary>
/// <c>csevm bench</c>: times one program as <c>csevm run</c> would execute it (same caller, callee,
/// chain; every execution starts from the same pre-state, see <see cref="RunCommand.MeasureMedianNs"/>),
/// after one warm-up execution on a fresh state, and prints one JSON line with
/// the median nanoseconds per execution and Mgas/s (execution gas of the top-level frame / median).
/// </summary>
public static class BenchCommand
{
    private const long DefaultRuns = 10;
    private const long DefaultGas = 1_000_000_000;

    public const string Usage = "csevm bench (--code HEX | --codefile FILE) [--input HEX] [--gas N] [--fork NAME] [--runs N]";

    public static int Execute(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var arguments = new Arguments(args, ["code", "codefile", "input", "gas", "fork", "runs"], []);
        if (arguments.Positional.Count > 0) throw new UsageException($"unexpected argument '{arguments.Positional[0]}'");
        var code = RunCommand.ReadCode(arguments);
        var input = RunCommand.DecodeHex(arguments.Get("input") ?? "", "--input");
        long gas = arguments.GetLong("gas", DefaultGas);
        var revision = RunCommand.ParseFork(arguments.Get("fork"));
        long runs = arguments.GetLong("runs", DefaultRuns);
        if (runs < 1) throw new UsageException("--runs must be at least 1");

        var pre = CodeCall.PreState(code);
        var context = CodeCall.Context;
        using var executor = new MessageExecutor();
        var tracer = new NoTracer();
        var (_, result) = RunCommand.RunOnce(executor, pre, context, revision, input, gas, ref tracer); // warm-up
        long medianNs = RunCommand.MeasureMedianNs(executor, pre, context, revision, input, gas, runs, result);
        long gasUsed = gas - result.GasLeft;

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("status", result.Status.ToDisplayName());
            json.WriteNumber("gasUsed", gasUsed);
            json.WriteNumber("runs", runs);
            json.WriteNumber("medianNs", medianNs);
            json.WriteNumber("mgasPerSecond", Math.Round(gasUsed * 1e3 / Math.Max(medianNs, 1), 1));
            json.WriteEndObject();
        }
        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        return 0;
    }
}
