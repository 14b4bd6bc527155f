using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.State.Trie;

/// <summary>
/// A key/value map with a Merkle-Patricia root. The trie is canonical, so the root depends only on
/// the final content: updates go to a dictionary and <see cref="Root"/> is computed from the
/// sorted entries when asked (and cached until the next change). A secure trie hashes each key
/// with Keccak-256 on the way in; its keys, as <see cref="Keys"/> lists them, are those hashes.
/// </summary>
public sealed class PatriciaTrie
{
    private readonly Dictionary<byte[], byte[]> _entries = new(ByteArrayComparer.Instance);
    private readonly bool _hashKeys;
    private byte[][]? _sortedKeys;
    private Hash256? _root;

    public PatriciaTrie(bool hashKeys = false) => _hashKeys = hashKeys;

    /// <summary>A trie whose paths are the Keccak-256 of the keys given to it (the state and storage tries).</summary>
    public static PatriciaTrie Secure() => new(hashKeys: true);

    public int Count => _entries.Count;

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>; an empty value deletes the key.</summary>
    public void Set(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            Delete(key);
            return;
        }
        _entries[PathOf(key)] = value.ToArray();
        Invalidate();
    }

    /// <summary>Removes <paramref name="key"/>; returns false when it was absent.</summary>
    public bool Delete(ReadOnlySpan<byte> key)
    {
        if (!_entries.Remove(PathOf(key))) return false;
        Invalidate();
        return true;
    }

    public bool TryGet(ReadOnlySpan<byte> key, out byte[] value)
    {
        if (_entries.TryGetValue(PathOf(key), out var found))
        {
            value = found;
            return true;
        }
        value = [];
        return false;
    }

    public Hash256 Root => _root ??= ComputeRoot();

    /// <summary>The stored paths in trie order.</summary>
    public IReadOnlyList<byte[]> Keys => _sortedKeys ??= SortKeys();

    /// <summary>The smallest stored path greater than <paramref name="path"/>, if any.</summary>
    public bool TryGetNext(ReadOnlySpan<byte> path, out byte[] next)
    {
        int index = SearchKeys(path, out bool found);
        int candidate = found ? index + 1 : index;
        next = candidate < Keys.Count ? Keys[candidate] : [];
        return candidate < Keys.Count;
    }

    /// <summary>The largest stored path less than <paramref name="path"/>, if any.</summary>
    public bool TryGetPrevious(ReadOnlySpan<byte> path, out byte[] previous)
    {
        int candidate = SearchKeys(path, out _) - 1;
        previous = candidate >= 0 ? Keys[candidate] : [];
        return candidate >= 0;
    }

    /// <summary>Index of <paramref name="path"/> in <see cref="Keys"/> if present, else the index it would be inserted at.</summary>
    private int SearchKeys(ReadOnlySpan<byte> path, out bool found)
    {
        int index = Array.BinarySearch(_sortedKeys ??= SortKeys(), path.ToArray(), ByteArrayComparer.Instance);
        found = index >= 0;
        return found ? index : ~index;
    }

    private byte[] PathOf(ReadOnlySpan<byte> key) => _hashKeys ? Keccak256.Hash(key).ToArray() : key.ToArray();

    private void Invalidate()
    {
        _sortedKeys = null;
        _root = null;
    }

    private byte[][] SortKeys()
    {
        var keys = _entries.Keys.ToArray();
        Array.Sort(keys, ByteArrayComparer.Instance);
        return keys;
    }

    private Hash256 ComputeRoot()
    {
        var sortedKeys = _sortedKeys ??= SortKeys();
        var entries = new TrieEntry[sortedKeys.Length];
        for (int i = 0; i < entries.Length; i++) entries[i] = new TrieEntry(sortedKeys[i], _entries[sortedKeys[i]]);
        return TrieRoot.Builder.ComputeSorted(entries);
    }
}
