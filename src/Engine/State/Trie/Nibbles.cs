using System.Runtime.CompilerServices;

namespace Csevm.State.Trie;

/// <summary>A key read as a path of 4-bit nibbles, high nibble of each byte first.</summary>
internal static class Nibbles
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int At(ReadOnlySpan<byte> key, int index)
    {
        byte b = key[index >> 1];
        return (index & 1) == 0 ? b >> 4 : b & 0x0f;
    }

    /// <summary>Number of leading nibbles <paramref name="left"/> and <paramref name="right"/> share.</summary>
    public static int CommonPrefixLength(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        int bytes = left.CommonPrefixLength(right);
        bool highNibbleShared = bytes < left.Length && bytes < right.Length && (left[bytes] >> 4) == (right[bytes] >> 4);
        return 2 * bytes + (highNibbleShared ? 1 : 0);
    }
}
