using System.Text.Json;
using Csevm.Primitives;
using Csevm.Spec;

namespace Csevm.Benchmarks.Programs;

/// <summary>
/// The whole programs of the side-by-side comparison (benchmarks/peers/compare.mjs), read from
/// ../shared: the peers harness's compiled contracts and every calldata variant of the
/// evm-benchmarks state tests (run on Cancun, as issue 7's evmone figures were).
/// </summary>
public static class ProgramLibrary
{
    /// <summary>The eight programs issue 7 measured evmone on: the bar for the geometric mean.</summary>
    public static readonly string[] EvmoneReference =
    [
        "keccak", "arith", "memory", "mandelbrot",
        "snailtracer/benchmark", "blake2b_shifts/8415nulls", "sha1_divs/5311", "weierstrudel/15",
    ];

    private static readonly Lazy<string> SharedPath = new(FindShared);

    private static readonly (Dictionary<string, Func<ProgramCase>> Programs, List<string> Main) Loaded = Load();

    /// <summary>Every program by name: the peers cases that need no setup call, then each evm-benchmarks variant.</summary>
    public static IReadOnlyDictionary<string, Func<ProgramCase>> All => Loaded.Programs;

    /// <summary>Every variant of the evm-benchmarks main programs (its benchmarks/main folder), in file order.</summary>
    public static IReadOnlyList<string> EvmBenchmarksMain => Loaded.Main;

    public static ProgramCase Create(string name) =>
        All.TryGetValue(name, out var create) ? create() : throw new ArgumentException($"no benchmark program named '{name}'");

    private static (Dictionary<string, Func<ProgramCase>>, List<string>) Load()
    {
        var programs = new Dictionary<string, Func<ProgramCase>>();
        var main = new List<string>();
        using (var peers = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(SharedPath.Value, "peers", "contracts", "cases.json"))))
        {
            foreach (var c in peers.RootElement.GetProperty("cases").EnumerateArray())
            {
                // A case with a setup call (erc20) needs the state that call leaves; csevm bench runs it with --setup-input.
                if (c.TryGetProperty("setupCalldata", out _)) continue;
                string name = c.GetProperty("name").GetString()!;
                var code = Hex.Decode(c.GetProperty("deployedBytecode").GetString()!);
                var input = Hex.Decode(c.GetProperty("calldata").GetString()!);
                var revision = RevisionNames.Parse(c.GetProperty("fork").GetString()!);
                programs[name] = () => new ProgramCase(name, code, input, revision);
            }
        }
        foreach (var folder in new[] { "main", "micro" })
        {
            var directory = Path.Combine(SharedPath.Value, "fixtures", "benchmarks", "evm-benchmarks", "benchmarks", folder);
            foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
            {
                var names = AddStateTestVariants(programs, file);
                if (folder == "main") main.AddRange(names);
            }
        }
        return (programs, main);
    }

    /// <summary>Each transaction data variant of each test in an evm-benchmarks file: the target's code with that calldata. Returns their names.</summary>
    private static List<string> AddStateTestVariants(Dictionary<string, Func<ProgramCase>> programs, string file)
    {
        var names = new List<string>();
        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        foreach (var test in document.RootElement.EnumerateObject())
        {
            var transaction = test.Value.GetProperty("transaction");
            var target = Address.Parse(transaction.GetProperty("to").GetString()!);
            var code = test.Value.GetProperty("pre").EnumerateObject()
                .Where(account => Address.Parse(account.Name) == target)
                .Select(account => Hex.Decode(account.Value.GetProperty("code").GetString()!))
                .Single();
            var labels = test.Value.TryGetProperty("_info", out var info) && info.TryGetProperty("labels", out var l) ? l : default;
            int index = 0;
            foreach (var data in transaction.GetProperty("data").EnumerateArray())
            {
                string label = labels.ValueKind == JsonValueKind.Object && labels.TryGetProperty(index.ToString(), out var text)
                    ? text.GetString()! : index.ToString();
                string name = $"{test.Name}/{label}";
                var input = Hex.Decode(data.GetString()!);
                programs[name] = () => new ProgramCase(name, code, input, Revision.Cancun);
                names.Add(name);
                index++;
            }
        }
        return names;
    }

    /// <summary>../shared beside the repository (the directory holding Engine.sln), or CSEVM_SHARED.</summary>
    private static string FindShared()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CSEVM_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment)) return fromEnvironment;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Engine.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        }
        throw new DirectoryNotFoundException("repository root (Engine.sln) not found above " + AppContext.BaseDirectory + "; set CSEVM_SHARED");
    }
}
