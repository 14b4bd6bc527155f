using System.Runtime.CompilerServices;

namespace Csevm.Interpreter.Gas;

/// <summary>Gas formulas for memory: expansion (3w + w²/512) and per-word copy and hashing costs.</summary>
internal static class MemoryGas
{
    /// <summary>
    /// Sizes past 4 GiB cost ~2^45 gas (3w + w²/512 with w = 2^27), far over any gas limit: treating
    /// them as out of gas up front keeps every later sum inside 64 bits.
    /// </summary>
    public const ulong MaxSize = 1UL << 32;

    public const long CopyPerWord = 3;
    public const long Keccak256PerWord = 6;
    public const long LogPerByte = 8;

    /// <summary>The total cost of a memory of <paramref name="words"/> words (at most 2^27).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Cost(ulong words) => (long)(3 * words + words * words / 512);

    /// <summary>Words covering <paramref name="bytes"/> bytes, rounded up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Words(ulong bytes) => (bytes + 31) / 32;

    /// <summary>The cost of copying or hashing <paramref name="bytes"/> (below <see cref="MaxSize"/>) at <paramref name="perWord"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long PerWord(ulong bytes, long perWord) => (long)Words(bytes) * perWord;
}
