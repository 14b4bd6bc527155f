using System.Text.Json;
using Csevm.Numerics;
using Csevm.Precompiles;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.Tests.Fixtures;

namespace Csevm.Tests.Precompiles;

/// <summary>
/// The EEST EIP-7823 modexp tests (osaka/eip7823_modexp_upper_bounds). The contract calls 0x05 with
/// the transaction data and stores: slot 0 the success flag, slot 1 the return data size, and in
/// the gas-measuring variants slot 2 the gas the call consumed and slot 3 keccak(return data).
/// A failed call leaves the storage empty.
/// </summary>
public class ModExpUpperBoundsFixtureTests
{
    private static readonly Lazy<List<(string Name, JsonElement Test)>> Tests = new(() =>
        Directory.GetFiles(FixturePaths.Of("state_tests/eest/state_tests/osaka/eip7823_modexp_upper_bounds"), "*.json")
            .SelectMany(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement.EnumerateObject().Select(t => (t.Name, t.Value)))
            .ToList());

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Tests.Value) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Eest_SuccessOutputAndGasMatchThePostState(string name)
    {
        var test = Tests.Value.Single(t => t.Name == name).Test;
        var transaction = test.GetProperty("transaction");
        foreach (var fork in test.GetProperty("post").EnumerateObject())
        {
            var revision = RevisionNames.Parse(fork.Name);
            foreach (var post in fork.Value.EnumerateArray())
            {
                var input = Hex.Decode(transaction.GetProperty("data")[post.GetProperty("indexes").GetProperty("data").GetInt32()].GetString());
                var storage = post.GetProperty("state").EnumerateObject()
                    .Select(a => a.Value.TryGetProperty("storage", out var s) ? s : default)
                    .FirstOrDefault(s => s.ValueKind == JsonValueKind.Object && s.EnumerateObject().Any());

                bool success = ModExpPrecompile.Instance.TryRun(input, revision, out var output);
                if (storage.ValueKind != JsonValueKind.Object)
                {
                    Assert.False(success, $"{name}: the fixture's call failed");
                    continue;
                }
                Assert.True(success, $"{name}: the fixture's call succeeded");
                Assert.Equal(Slot(storage, "0x01"), (ulong)output.Length);
                if (storage.TryGetProperty("0x02", out _))
                    Assert.Equal(Slot(storage, "0x02"), (ulong)ModExpPrecompile.Instance.GasCost(input, revision));
                if (storage.TryGetProperty("0x03", out var digest))
                    Assert.Equal(UInt256.Parse(digest.GetString()!), Keccak256.Hash(output).ToUInt256());
            }
        }
    }

    private static ulong Slot(JsonElement storage, string key) => (ulong)UInt256.Parse(storage.GetProperty(key).GetString()!);
}
