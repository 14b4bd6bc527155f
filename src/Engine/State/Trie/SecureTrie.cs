using System.Runtime.InteropServices;
using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.State.Trie;

/// <summary>The "secure" trie of the state and storage tries: every key is replaced by its Keccak-256 before use as a path.</summary>
public static class SecureTrie
{
    /// <summary>Root of the secure trie holding <paramref name="entries"/>, in any order; empty values mean absent.</summary>
    public static Hash256 Compute(IEnumerable<KeyValuePair<byte[], byte[]>> entries)
    {
        var pairs = entries as IReadOnlyCollection<KeyValuePair<byte[], byte[]>> ?? entries.ToList();
        // All hashed keys share one array.
        var hashedKeys = new byte[pairs.Count * Keccak256.HashSize];
        var list = new List<TrieEntry>(pairs.Count);
        foreach (var (key, value) in pairs)
        {
            var hashedKey = hashedKeys.AsMemory(list.Count * Keccak256.HashSize, Keccak256.HashSize);
            Keccak256.Hash(key, hashedKey.Span);
            list.Add(new TrieEntry(hashedKey, value));
        }
        return TrieRoot.Compute(CollectionsMarshal.AsSpan(list));
    }
}
