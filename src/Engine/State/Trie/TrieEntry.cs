namespace Csevm.State.Trie;

/// <summary>One key/value pair of a trie. The key is the raw path (already hashed, for a secure trie); an empty value means absent.</summary>
public readonly struct TrieEntry
{
    public TrieEntry(ReadOnlyMemory<byte> key, ReadOnlyMemory<byte> value)
    {
        Key = key;
        Value = value;
    }

    public ReadOnlyMemory<byte> Key { get; }
    public ReadOnlyMemory<byte> Value { get; }

    /// <summary>Orders entries by key bytes, which is also the order of their nibble paths.</summary>
    public static int CompareKeys(TrieEntry left, TrieEntry right) => left.Key.Span.SequenceCompareTo(right.Key.Span);
}
