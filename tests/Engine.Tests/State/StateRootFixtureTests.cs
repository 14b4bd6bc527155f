using System.Text.Json;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.State.Trie;
using Csevm.Tests.Fixtures;

namespace Csevm.Tests.State;

/// <summary>
/// EEST state tests list each vector's full post-state beside its state root, so the root of that
/// state, built from accounts and storage as the state trie stores them, must equal the "hash".
/// </summary>
public class StateRootFixtureTests
{
    private static readonly string[] Files =
    [
        "osaka/eip7939_count_leading_zeros/test_clz_push_operation_same_value.json",
        "cancun/eip6780_selfdestruct/test_create_selfdestruct_same_tx_increased_nonce.json",
        "cancun/eip6780_selfdestruct/test_calling_from_new_contract_to_pre_existing_contract.json",
        "prague/eip7702_set_code_tx/test_contract_storage_to_pointer_with_storage.json",
    ];

    public static TheoryData<string> FileNames => new(Files);

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Root_OfEveryExpectedPostState_MatchesItsHash(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(FixturePaths.Of("state_tests/eest/state_tests/" + file)));
        int checkedStates = 0;
        foreach (var test in document.RootElement.EnumerateObject())
        foreach (var fork in test.Value.GetProperty("post").EnumerateObject())
        foreach (var result in fork.Value.EnumerateArray())
        {
            var expected = Hash256.Parse(result.GetProperty("hash").GetString()!);
            Assert.True(expected == RootOf(result.GetProperty("state")), $"{test.Name} [{fork.Name}]");
            checkedStates++;
        }
        Assert.True(checkedStates > 0);
    }

    private static Hash256 RootOf(JsonElement state)
    {
        var accounts = new List<KeyValuePair<byte[], byte[]>>();
        foreach (var account in state.EnumerateObject())
        {
            var fields = account.Value;
            var storage = fields.GetProperty("storage").EnumerateObject()
                .Select(slot => KeyValuePair.Create(UInt256.Parse(slot.Name), UInt256.Parse(slot.Value.GetString()!)));
            var value = AccountRlp.Encode(
                (ulong)UInt256.Parse(fields.GetProperty("nonce").GetString()!),
                UInt256.Parse(fields.GetProperty("balance").GetString()!),
                StorageRoot.Compute(storage),
                Keccak256.Hash(Hex.Decode(fields.GetProperty("code").GetString()!)));
            accounts.Add(KeyValuePair.Create(Hex.Decode(account.Name), value));
        }
        return SecureTrie.Compute(accounts);
    }
}
