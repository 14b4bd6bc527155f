using System.Runtime.InteropServices;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Primitives.Rlp;

namespace Csevm.State.Trie;

/// <summary>The root hash of a Merkle-Patricia trie given its whole content (keys used as paths as they are).</summary>
public static class TrieRoot
{
    /// <summary>Root of the trie with no entries: Keccak-256 of RLP("").</summary>
    public static readonly Hash256 Empty = Keccak256.Hash([RlpEncoding.EmptyString]);

    [ThreadStatic] private static TrieRootBuilder? t_builder;

    /// <summary>One builder per thread, reused so repeated root computations do not allocate buffers.</summary>
    internal static TrieRootBuilder Builder => t_builder ??= new TrieRootBuilder();

    /// <summary>Root of the trie holding <paramref name="entries"/>, in any order; empty values mean absent. Duplicate keys throw <see cref="ArgumentException"/>.</summary>
    public static Hash256 Compute(IEnumerable<KeyValuePair<byte[], byte[]>> entries)
    {
        var list = new List<TrieEntry>();
        foreach (var (key, value) in entries) list.Add(new TrieEntry(key, value));
        return Compute(CollectionsMarshal.AsSpan(list));
    }

    /// <summary>
    /// Root of the trie holding <paramref name="entries"/>, in any order; empty values mean absent.
    /// Reorders the span (non-empty entries first, sorted by key).
    /// </summary>
    public static Hash256 Compute(Span<TrieEntry> entries)
    {
        int present = 0;
        foreach (var entry in entries)
            if (!entry.Value.IsEmpty) entries[present++] = entry;
        var sorted = entries[..present];
        sorted.Sort(TrieEntry.CompareKeys);
        return Builder.ComputeSorted(sorted);
    }
}
