namespace Csevm.State.Trie;

/// <summary>
/// Hex-prefix encoding (Yellow Paper, appendix C): a nibble path packed into bytes, with a first
/// nibble carrying two flags — bit 1 "leaf" (terminates at a value), bit 0 "odd length" — and,
/// when the length is odd, the path's first nibble in the low half of the first byte.
/// </summary>
internal static class HexPrefix
{
    private const int LeafFlag = 2;
    private const int OddFlag = 1;

    /// <summary>Bytes needed for a path of <paramref name="nibbleCount"/> nibbles.</summary>
    public static int Length(int nibbleCount) => nibbleCount / 2 + 1;

    /// <summary>Writes nibbles [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="key"/>; returns the bytes written.</summary>
    public static int Write(ReadOnlySpan<byte> key, int from, int to, bool isLeaf, Span<byte> destination)
    {
        int count = to - from;
        bool odd = (count & 1) != 0;
        int flags = (isLeaf ? LeafFlag : 0) | (odd ? OddFlag : 0);
        destination[0] = (byte)(flags << 4 | (odd ? Nibbles.At(key, from) : 0));
        int next = odd ? from + 1 : from;
        int pairs = (to - next) / 2;
        if ((next & 1) == 0)
        {
            // Byte-aligned: the remaining nibbles are whole key bytes.
            key.Slice(next / 2, pairs).CopyTo(destination[1..]);
        }
        else
        {
            for (int i = 0; i < pairs; i++, next += 2)
                destination[1 + i] = (byte)(Nibbles.At(key, next) << 4 | Nibbles.At(key, next + 1));
        }
        return 1 + pairs;
    }
}
