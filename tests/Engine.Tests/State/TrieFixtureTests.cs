using System.Text;
using System.Text.Json;
using Csevm.Primitives;
using Csevm.State.Trie;
using Csevm.Tests.Fixtures;

namespace Csevm.Tests.State;

/// <summary>The official TrieTests (ethereum/tests): one theory case per fixture case.</summary>
public class TrieFixtureTests
{
    private static readonly string Directory = FixturePaths.Of("trie_tests/ethereum-tests/TrieTests");

    private static readonly string[] InOrderFiles = ["trietest.json", "trietest_secureTrie.json"];
    private static readonly string[] AnyOrderFiles = ["trieanyorder.json", "trieanyorder_secureTrie.json", "hex_encoded_securetrie_test.json"];

    public static TheoryData<string, string> InOrderCases => CasesOf(InOrderFiles);
    public static TheoryData<string, string> AnyOrderCases => CasesOf(AnyOrderFiles);

    [Theory]
    [MemberData(nameof(InOrderCases))]
    public void Root_AfterApplyingPairsInOrder_MatchesFixture(string file, string name)
    {
        var (fixture, root) = Load(file, name);
        var trie = new PatriciaTrie(hashKeys: IsSecure(file));
        var final = new Dictionary<string, byte[]>();
        foreach (var pair in fixture.GetProperty("in").EnumerateArray())
        {
            var key = Bytes(pair[0]);
            if (pair[1].ValueKind == JsonValueKind.Null)
            {
                trie.Delete(key);
                final.Remove(Hex.Encode(key));
            }
            else
            {
                trie.Set(key, Bytes(pair[1]));
                final[Hex.Encode(key)] = Bytes(pair[1]);
            }
        }
        Assert.Equal(root, trie.Root);
        // The trie is canonical: only the final content counts.
        Assert.Equal(root, ComputeStatically(file, final.Select(e => KeyValuePair.Create(Hex.Decode(e.Key), e.Value))));
    }

    [Theory]
    [MemberData(nameof(AnyOrderCases))]
    public void Root_OfUnorderedContent_MatchesFixtureInEveryInsertionOrder(string file, string name)
    {
        var (fixture, root) = Load(file, name);
        var entries = fixture.GetProperty("in").EnumerateObject()
            .Select(p => KeyValuePair.Create(Bytes(p.Name), Bytes(p.Value)))
            .ToList();
        Assert.Equal(root, ComputeStatically(file, entries));

        var random = new Random(name.Length);
        for (int order = 0; order < 4; order++)
        {
            var trie = new PatriciaTrie(hashKeys: IsSecure(file));
            foreach (var (key, value) in entries.OrderBy(_ => random.Next())) trie.Set(key, value);
            Assert.Equal(root, trie.Root);
        }
    }

    [Fact]
    public void Iteration_NextAndPrevious_MatchFixture()
    {
        var (fixture, _) = Load("trietestnextprev.json", "basic", hasRoot: false);
        var trie = new PatriciaTrie();
        foreach (var key in fixture.GetProperty("in").EnumerateArray()) trie.Set(Bytes(key), "x"u8);
        foreach (var test in fixture.GetProperty("tests").EnumerateArray())
        {
            var probe = Bytes(test[0]);
            string expectedPrevious = test[1].GetString()!, expectedNext = test[2].GetString()!;
            Assert.Equal(expectedPrevious != "", trie.TryGetPrevious(probe, out var previous));
            Assert.Equal(expectedPrevious, Encoding.ASCII.GetString(previous));
            Assert.Equal(expectedNext != "", trie.TryGetNext(probe, out var next));
            Assert.Equal(expectedNext, Encoding.ASCII.GetString(next));
        }
    }

    private static bool IsSecure(string file) => file.Contains("securetrie", StringComparison.OrdinalIgnoreCase);

    private static Hash256 ComputeStatically(string file, IEnumerable<KeyValuePair<byte[], byte[]>> entries) =>
        IsSecure(file) ? SecureTrie.Compute(entries) : TrieRoot.Compute(entries);

    /// <summary>Fixture text: 0x-prefixed hex, otherwise the ASCII bytes of the text itself.</summary>
    private static byte[] Bytes(JsonElement element) => Bytes(element.GetString()!);

    private static byte[] Bytes(string text) =>
        text.StartsWith("0x", StringComparison.Ordinal) ? Hex.Decode(text) : Encoding.ASCII.GetBytes(text);

    private static (JsonElement Fixture, Hash256 Root) Load(string file, string name, bool hasRoot = true)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, file)));
        var fixture = document.RootElement.GetProperty(name).Clone();
        return (fixture, hasRoot ? Hash256.Parse(fixture.GetProperty("root").GetString()!) : default);
    }

    private static TheoryData<string, string> CasesOf(string[] files)
    {
        var cases = new TheoryData<string, string>();
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, file)));
            foreach (var test in document.RootElement.EnumerateObject()) cases.Add(file, test.Name);
        }
        return cases;
    }
}
