namespace Csevm.Cli.Commands;

/// <summary>
/// A command's arguments: "--name value" options, "--flag" switches and positional values.
/// Each command declares which names take a value; anything else starting with "--" is a switch.
/// </summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _switches = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known;

    public List<string> Positional { get; } = [];

    public Arguments(IEnumerable<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> switches)
    {
        _known = [.. valueOptions, .. switches];
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                Positional.Add(arg);
                continue;
            }
            var name = arg[2..];
            if (!_known.Contains(name))
                throw new UsageException($"unknown option '{arg}'");
            if (valueOptions.Contains(name))
            {
                if (!e.MoveNext()) throw new UsageException($"option '{arg}' needs a value");
                _options[name] = e.Current;
            }
            else _switches.Add(name);
        }
    }

    public string? Get(string name) => _options.GetValueOrDefault(name);

    public bool Has(string name) => _switches.Contains(name);

    public long GetLong(string name, long fallback)
    {
        var text = Get(name);
        if (text is null) return fallback;
        return long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"--{name} expects a non-negative integer, got '{text}'");
    }
}
