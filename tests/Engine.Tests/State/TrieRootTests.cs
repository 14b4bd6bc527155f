using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.State.Trie;

namespace Csevm.Tests.State;

public class TrieRootTests
{
    [Fact]
    public void Empty_IsKeccakOfRlpEmptyString()
    {
        Assert.Equal(Hash256.Parse("56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421"), TrieRoot.Empty);
        Assert.Equal(TrieRoot.Empty, TrieRoot.Compute(Array.Empty<KeyValuePair<byte[], byte[]>>()));
        Assert.Equal(TrieRoot.Empty, SecureTrie.Compute(Array.Empty<KeyValuePair<byte[], byte[]>>()));
        Assert.Equal(TrieRoot.Empty, new PatriciaTrie().Root);
    }

    [Fact]
    public void Compute_OfSingleShortEntry_HashesTheLeafEvenWhenUnder32Bytes()
    {
        // Leaf [HP(nibbles 6,1 as leaf, even) = 0x20 0x61, "b"] = c4 82 20 61 62; the root is hashed even though it is short.
        var root = TrieRoot.Compute([KeyValuePair.Create("a"u8.ToArray(), "b"u8.ToArray())]);
        Assert.Equal(Keccak256.Hash(Hex.Decode("c482206162")), root);
    }

    [Fact]
    public void Compute_IgnoresEntriesWithEmptyValues()
    {
        var withEmpty = TrieRoot.Compute([Pair("do", "verb"), Pair("dog", ""), Pair("horse", "stallion")]);
        var without = TrieRoot.Compute([Pair("do", "verb"), Pair("horse", "stallion")]);
        Assert.Equal(without, withEmpty);
        Assert.Equal(TrieRoot.Empty, TrieRoot.Compute([Pair("dog", "")]));
    }

    [Fact]
    public void Compute_WithDuplicateKeys_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => TrieRoot.Compute([Pair("dog", "a"), Pair("dog", "b")]));

    [Fact]
    public void ComputeSorted_WithUnsortedEntries_ThrowsArgumentException()
    {
        TrieEntry[] entries = [new("dog"u8.ToArray(), "a"u8.ToArray()), new("cat"u8.ToArray(), "b"u8.ToArray())];
        Assert.Throws<ArgumentException>(() => new TrieRootBuilder().ComputeSorted(entries));
    }

    [Fact]
    public void ComputeSorted_WithEmptyValue_ThrowsArgumentException()
    {
        TrieEntry[] entries = [new("dog"u8.ToArray(), ReadOnlyMemory<byte>.Empty)];
        Assert.Throws<ArgumentException>(() => new TrieRootBuilder().ComputeSorted(entries));
    }

    /// <summary>Random keys of mixed lengths (many sharing prefixes, some prefixes of others) and random edits: the root depends only on the final content.</summary>
    [Fact]
    public void Root_DependsOnlyOnFinalContent_UnderRandomSetsAndDeletes()
    {
        var random = new Random(11);
        var keys = Enumerable.Range(0, 300).Select(_ => RandomKey(random)).ToList();
        var trie = new PatriciaTrie();
        var final = new Dictionary<string, byte[]>();
        for (int step = 0; step < 3000; step++)
        {
            var key = keys[random.Next(keys.Count)];
            if (random.Next(4) == 0)
            {
                trie.Delete(key);
                final.Remove(Hex.Encode(key));
            }
            else
            {
                var value = new byte[random.Next(1, 70)];
                random.NextBytes(value);
                trie.Set(key, value);
                final[Hex.Encode(key)] = value;
            }
            if (step % 500 == 0) Assert.Equal(trie.Root, RootOf(final, random));
        }
        Assert.Equal(trie.Root, RootOf(final, random));
        Assert.Equal(final.Count, trie.Count);
    }

    [Fact]
    public void Root_DiffersWhenAnyValueChanges()
    {
        var trie = new PatriciaTrie();
        for (int i = 0; i < 100; i++) trie.Set([(byte)i, (byte)(i * 7)], [(byte)(i + 1)]);
        var before = trie.Root;
        trie.Set([50, 50 * 7 % 256], [0xff]);
        Assert.NotEqual(before, trie.Root);
        trie.Set([50, 50 * 7 % 256], [51]);
        Assert.Equal(before, trie.Root);
    }

    [Fact]
    public void SecureTrie_EqualsPlainTrieOverHashedKeys()
    {
        var entries = Enumerable.Range(0, 50).Select(i => KeyValuePair.Create(BitConverter.GetBytes(i), new[] { (byte)(i + 1) })).ToList();
        var hashed = entries.Select(e => KeyValuePair.Create(Keccak256.Hash(e.Key).ToArray(), e.Value));
        Assert.Equal(TrieRoot.Compute(hashed), SecureTrie.Compute(entries));
    }

    private static Hash256 RootOf(Dictionary<string, byte[]> content, Random random) =>
        TrieRoot.Compute(content.OrderBy(_ => random.Next()).Select(e => KeyValuePair.Create(Hex.Decode(e.Key), e.Value)));

    private static byte[] RandomKey(Random random)
    {
        // A small alphabet makes shared prefixes, extensions and keys ending inside branches common.
        var key = new byte[random.Next(0, 6)];
        for (int i = 0; i < key.Length; i++) key[i] = (byte)(random.Next(3) * 0x11 + random.Next(2));
        return key;
    }

    private static KeyValuePair<byte[], byte[]> Pair(string key, string value) =>
        KeyValuePair.Create(System.Text.Encoding.ASCII.GetBytes(key), System.Text.Encoding.ASCII.GetBytes(value));
}
