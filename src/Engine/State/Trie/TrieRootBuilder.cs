using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Primitives.Rlp;

namespace Csevm.State.Trie;

/// <summary>
/// Computes a Merkle-Patricia trie root from sorted entries in one recursive pass, without
/// building node objects: each subtrie is encoded (post-order) into one reused node buffer, and a
/// parent keeps only its children's references (the node itself when its RLP is under 32 bytes,
/// else RLP of its Keccak hash) on a reused reference stack. After the buffers have grown to fit
/// the largest trie seen, a computation allocates nothing. Not thread-safe: use one per thread.
/// </summary>
public sealed class TrieRootBuilder
{
    private const int HashReferenceLength = 1 + Keccak256.HashSize;
    private const int BranchWidth = 16;

    private byte[] _node = new byte[512];
    private byte[] _references = new byte[8 * BranchWidth * HashReferenceLength];
    private int _referencesTop;
    private byte[] _path = new byte[HexPrefix.Length(64)];

    /// <summary>
    /// The root of the trie holding <paramref name="sortedEntries"/>, which must be in strictly
    /// ascending key order (see <see cref="TrieEntry.CompareKeys"/>) with no empty values.
    /// </summary>
    public Hash256 ComputeSorted(ReadOnlySpan<TrieEntry> sortedEntries)
    {
        Validate(sortedEntries);
        if (sortedEntries.IsEmpty) return TrieRoot.Empty;
        _referencesTop = 0;
        int length = EncodeNode(sortedEntries, 0);
        return Keccak256.Hash(_node.AsSpan(0, length));
    }

    private static void Validate(ReadOnlySpan<TrieEntry> entries)
    {
        for (int i = 0; i < entries.Length; i++)
        {
            if (entries[i].Value.IsEmpty)
                throw new ArgumentException($"entry {i} has an empty value; absent keys must be left out", nameof(entries));
            if (i > 0 && TrieEntry.CompareKeys(entries[i - 1], entries[i]) >= 0)
                throw new ArgumentException($"entry {i} is not after entry {i - 1}: keys must be sorted and distinct, key {Hex.Encode(entries[i].Key.Span)}", nameof(entries));
        }
    }

    /// <summary>Encodes the root node of the subtrie of <paramref name="entries"/> (all sharing their first <paramref name="depth"/> nibbles) into the node buffer; returns its length.</summary>
    private int EncodeNode(ReadOnlySpan<TrieEntry> entries, int depth)
    {
        if (entries.Length == 1) return EncodeLeaf(entries[0], depth);
        // Sorted keys: what the first and last share, all share.
        int shared = Nibbles.CommonPrefixLength(entries[0].Key.Span, entries[^1].Key.Span);
        return shared > depth ? EncodeExtension(entries, depth, shared) : EncodeBranch(entries, depth);
    }

    private int EncodeLeaf(in TrieEntry entry, int depth)
    {
        var key = entry.Key.Span;
        var value = entry.Value.Span;
        var path = WritePath(key, depth, key.Length * 2, isLeaf: true);
        int payload = RlpEncoding.LengthOfBytes(path) + RlpEncoding.LengthOfBytes(value);
        var node = NodeBuffer(RlpEncoding.LengthOfList(payload));
        int at = RlpEncoding.WriteListHeader(node, payload);
        at += RlpEncoding.WriteBytes(node[at..], path);
        return at + RlpEncoding.WriteBytes(node[at..], value);
    }

    /// <summary>A shared path [depth, shared) leading to a branch: two or more keys go on below it.</summary>
    private int EncodeExtension(ReadOnlySpan<TrieEntry> entries, int depth, int shared)
    {
        int slot = PushReferences(1);
        int childLength = StoreReference(EncodeBranch(entries, shared), slot);
        var path = WritePath(entries[0].Key.Span, depth, shared, isLeaf: false);
        int payload = RlpEncoding.LengthOfBytes(path) + childLength;
        var node = NodeBuffer(RlpEncoding.LengthOfList(payload));
        int at = RlpEncoding.WriteListHeader(node, payload);
        at += RlpEncoding.WriteBytes(node[at..], path);
        _references.AsSpan(slot, childLength).CopyTo(node[at..]);
        PopReferences(1);
        return at + childLength;
    }

