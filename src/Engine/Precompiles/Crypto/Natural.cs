using System.Buffers.Binary;
using System.Numerics;
using Csevm.Numerics;

namespace Csevm.Precompiles.Crypto;

/// <summary>
/// Arbitrary-size natural numbers as little-endian 64-bit limb spans: the conversions, compare,
/// add/sub, products and remainder that modexp needs around its Montgomery core.
/// </summary>
internal static class Natural
{
    public static int LimbsFor(int byteCount) => (byteCount + 7) >> 3;

    /// <summary>Reads big-endian <paramref name="bytes"/> into <paramref name="limbs"/> (zero-filling the rest).</summary>
    public static void FromBigEndian(ReadOnlySpan<byte> bytes, Span<ulong> limbs)
    {
        limbs.Clear();
        int limb = 0;
        int end = bytes.Length;
        for (; end >= 8; end -= 8) limbs[limb++] = BinaryPrimitives.ReadUInt64BigEndian(bytes[(end - 8)..end]);
        ulong top = 0;
        for (int i = 0; i < end; i++) top = (top << 8) | bytes[i];
        if (end > 0) limbs[limb] = top;
    }

    /// <summary>Writes <paramref name="limbs"/> as a big-endian number filling <paramref name="bytes"/> (left-padded; high limbs beyond it must be zero).</summary>
    public static void ToBigEndian(ReadOnlySpan<ulong> limbs, Span<byte> bytes)
    {
        bytes.Clear();
        for (int i = 0, end = bytes.Length; end > 0 && i < limbs.Length; i++, end -= 8)
        {
            ulong limb = limbs[i];
            for (int k = 1; k <= 8 && end - k >= 0; k++, limb >>= 8) bytes[end - k] = (byte)limb;
        }
    }

    /// <summary>Number of limbs without the leading zero limbs.</summary>
    public static int SignificantLength(ReadOnlySpan<ulong> limbs)
    {
        int n = limbs.Length;
        while (n > 0 && limbs[n - 1] == 0) n--;
        return n;
    }

    public static bool IsZero(ReadOnlySpan<ulong> limbs) => SignificantLength(limbs) == 0;

    public static int TrailingZeroBits(ReadOnlySpan<ulong> limbs)
    {
        for (int i = 0; i < limbs.Length; i++)
            if (limbs[i] != 0) return 64 * i + BitOperations.TrailingZeroCount(limbs[i]);
        return 64 * limbs.Length;
    }

    /// <summary><paramref name="result"/> = <paramref name="value"/> &gt;&gt; <paramref name="shift"/> (result no longer than value).</summary>
    public static void ShiftRight(ReadOnlySpan<ulong> value, int shift, Span<ulong> result)
    {
        int limbShift = shift >> 6, bitShift = shift & 63;
        for (int i = 0; i < result.Length; i++)
        {
            int source = i + limbShift;
            ulong low = source < value.Length ? value[source] : 0;
            ulong high = source + 1 < value.Length ? value[source + 1] : 0;
            result[i] = bitShift == 0 ? low : (low >> bitShift) | (high << (64 - bitShift));
        }
    }

    /// <summary>Keeps the low <paramref name="bits"/> bits of <paramref name="value"/> (which has exactly ceil(bits/64) limbs).</summary>
    public static void MaskToBits(Span<ulong> value, int bits)
    {
        if ((bits & 63) != 0) value[^1] &= (1UL << (bits & 63)) - 1;
    }

    /// <summary>a - b modulo 2^(64·result.Length); the operands are zero-extended or truncated to that length.</summary>
    public static void SubtractWrapping(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result)
    {
        ulong borrow = 0;
        for (int i = 0; i < result.Length; i++)
        {
            ulong x = i < a.Length ? a[i] : 0, y = i < b.Length ? b[i] : 0;
            ulong d = x - y;
            ulong borrowOut = x < y ? 1UL : 0;
            result[i] = d - borrow;
            borrow = borrowOut | (d < borrow ? 1UL : 0);
        }
    }

    /// <summary>The low result.Length limbs of a·b (result may alias a or b).</summary>
    public static void MultiplyTruncated(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result) =>
        MultiplyTruncated(a, b, result, new ulong[result.Length]);

    /// <summary>The low result.Length limbs of a·b, accumulated in <paramref name="scratch"/> (at least as long as result).</summary>
    public static void MultiplyTruncated(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result, Span<ulong> scratch)
    {
        int n = result.Length;
        var product = scratch[..n];
        product.Clear();
        for (int i = 0; i < n && i < a.Length; i++) MultiplyAccumulate(product[i..], b, a[i]);
        product.CopyTo(result);
    }

    /// <summary><paramref name="result"/> = a·b + c, where result has room for the full value.</summary>
    public static void MultiplyAdd(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, ReadOnlySpan<ulong> c, Span<ulong> result)
    {
        result.Clear();
        c.CopyTo(result);
        for (int i = 0; i < a.Length; i++) MultiplyAccumulate(result[i..], b, a[i]);
    }

    /// <summary>
    /// <paramref name="result"/> = a², where result has 2·a.Length limbs: each cross product once, doubled,
    /// then the limbs' own squares; about half the limb products of <see cref="MultiplyAdd"/>(a, a).
    /// </summary>
    public static void Square(ReadOnlySpan<ulong> a, Span<ulong> result)
    {
        int n = a.Length;
        result = result[..(2 * n)];
        result.Clear();
        for (int i = 0; i < n - 1; i++) MultiplyAccumulate(result[(2 * i + 1)..], a[(i + 1)..], a[i]);
        ShiftLeftInto(result, 1, result); // the cross products' sum is below 2^(128n-1): nothing shifts out
        ulong carry = 0;
        for (int i = 0; i < n; i++)
        {
            ulong high = Math.BigMul(a[i], a[i], out ulong low);
            result[2 * i] = UInt256.AddWithCarry(result[2 * i], low, ref carry);
            result[2 * i + 1] = UInt256.AddWithCarry(result[2 * i + 1], high, ref carry);
        }
    }

