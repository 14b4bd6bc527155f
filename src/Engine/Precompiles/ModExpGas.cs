using Csevm.Spec;

namespace Csevm.Precompiles;

/// <summary>
/// The modexp price of each era: EIP-198 (Byzantium), EIP-2565 (Berlin), EIP-7883 (Osaka).
/// All arithmetic saturates, so absurd lengths price at <see cref="long.MaxValue"/> instead of wrapping.
/// </summary>
internal static class ModExpGas
{
    public static long Cost(in ModExpInput input, Revision revision)
    {
        // Lengths of 2^64 bytes or more already make the complexity alone exceed any gas.
        ulong largest = Clamp(input.BaseLength > input.ModulusLength ? input.BaseLength : input.ModulusLength);
        int headBits = input.ExponentHeadBitLength();

        UInt128 gas;
        if (revision >= Revision.Osaka)
        {
            UInt128 complexity = largest <= 32 ? 16 : 2 * Square(Words(largest));
            gas = Max(500, SaturatingMultiply(complexity, IterationCount(input.ExponentLength, headBits, 16)));
        }
        else if (revision >= Revision.Berlin)
        {
            UInt128 complexity = Square(Words(largest));
            gas = Max(200, SaturatingMultiply(complexity, IterationCount(input.ExponentLength, headBits, 8)) / 3);
        }
        else
        {
            gas = SaturatingMultiply(Eip198Complexity(largest), IterationCount(input.ExponentLength, headBits, 8)) / 20;
        }
        return gas > long.MaxValue ? long.MaxValue : (long)gas;
    }

    /// <summary>
    /// The "adjusted exponent length": the index of the exponent's highest set bit when it fits 32
    /// bytes, else bitsPerByte per byte beyond 32 plus that index within the first 32 bytes; at least 1.
    /// </summary>
    private static UInt128 IterationCount(UInt128 exponentLength, int headBits, uint bitsPerByte)
    {
        UInt128 highestBit = headBits > 0 ? (UInt128)(headBits - 1) : 0;
        UInt128 count = exponentLength <= 32
            ? highestBit
            : ModExpInput.SaturatingAdd(SaturatingMultiply(exponentLength - 32, bitsPerByte), highestBit);
        return count > 0 ? count : 1;
    }

    private static UInt128 Eip198Complexity(ulong x)
    {
        UInt128 square = Square(x);
        return x <= 64 ? square
            : x <= 1024 ? square / 4 + (UInt128)96 * x - 3072
            : square / 16 + (UInt128)480 * x - 199680;
    }

    private static ulong Words(ulong bytes) => bytes / 8 + (bytes % 8 != 0 ? 1UL : 0);

    private static UInt128 Square(ulong x) => (UInt128)x * x;

    private static ulong Clamp(UInt128 value) => value > ulong.MaxValue ? ulong.MaxValue : (ulong)value;

    private static UInt128 Max(UInt128 a, UInt128 b) => a > b ? a : b;

    private static UInt128 SaturatingMultiply(UInt128 a, UInt128 b) =>
        a == 0 || b == 0 ? 0 : a > UInt128.MaxValue / b ? UInt128.MaxValue : a * b;
}
