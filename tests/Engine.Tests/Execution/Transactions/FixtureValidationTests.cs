using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Csevm.Execution.Transactions;
using Csevm.Spec;
using Csevm.Tests.Fixtures;
using Xunit.Abstractions;

namespace Csevm.Tests.Execution.Transactions;

/// <summary>
/// Runs validation and intrinsic gas over every vector of the shared state-test fixtures: each
/// vector with <c>expectException</c> must be rejected, and each vector without one must pass.
/// The EEST sets must also agree on the reason. The classic sets were named by an older geth,
/// which calls a Cancun transaction with 7 blobs "blob count exceeded" where the specification
/// (and this validator) first finds the block's blob gas exceeded; their reasons are tallied,
/// not required.
/// </summary>
public class FixtureValidationTests(ITestOutputHelper output)
{
    private sealed class Tally
    {
        public int Invalid, RejectedAsNamed, RejectedOtherwise, WronglyAccepted;
        public int Valid, Accepted, WronglyRejected;
        public bool ReasonMustMatch;
        /// <summary>Vectors that fail the test (kept to the first 40 for the message).</summary>
        public readonly List<string> Mismatches = [];
        /// <summary>Rejected, but for a reason the fixture does not name (only reported when reasons need not match).</summary>
        public readonly List<string> OtherReasons = [];

        public void Miss(string line)
        {
            if (Mismatches.Count < 40) Mismatches.Add(line);
        }
    }

    [Theory]
    [InlineData("state_tests/eest/state_tests", true)]
    [InlineData("state_tests/eest/state_tests/static.tar.gz", true)]
    [InlineData("state_tests/ethereum-tests/GeneralStateTests", false)]
    [InlineData("state_tests/legacytests/Cancun/GeneralStateTests.tar.gz", false)]
    public void EveryVector_IsRejectedExactlyWhenTheFixtureExpectsAnException(string set, bool reasonMustMatch)
    {
        var tally = new Tally { ReasonMustMatch = reasonMustMatch };
        foreach (var (name, json) in Files(FixturePaths.Of(set)))
        {
            using var document = JsonDocument.Parse(json);
            foreach (var test in document.RootElement.EnumerateObject())
                Check(name + "::" + test.Name, test.Value, tally);
        }

        output.WriteLine($"{set}: expectException {tally.Invalid} (rejected for the named reason {tally.RejectedAsNamed}, " +
            $"for another reason {tally.RejectedOtherwise}, accepted {tally.WronglyAccepted}); " +
            $"valid {tally.Valid} (accepted {tally.Accepted}, rejected {tally.WronglyRejected})");
        foreach (var line in tally.OtherReasons.Concat(tally.Mismatches)) output.WriteLine(line);

        Assert.True(tally.Invalid + tally.Valid > 0, "no vectors found under " + set);
        Assert.True(tally.Mismatches.Count == 0, string.Join('\n', tally.Mismatches));
    }

    private static void Check(string name, JsonElement test, Tally tally)
    {
        JsonElement? config = test.TryGetProperty("config", out var c) ? c : null;
        var template = FixtureTransactionReader.Template(test.GetProperty("transaction"), FixtureTransactionReader.ChainId(config));
        var sender = FixtureTransactionReader.Sender(test.GetProperty("pre"), template.Sender);

        foreach (var fork in test.GetProperty("post").EnumerateObject())
        {
            var revision = RevisionNames.Parse(fork.Name);
            var block = FixtureTransactionReader.Block(test.GetProperty("env"), config, revision);
            foreach (var result in fork.Value.EnumerateArray())
            {
                var indexes = result.GetProperty("indexes");
                int d = indexes.GetProperty("data").GetInt32(), g = indexes.GetProperty("gas").GetInt32(), v = indexes.GetProperty("value").GetInt32();
                var error = template.TryBuild(d, g, v, out var transaction, out var buildError)
                    ? TransactionValidator.Validate(transaction, sender, block, revision, out _)
                    : buildError;

                string vector = $"{name} {fork.Name} d={d} g={g} v={v}";
                if (result.TryGetProperty("expectException", out var expected))
                {
                    tally.Invalid++;
                    if (TransactionErrorNames.Matches(error, expected.GetString()!)) tally.RejectedAsNamed++;
                    else if (error == TransactionError.None)
                    {
                        tally.WronglyAccepted++;
                        tally.Miss($"{vector}: expected {expected.GetString()}, got valid");
                    }
                    else
                    {
                        tally.RejectedOtherwise++;
                        var line = $"{vector}: expected {expected.GetString()}, got {TransactionErrorNames.FixtureName(error)}";
                        if (tally.ReasonMustMatch) tally.Miss(line);
                        else tally.OtherReasons.Add(line);
                    }
                }
                else
                {
                    tally.Valid++;
                    if (error == TransactionError.None) tally.Accepted++;
                    else
                    {
                        tally.WronglyRejected++;
                        tally.Miss($"{vector}: valid, got {TransactionErrorNames.FixtureName(error)}");
                    }
                }
            }
        }
    }

    /// <summary>Every .json file under a directory, or every .json entry of a .tar.gz, as (name, text).</summary>
    private static IEnumerable<(string Name, string Json)> Files(string path)
    {
        if (path.EndsWith(".tar.gz", StringComparison.Ordinal))
        {
            using var archive = new TarReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
            while (archive.GetNextEntry() is { } entry)
            {
                if (entry.DataStream is null || !entry.Name.EndsWith(".json", StringComparison.Ordinal)) continue;
                using var reader = new StreamReader(entry.DataStream, Encoding.UTF8);
                yield return (entry.Name, reader.ReadToEnd());
            }
            yield break;
        }
        foreach (var file in Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            yield return (Path.GetRelativePath(path, file), File.ReadAllText(file));
    }
}
