using System.Numerics;
using Csevm.Numerics;

namespace Csevm.Precompiles.Crypto;

/// <summary>
/// base^exponent mod modulus for arbitrary sizes. Short exponents multiply and reduce directly.
/// Otherwise the modulus is split as m = m_odd·2^t: the odd part runs in Montgomery form, the power
/// of two with truncated products, and the two results are joined by the Chinese remainder theorem
/// (Koç 1994). Exponent bits are consumed with a sliding window.
/// </summary>
internal static class ModularExponentiation
{
    /// <summary>
    /// Exponents below 2^this run in <see cref="ReducingMultiplier"/>: Montgomery's fixed cost (R² mod m
    /// and two conversions, about four products) would exceed what it saves on so few products. Up to
    /// 16 limbs a reducing product costs two to three Montgomery ones (a divide per quotient limb), so
    /// only exponents up to 3 stay there; beyond, the two cost about the same per product.
    /// </summary>
    private static int ShortExponentBits(int limbs) => limbs <= 16 ? 2 : 16;

    /// <summary>
    /// Moduli of at most this many limbs keep their working numbers on the stack: there a call's fixed
    /// cost is comparable to its products. (Larger exponentiation tables on the stack measured slower.)
    /// </summary>
    private const int StackLimbs = 4;

    /// <summary>Writes base^exponent mod modulus into <paramref name="output"/> (big-endian, modulus.Length bytes).</summary>
    public static void Compute(ReadOnlySpan<byte> baseValue, ReadOnlySpan<byte> exponent, ReadOnlySpan<byte> modulus, Span<byte> output)
    {
        modulus = WithoutLeadingZeros(modulus);
        if (modulus.IsEmpty)
        {
            output.Clear(); // x mod 0 is defined as 0 by EIP-198
            return;
        }
        int n = Natural.LimbsFor(modulus.Length);
        Span<ulong> m = n <= StackLimbs ? stackalloc ulong[n] : new ulong[n];
        Natural.FromBigEndian(modulus, m);
        Span<ulong> result = n <= StackLimbs ? stackalloc ulong[n] : new ulong[n];

        // Up to four limbs Montgomery's fixed cost is a few products, so only larger moduli take this path.
        if (n > 4 && TopBit(exponent) < ShortExponentBits(n))
        {
            // A few products: any modulus, no Montgomery domain, no split by the Chinese remainder theorem.
            PowerInRing(new ReducingMultiplier(m), baseValue, exponent, m, result);
            Natural.ToBigEndian(result, output);
            return;
        }

        int twos = Natural.TrailingZeroBits(m);
        if (twos == 0)
        {
            PowerModOdd(baseValue, exponent, m, result);
            Natural.ToBigEndian(result, output);
            return;
        }

        var odd = new ulong[n];
        Natural.ShiftRight(m, twos, odd);
        int oddLength = Natural.SignificantLength(odd);
        if (oddLength == 1 && odd[0] == 1)
        {
            PowerModPowerOfTwo(baseValue, exponent, twos, result);
        }
        else
        {
            var oddModulus = odd.AsSpan(0, oddLength);
            var x1 = new ulong[oddLength];
            PowerModOdd(baseValue, exponent, oddModulus, x1);
            int w = (twos + 63) >> 6;
            var x2 = new ulong[w];
            PowerModPowerOfTwo(baseValue, exponent, twos, x2);

            // result = x1 + m_odd · ((x2 - x1) · m_odd⁻¹ mod 2^t): below m_odd·2^t = m and ≡ x1, x2 as required.
            var y = new ulong[w];
            Natural.SubtractWrapping(x2, x1, y);
            Natural.MaskToBits(y, twos);
            Natural.MultiplyTruncated(y, InverseModPowerOfTwo(oddModulus, twos), y);
            Natural.MaskToBits(y, twos);
            var combined = new ulong[oddLength + w + 1];
            Natural.MultiplyAdd(oddModulus, y, x1, combined);
            combined.AsSpan(0, Math.Min(combined.Length, n)).CopyTo(result);
        }
        Natural.ToBigEndian(result, output);
    }