    /// <summary>Sixteen children by the nibble at <paramref name="depth"/>, plus the value of the key (if any) that ends exactly here.</summary>
    private int EncodeBranch(ReadOnlySpan<TrieEntry> entries, int depth)
    {
        int slots = PushReferences(BranchWidth);
        Span<int> childLengths = stackalloc int[BranchWidth];
        childLengths.Clear();

        // A key ending at this depth sorts before every key continuing past it.
        ReadOnlySpan<byte> value = default;
        int start = 0;
        if (entries[0].Key.Length * 2 == depth)
        {
            value = entries[0].Value.Span;
            start = 1;
        }
        while (start < entries.Length)
        {
            int nibble = Nibbles.At(entries[start].Key.Span, depth);
            int end = start + 1;
            while (end < entries.Length && Nibbles.At(entries[end].Key.Span, depth) == nibble) end++;
            childLengths[nibble] = StoreReference(EncodeNode(entries[start..end], depth + 1), slots + nibble * HashReferenceLength);
            start = end;
        }

        int payload = RlpEncoding.LengthOfBytes(value);
        foreach (int length in childLengths) payload += length == 0 ? 1 : length;
        var node = NodeBuffer(RlpEncoding.LengthOfList(payload));
        int at = RlpEncoding.WriteListHeader(node, payload);
        for (int nibble = 0; nibble < BranchWidth; nibble++)
        {
            int length = childLengths[nibble];
            if (length == 0)
            {
                node[at++] = RlpEncoding.EmptyString;
                continue;
            }
            _references.AsSpan(slots + nibble * HashReferenceLength, length).CopyTo(node[at..]);
            at += length;
        }
        at += RlpEncoding.WriteBytes(node[at..], value);
        PopReferences(BranchWidth);
        return at;
    }

    /// <summary>Turns the node just encoded (<paramref name="nodeLength"/> bytes) into its reference at <paramref name="slot"/>; returns the reference's length.</summary>
    private int StoreReference(int nodeLength, int slot)
    {
        var node = _node.AsSpan(0, nodeLength);
        var destination = _references.AsSpan(slot, HashReferenceLength);
        if (nodeLength < Keccak256.HashSize)
        {
            node.CopyTo(destination);
            return nodeLength;
        }
        destination[0] = RlpEncoding.EmptyString + Keccak256.HashSize;
        Keccak256.Hash(node, destination[1..]);
        return HashReferenceLength;
    }

    private ReadOnlySpan<byte> WritePath(ReadOnlySpan<byte> key, int from, int to, bool isLeaf)
    {
        int length = HexPrefix.Length(to - from);
        if (_path.Length < length) _path = new byte[Math.Max(length, 2 * _path.Length)];
        return _path.AsSpan(0, HexPrefix.Write(key, from, to, isLeaf, _path));
    }

    private Span<byte> NodeBuffer(int length)
    {
        if (_node.Length < length) _node = new byte[Math.Max(length, 2 * _node.Length)];
        return _node.AsSpan(0, length);
    }

    /// <summary>Reserves room for <paramref name="count"/> references; returns the offset of the first. Offsets stay valid when the stack grows.</summary>
    private int PushReferences(int count)
    {
        int slot = _referencesTop;
        _referencesTop += count * HashReferenceLength;
        if (_references.Length < _referencesTop) Array.Resize(ref _references, Math.Max(_referencesTop, 2 * _references.Length));
        return slot;
    }

    private void PopReferences(int count) => _referencesTop -= count * HashReferenceLength;
}
