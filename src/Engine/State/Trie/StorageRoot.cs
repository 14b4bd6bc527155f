using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Primitives.Rlp;

namespace Csevm.State.Trie;

/// <summary>
/// The storage root of an account: a secure trie from Keccak-256(slot as 32 big-endian bytes) to
/// RLP(value as minimal big-endian bytes). Slots holding zero are absent.
/// </summary>
public static class StorageRoot
{
    private const int MaxValueLength = 1 + 32;

    public static Hash256 Compute(IEnumerable<KeyValuePair<UInt256, UInt256>> slots)
    {
        var nonZero = slots.Where(slot => !slot.Value.IsZero).ToList();
        if (nonZero.Count == 0) return TrieRoot.Empty;

        // Keys and values of all slots share one array each.
        var keys = new byte[nonZero.Count * Keccak256.HashSize];
        var values = new byte[nonZero.Count * MaxValueLength];
        var entries = new TrieEntry[nonZero.Count];
        Span<byte> slotBytes = stackalloc byte[32];
        for (int i = 0; i < entries.Length; i++)
        {
            var (slot, value) = nonZero[i];
            slot.ToBigEndian(slotBytes);
            var key = keys.AsMemory(i * Keccak256.HashSize, Keccak256.HashSize);
            Keccak256.Hash(slotBytes, key.Span);
            int valueLength = RlpEncoding.WriteUInt256(values.AsSpan(i * MaxValueLength, MaxValueLength), value);
            entries[i] = new TrieEntry(key, values.AsMemory(i * MaxValueLength, valueLength));
        }
        return TrieRoot.Compute(entries);
    }
}