    private static void PowerModOdd(ReadOnlySpan<byte> baseValue, ReadOnlySpan<byte> exponent, ReadOnlySpan<ulong> modulus, Span<ulong> result)
    {
        if (modulus.Length == 1) PowerInRing(new WordMontgomeryMultiplier(modulus[0]), baseValue, exponent, modulus, result);
        else if (modulus.Length >= 3 && modulus.Length <= 4) PowerInRing(new Montgomery256Multiplier(ToUInt256(modulus)), baseValue, exponent, modulus, result);
        else PowerInRing(new MontgomeryMultiplier(modulus), baseValue, exponent, modulus, result);
    }

    /// <summary>
    /// base^exponent mod modulus in a ring over that modulus: reduce the base, enter the ring, power,
    /// leave. The ring may be wider than the modulus (zero-extended); result gets the modulus' limbs.
    /// </summary>
    private static void PowerInRing<TRing>(in TRing ring, ReadOnlySpan<byte> baseValue, ReadOnlySpan<byte> exponent, ReadOnlySpan<ulong> modulus, Span<ulong> result)
        where TRing : struct, IMontgomeryRing
    {
        int n = ring.Limbs;
        Span<ulong> work = n <= StackLimbs ? stackalloc ulong[4 * n] : new ulong[4 * n];
        var value = work[..n];
        var montgomeryBase = work.Slice(n, n);
        var montgomeryOne = work.Slice(2 * n, n);
        var montgomeryResult = work.Slice(3 * n, n);

        Reduce(baseValue, modulus, value[..modulus.Length]);
        ring.ToMontgomery(value, montgomeryBase);
        value.Clear();
        value[0] = 1;
        ring.ToMontgomery(value, montgomeryOne);

        Power(ring, montgomeryBase, montgomeryOne, exponent, montgomeryResult);
        ring.FromMontgomery(montgomeryResult, value);
        value[..modulus.Length].CopyTo(result);
    }

    /// <summary>The big-endian <paramref name="value"/> mod <paramref name="modulus"/> into <paramref name="reduced"/> (modulus' limbs).</summary>
    private static void Reduce(ReadOnlySpan<byte> value, ReadOnlySpan<ulong> modulus, Span<ulong> reduced)
    {
        value = WithoutLeadingZeros(value);
        int limbs = Math.Max(Natural.LimbsFor(value.Length), 1);
        int needed = limbs + Natural.RemainderScratchLimbs(limbs, modulus.Length);
        Span<ulong> work = needed <= 16 * StackLimbs ? stackalloc ulong[needed] : new ulong[needed];
        var stored = work[..limbs];
        Natural.FromBigEndian(value, stored);
        Natural.Remainder(stored, modulus, reduced, work[limbs..needed]);
    }

    private static ReadOnlySpan<byte> WithoutLeadingZeros(ReadOnlySpan<byte> number)
    {
        int first = number.IndexOfAnyExcept((byte)0);
        return first < 0 ? [] : number[first..];
    }

    private static UInt256 ToUInt256(ReadOnlySpan<ulong> limbs) =>
        new(limbs[0], limbs.Length > 1 ? limbs[1] : 0, limbs.Length > 2 ? limbs[2] : 0, limbs.Length > 3 ? limbs[3] : 0);

    private static void PowerModPowerOfTwo(ReadOnlySpan<byte> baseValue, ReadOnlySpan<byte> exponent, int bits, Span<ulong> result)
    {
        var ring = new PowerOfTwoMultiplier(bits);
        int w = ring.Limbs;
        var reduced = new ulong[w];
        var low = baseValue[Math.Max(0, baseValue.Length - 8 * w)..];
        Natural.FromBigEndian(low, reduced);
        Natural.MaskToBits(reduced, bits);
        var one = new ulong[w];
        one[0] = 1;
        Power(ring, reduced, one, exponent, result[..w]);
    }

