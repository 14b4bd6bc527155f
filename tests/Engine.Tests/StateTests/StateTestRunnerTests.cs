using System.Text.RegularExpressions;
using Csevm.Spec;
using Csevm.StateTests;
using Csevm.Tests.Fixtures;

namespace Csevm.Tests.StateTests;

public sealed class StateTestRunnerTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("csevm-runner-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string Eest(string relative) => FixturePaths.Of("state_tests/eest/state_tests/" + relative);

    private static void AssertAllPass(IReadOnlyList<StateTestResult> results)
    {
        Assert.NotEmpty(results);
        var failures = results.Where(r => !r.Pass && !r.Skipped).Take(5).Select(r => $"{r.Name} [{r.Fork}]: {r.Error}").ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [InlineData("cancun/eip1153_tstore")]
    [InlineData("cancun/eip6780_selfdestruct")]
    [InlineData("cancun/eip7516_blobgasfee")]
    [InlineData("frontier/create")]
    [InlineData("paris/eip7610_create_collision")]
    [InlineData("shanghai/eip3651_warm_coinbase")]
    [InlineData("prague/eip7702_set_code_tx")]
    public void Run_EestFeatureFixtures_EveryVectorPasses(string folder)
    {
        var results = StateTestRunner.Run([Eest(folder)]).ToList();
        // Vectors about precompiles this engine does not have yet are left out by name.
        AssertAllPass(results.Where(r => !r.Name.Contains("precompile_0x") || IsBuiltPrecompile(r.Name)).ToList());
    }

    [Fact]
    public void Run_ClassicVmTests_EveryVectorPasses() =>
        AssertAllPass(StateTestRunner.Run([FixturePaths.Of("state_tests/ethereum-tests/GeneralStateTests/VMTests")]).ToList());

    [Fact]
    public void Run_InvalidTransactionVectors_PassWithThePreStateRoot()
    {
        var results = StateTestRunner.Run([Eest("cancun/eip4844_blobs/test_invalid_blob_hash_versioning_single_tx.json")]).ToList();
        AssertAllPass(results);
        Assert.All(results, r => Assert.Equal(r.ExpectedRoot, r.StateRoot));
    }

    [Fact]
    public void Run_RetestethFillBeforeSpuriousDragon_RejectedTransactionKeepsTheTouchedEmptyCoinbase()
    {
        // Filled through geth's t8n, whose zero block reward touches the coinbase even when the
        // transaction is rejected; before EIP-161 the empty account it creates stays in the root.
        var path = ExtractFromArchive("state_tests/legacytests/Cancun/GeneralStateTests.tar.gz", "stExample/accessListExample.json");
        var test = Assert.Single(StateTestLoader.Load(path).Single().Tests);
        Assert.True(test.TouchesCoinbaseOnRejection);
        var results = StateTestRunner.Run([path]).ToList();
        var old = results.Where(r => r.Fork is "Frontier" or "Homestead" or "EIP150").ToList();
        Assert.NotEmpty(old);
        AssertAllPass(results);
        Assert.All(old, r => Assert.NotEqual(Csevm.State.StateRoot.Compute(test.Pre), r.StateRoot));
    }

    [Fact]
    public void Run_EestFillBeforeSpuriousDragon_RejectedTransactionLeavesThePreState()
    {
        // EEST (and geth's state-test runner) leave a rejected transaction's state exactly as it was.
        var path = Eest("london/eip1559_fee_market_change/test_eip1559_tx_validity.json");
        var results = StateTestRunner.Run([path], new StateTestRunOptions { NamePattern = new Regex("fork_(Frontier|Homestead)") }).Where(r => !r.Skipped).ToList();
        Assert.NotEmpty(results);
        AssertAllPass(results);
        var test = StateTestLoader.Load(path).Single().Tests.First(t => t.Name.Contains("fork_Frontier"));
        Assert.False(test.TouchesCoinbaseOnRejection);
        Assert.All(results, r => Assert.Equal(r.ExpectedRoot, r.StateRoot));
    }

    private string ExtractFromArchive(string archive, string member)
    {
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(FixturePaths.Of(archive)), System.IO.Compression.CompressionMode.Decompress);
        using var tar = new System.Formats.Tar.TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (!entry.Name.EndsWith("/" + member, StringComparison.Ordinal) || entry.DataStream is null) continue;
            var path = Path.Combine(_temp, Path.GetFileName(member));
            using var file = File.Create(path);
            entry.DataStream.CopyTo(file);
            return path;
        }
        throw new FileNotFoundException($"{member} not in {archive}");
    }

    [Fact]
    public void RunTraced_WritesAnEip3155TracePerVectorAndGivesTheSameResults()
    {
        var path = FixturePaths.Of("state_tests/ethereum-tests/GeneralStateTests/VMTests/vmArithmeticTest/add.json");
        using var trace = new MemoryStream();
        var traced = StateTestRunner.RunTraced([path], new StateTestRunOptions(), trace).ToList();
        var plain = StateTestRunner.Run([path]).ToList();

        Assert.Equal(plain.Select(r => (r.Name, r.Data, r.Pass, r.StateRoot)), traced.Select(r => (r.Name, r.Data, r.Pass, r.StateRoot)));
        var lines = System.Text.Encoding.UTF8.GetString(trace.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(traced.Count, lines.Count(l => l.StartsWith("{\"output\"", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("\"opName\":\"ADD\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_WrongExpectedRoot_FailsWithADiff()
    {
        var source = File.ReadAllText(Eest("cancun/eip1153_tstore/test_tstore_reentrancy.json"));
        var json = System.Text.Json.Nodes.JsonNode.Parse(source)!.AsObject();
        var first = json.First();
        var post = first.Value!["post"]!.AsObject().First().Value!.AsArray()[0]!;
        post["hash"] = "0x" + new string('1', 64);
        post["state"]!.AsObject().First().Value!["balance"] = "0x01";
        var path = Path.Combine(_temp, "wrong.json");
        File.WriteAllText(path, new System.Text.Json.Nodes.JsonObject { [first.Key] = first.Value!.DeepClone() }.ToJsonString());

        var result = Assert.Single(StateTestRunner.Run([path]));
        Assert.False(result.Pass);
        Assert.StartsWith("state root mismatch; 0x", result.Error);
        Assert.Contains("balance", result.Error);
    }

    [Fact]
    public void Run_BadFile_IsOneFailedResultAndTheRunGoesOn()
    {
        File.WriteAllText(Path.Combine(_temp, "a_bad.json"), "{ \"broken\": ");
        File.Copy(Eest("cancun/eip7516_blobgasfee/test_blobbasefee_stack_overflow.json"), Path.Combine(_temp, "b_good.json"));
        var results = StateTestRunner.Run([_temp]).ToList();
        var fileError = results[0];
        Assert.True(fileError.IsFileError);
        Assert.False(fileError.Pass);
        Assert.Contains("invalid JSON", fileError.Error);
        AssertAllPass(results.Skip(1).ToList());
    }

    [Fact]
    public void Run_Filters_SkipOtherForksAndNames()
    {
        var path = Eest("cancun/eip7516_blobgasfee");
        var all = StateTestRunner.Run([path]).ToList();
        var prague = StateTestRunner.Run([path], new StateTestRunOptions { Fork = Revision.Prague }).ToList();
        Assert.Equal(all.Count, prague.Count);
        Assert.All(prague.Where(r => !r.Skipped), r => Assert.Equal("Prague", r.Fork));
        Assert.Equal(all.Count(r => r.Fork == "Prague"), prague.Count(r => !r.Skipped));

        var named = StateTestRunner.Run([path], new StateTestRunOptions { NamePattern = new Regex("stack_overflow") }).ToList();
        Assert.All(named.Where(r => !r.Skipped), r => Assert.Contains("stack_overflow", r.Name));
        Assert.Contains(named, r => r.Skipped);
    }

    [Fact]
    public void Run_SingleThreadedAndParallel_GiveTheSameResultsInTheSameOrder()
    {
        var path = Eest("cancun/eip1153_tstore");
        var parallel = StateTestRunner.Run([path]).Select(r => (r.Name, r.Fork, r.Pass, r.StateRoot)).ToList();
        var serial = StateTestRunner.Run([path], new StateTestRunOptions { MaxParallelism = 1 }).Select(r => (r.Name, r.Fork, r.Pass, r.StateRoot)).ToList();
        Assert.Equal(serial, parallel);
    }

    private static bool IsBuiltPrecompile(string name)
    {
        var match = Regex.Match(name, "precompile_0x([0-9a-f]{40})");
        return match.Success && Csevm.Precompiles.PrecompileRegistry.IsPrecompile(Csevm.Primitives.Address.Parse("0x" + match.Groups[1].Value), Revision.Osaka);
    }
}
