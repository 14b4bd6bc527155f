using System.Text.Json;
using System.Text.RegularExpressions;
using Csevm.StateTests;

namespace Csevm.Cli.Commands;

/// <summary>
/// <c>csevm statetest</c>: runs official state-test fixtures (files, directories, .tar.gz read in
/// place) on every core (one at a time with <c>--trace</c>, which writes EIP-3155 traces to stderr). One JSON line per executed vector on stdout, progress on stderr, and a
/// last line "N passed, M failed, K skipped". Exit 1 if anything failed; unreadable files are
/// reported as failures and the run goes on.
/// </summary>
public static class StateTestCommand
{
    public const string Usage = "csevm statetest [--fork NAME] [--run REGEX] [--trace] PATH...";

    public static int Execute(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var arguments = new Arguments(args, ["fork", "run"], ["trace"]);
        if (arguments.Positional.Count == 0) throw new UsageException("no fixtures given\nusage: " + Usage);
        foreach (var path in arguments.Positional)
            if (!File.Exists(path) && !Directory.Exists(path)) throw new UsageException($"no such file or directory '{path}'");

        var options = new StateTestRunOptions
        {
            Fork = arguments.Get("fork") is { } fork ? RunCommand.ParseFork(fork) : null,
            NamePattern = arguments.Get("run") is { } pattern ? ParsePattern(pattern) : null,
        };

        int passed = 0, failed = 0, skipped = 0;
        var progress = new ProgressLine(stderr);
        // --trace: EIP-3155 traces on stderr, so vectors run one at a time.
        using var traceStream = arguments.Has("trace") ? Console.OpenStandardError() : null;
        var results = traceStream is null
            ? StateTestRunner.Run(arguments.Positional, options)
            : StateTestRunner.RunTraced(arguments.Positional, options, traceStream);
        foreach (var result in results)
        {
            if (result.Skipped) { skipped++; continue; }
            if (result.Pass) passed++; else failed++;
            stdout.WriteLine(Format(result));
            progress.Report(passed, failed, skipped);
        }
        progress.Done();
        stdout.WriteLine($"{passed} passed, {failed} failed, {skipped} skipped");
        return failed == 0 ? 0 : 1;
    }

    private static Regex ParsePattern(string pattern)
    {
        try { return new Regex(pattern, RegexOptions.CultureInvariant); }
        catch (ArgumentException e) { throw new UsageException($"--run: bad regular expression: {e.Message}"); }
    }

    private static string Format(StateTestResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("name", result.Name);
            if (result.IsFileError) json.WriteString("file", result.File);
            json.WriteString("fork", result.Fork);
            json.WriteNumber("d", result.Data);
            json.WriteNumber("g", result.Gas);
            json.WriteNumber("v", result.Value);
            json.WriteBoolean("pass", result.Pass);
            json.WriteString("stateRoot", result.StateRoot?.ToString());
            json.WriteString("expectedRoot", result.ExpectedRoot?.ToString());
            if (result.Error is null) json.WriteNull("error"); else json.WriteString("error", result.Error);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// A progress counter on stderr: rewritten in place a few times a second on a terminal, one
    /// line every ten seconds when stderr goes to a file or pipe (CI logs).
    /// </summary>
    private sealed class ProgressLine(TextWriter stderr)
    {
        private readonly bool _interactive = !Console.IsErrorRedirected;
        private long _lastTicks = Environment.TickCount64;
        private bool _wrote;

        public void Report(int passed, int failed, int skipped)
        {
            long now = Environment.TickCount64;
            if (now - _lastTicks < (_interactive ? 250 : 10_000)) return;
            _lastTicks = now;
            _wrote = true;
            var line = $"{passed} passed, {failed} failed, {skipped} skipped";
            if (_interactive) stderr.Write("\r" + line); else stderr.WriteLine("progress: " + line);
        }

        public void Done()
        {
            if (_wrote && _interactive) stderr.WriteLine();
        }
    }
}