    /// <summary>m⁻¹ mod 2^bits for odd m, by Newton iteration x ← x·(2 − m·x), doubling the correct bits each step.</summary>
    private static ulong[] InverseModPowerOfTwo(ReadOnlySpan<ulong> odd, int bits)
    {
        int w = (bits + 63) >> 6;
        var inverse = new ulong[w];
        inverse[0] = MontgomeryMultiplier.InverseModWord(odd[0]);
        var product = new ulong[w];
        var two = new ulong[w];
        two[0] = 2;
        for (int correctBits = 64; correctBits < bits; correctBits *= 2)
        {
            Natural.MultiplyTruncated(odd, inverse, product);
            Natural.SubtractWrapping(two, product, product);
            Natural.MultiplyTruncated(inverse, product, inverse);
        }
        Natural.MaskToBits(inverse, bits);
        return inverse;
    }

    /// <summary>
    /// result = base^exponent in the ring, left to right with a sliding window over the exponent bits.
    /// </summary>
    private static void Power<TRing>(in TRing ring, ReadOnlySpan<ulong> baseValue, ReadOnlySpan<ulong> one, ReadOnlySpan<byte> exponent, Span<ulong> result)
        where TRing : struct, IModularMultiplier
    {
        int n = ring.Limbs;
        one.CopyTo(result);
        int top = TopBit(exponent);
        if (top < 0) return; // exponent zero: x^0 = 1

        int window = top < 8 ? 1 : top < 24 ? 2 : top < 80 ? 3 : top < 240 ? 4 : top < 672 ? 5 : 6;
        // oddPowers[i] = base^(2i+1), then base²
        int tableLimbs = ((1 << (window - 1)) + 1) * n;
        Span<ulong> oddPowers = n <= StackLimbs ? stackalloc ulong[tableLimbs] : new ulong[tableLimbs];
        baseValue.CopyTo(oddPowers);
        if (window > 1)
        {
            var square = oddPowers.Slice(tableLimbs - n, n);
            ring.Multiply(baseValue, baseValue, square);
            for (int i = 1; i < 1 << (window - 1); i++)
                ring.Multiply(oddPowers.Slice((i - 1) * n, n), square, oddPowers.Slice(i * n, n));
        }

        bool started = false;
        for (int i = top; i >= 0;)
        {
            if (!Bit(exponent, i))
            {
                ring.Multiply(result, result, result);
                i--;
                continue;
            }
            int low = Math.Max(i - window + 1, 0);
            while (!Bit(exponent, low)) low++;
            int value = 0;
            for (int k = i; k >= low; k--) value = (value << 1) | (Bit(exponent, k) ? 1 : 0);
            var power = oddPowers.Slice((value >> 1) * n, n);
            if (started)
            {
                for (int k = i; k >= low; k--) ring.Multiply(result, result, result);
                ring.Multiply(result, power, result);
            }
            else
            {
                power.CopyTo(result);
                started = true;
            }
            i = low - 1;
        }
    }

    /// <summary>Bit <paramref name="index"/> of a big-endian number, counted from its least significant bit.</summary>
    private static bool Bit(ReadOnlySpan<byte> number, int index) => ((number[number.Length - 1 - (index >> 3)] >> (index & 7)) & 1) != 0;

    /// <summary>Index of the highest set bit of a big-endian number, or -1 when it is zero.</summary>
    private static int TopBit(ReadOnlySpan<byte> number)
    {
        for (int i = 0; i < number.Length; i++)
            if (number[i] != 0) return 8 * (number.Length - 1 - i) + 31 - BitOperations.LeadingZeroCount((uint)number[i]);
        return -1;
    }
}