    /// <summary>target += word·b, as far as target reaches; returns the carry out of target.</summary>
    private static ulong MultiplyAccumulate(Span<ulong> target, ReadOnlySpan<ulong> b, ulong word)
    {
        ulong carry = 0;
        int j = 0;
        int length = Math.Min(b.Length, target.Length);
        for (; j < length; j++)
        {
            UInt128 acc = Math.BigMul(word, b[j]) + target[j] + carry; // < 2^128: no carry compares
            target[j] = (ulong)acc;
            carry = (ulong)(acc >> 64);
        }
        for (; carry != 0 && j < target.Length; j++)
        {
            ulong sum = target[j] + carry;
            carry = sum < carry ? 1UL : 0;
            target[j] = sum;
        }
        return carry;
    }

    /// <summary>
    /// <paramref name="remainder"/> = <paramref name="numerator"/> mod <paramref name="divisor"/> (Knuth, TAOCP 4.3.1
    /// Algorithm D). The divisor's top limb is non-zero; remainder has divisor.Length limbs.
    /// </summary>
    public static void Remainder(ReadOnlySpan<ulong> numerator, ReadOnlySpan<ulong> divisor, Span<ulong> remainder) =>
        Remainder(numerator, divisor, remainder, new ulong[RemainderScratchLimbs(numerator.Length, divisor.Length)]);

    /// <summary>Limbs of scratch <see cref="Remainder(ReadOnlySpan{ulong}, ReadOnlySpan{ulong}, Span{ulong}, Span{ulong})"/> needs.</summary>
    public static int RemainderScratchLimbs(int numeratorLimbs, int divisorLimbs) => numeratorLimbs + 1 + divisorLimbs;

    /// <summary>As <see cref="Remainder(ReadOnlySpan{ulong}, ReadOnlySpan{ulong}, Span{ulong})"/>, working in caller-owned scratch (no allocation).</summary>
    public static void Remainder(ReadOnlySpan<ulong> numerator, ReadOnlySpan<ulong> divisor, Span<ulong> remainder, Span<ulong> scratch)
    {
        int n = divisor.Length;
        if (n == 0 || divisor[n - 1] == 0) throw new ArgumentException("the divisor must be normalised and non-zero", nameof(divisor));
        remainder.Clear();
        int m = SignificantLength(numerator);
        if (m < n)
        {
            numerator[..m].CopyTo(remainder);
            return;
        }
        if (n == 1)
        {
            UInt128 r = 0;
            for (int i = m - 1; i >= 0; i--) r = ((r << 64) | numerator[i]) % divisor[0];
            remainder[0] = (ulong)r;
            return;
        }

        int shift = BitOperations.LeadingZeroCount(divisor[n - 1]);
        var v = scratch[..n];
        var u = scratch.Slice(n, m + 1);
        ShiftLeftInto(divisor, shift, v);
        u[m] = ShiftLeftInto(numerator[..m], shift, u[..m]);

        ulong vTop = v[n - 1], vNext = v[n - 2];
        for (int j = m - n; j >= 0; j--)
        {
            // Knuth's estimate from the top three limbs over the divisor's top two, by a hardware divide
            // (UInt128 division is a software routine): at most one too large, fixed by the add-back below.
            ulong q = UInt256.DivRem3By2Direct(u[j + n], u[j + n - 1], u[j + n - 2], vTop, vNext, out _, out _);
            ulong carry = 0, borrow = 0;
            var window = u.Slice(j, n);
            for (int i = 0; i < n; i++)
            {
                UInt128 product = Math.BigMul(q, v[i]) + carry;
                ulong low = (ulong)product;
                carry = (ulong)(product >> 64);
                ulong x = window[i];
                ulong d = x - low;
                ulong borrowOut = x < low ? 1UL : 0;
                window[i] = d - borrow;
                borrow = borrowOut | (d < borrow ? 1UL : 0);
            }
            UInt128 owed = (UInt128)carry + borrow;
            bool negative = u[j + n] < owed;
            u[j + n] -= (ulong)owed;

            if (negative)
            {
                // qHat was one too large: add the divisor back.
                ulong addCarry = 0;
                for (int i = 0; i < n; i++)
                {
                    ulong sum = u[i + j] + v[i];
                    ulong carryOut = sum < v[i] ? 1UL : 0;
                    sum += addCarry;
                    carryOut |= sum < addCarry ? 1UL : 0;
                    u[i + j] = sum;
                    addCarry = carryOut;
                }
                u[j + n] += addCarry;
            }
        }
        ShiftRight(u[..(n + 1)], shift, remainder[..n]);
    }

    /// <summary>Writes value &lt;&lt; shift (shift &lt; 64) into result (same length, may be value itself) and returns the bits shifted out.</summary>
    private static ulong ShiftLeftInto(ReadOnlySpan<ulong> value, int shift, Span<ulong> result)
    {
        if (shift == 0)
        {
            value.CopyTo(result);
            return 0;
        }
        ulong carry = 0;
        for (int i = 0; i < value.Length; i++)
        {
            ulong limb = value[i];
            result[i] = (limb << shift) | carry;
            carry = limb >> (64 - shift);
        }
        return carry;
    }
}
