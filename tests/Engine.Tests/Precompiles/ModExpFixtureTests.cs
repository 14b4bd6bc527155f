using System.Text.Json;
using Csevm.Precompiles;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.Tests.Fixtures;

namespace Csevm.Tests.Precompiles;

/// <summary>
/// The EEST modexp state tests (byzantium/eip198_modexp_precompile): the contract calls 0x05 with
/// the transaction data, stores the call's success in slot 0 and deploys the returned bytes as code,
/// so the post state carries both the expected success and the expected output.
/// </summary>
public class ModExpFixtureTests
{
    private static readonly Lazy<JsonElement> Tests = new(() =>
        JsonDocument.Parse(File.ReadAllText(FixturePaths.Of("state_tests/eest/state_tests/byzantium/eip198_modexp_precompile/test_modexp.json"))).RootElement);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var test in Tests.Value.EnumerateObject()) data.Add(test.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Eest_OutputAndSuccessMatchThePostState(string name)
    {
        var test = Tests.Value.GetProperty(name);
        var transaction = test.GetProperty("transaction");
        var caller = transaction.GetProperty("to").GetString()!;
        long gasLimit = Convert.ToInt64(transaction.GetProperty("gasLimit")[0].GetString(), 16);
        var pre = test.GetProperty("pre");

        foreach (var fork in test.GetProperty("post").EnumerateObject())
        {
            var revision = RevisionNames.Parse(fork.Name);
            foreach (var post in fork.Value.EnumerateArray())
            {
                var input = Hex.Decode(transaction.GetProperty("data")[post.GetProperty("indexes").GetProperty("data").GetInt32()].GetString());
                var state = post.GetProperty("state");
                bool expectedSuccess = state.GetProperty(caller).GetProperty("storage").TryGetProperty("0x00", out var slot) && slot.GetString() == "0x01";
                var created = state.EnumerateObject().FirstOrDefault(a => !pre.TryGetProperty(a.Name, out _) && a.Value.GetProperty("nonce").GetString() == "0x01");

                bool success = ModExpPrecompile.Instance.TryRun(input, revision, out var output);
                long gas = ModExpPrecompile.Instance.GasCost(input, revision);
                if (expectedSuccess)
                {
                    Assert.True(success, $"{fork.Name}: expected success");
                    Assert.True(gas < gasLimit, $"{fork.Name}: gas {gas} must fit {gasLimit}");
                    Assert.Equal(created.Value.GetProperty("code").GetString(), Hex.Encode(output));
                }
                else
                {
                    Assert.True(!success || gas > gasLimit * 63 / 64 - 30_000, $"{fork.Name}: expected failure, got success at gas {gas}");
                }
            }
        }
    }
}
