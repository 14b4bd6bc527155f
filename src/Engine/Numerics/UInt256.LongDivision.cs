using System.Numerics;
using System.Runtime.CompilerServices;

namespace Csevm.Numerics;

/// <summary>
/// Long division of limb buffers by a divisor of one to four limbs: DIV and MOD's 256-bit
/// dividends, ADDMOD's 320-bit sums and MULMOD's 512-bit products. Divisor and dividend are shifted
/// so the divisor's top bit is set; each quotient limb then comes from a Möller–Granlund step: 2-by-1
/// for one-limb divisors, 3-by-2 for two limbs, and for three or four limbs Knuth's algorithm D with
/// the 3-by-2 step as the estimate. That estimate is exact for the divisor's top two limbs, so it is
/// at most one too large for the whole divisor: one rare add-back, no correction loop.
/// </summary>
public readonly unsafe partial struct UInt256
{
    /// <summary>
    /// Divides the <paramref name="length"/> limbs at <paramref name="u"/> (trimmed, length &gt;= n; the
    /// buffer holds one spare limb and is overwritten) by the <paramref name="n"/> limbs at
    /// <paramref name="d"/> (trimmed; the buffer holds one spare limb and is overwritten). Writes the
    /// quotient's limbs 0 .. length - n (fewer when the top one is zero; the caller zeroes the rest)
    /// unless <paramref name="quotient"/> is null, and the n limbs of the remainder.
    /// </summary>
    internal static void DivideLimbs(ulong* u, int length, ulong* d, int n, ulong* quotient, ulong* remainder)
    {
        int shift = BitOperations.LeadingZeroCount(d[n - 1]);
        ShiftLeftWithCarry(d, n, shift);
        ShiftLeftWithCarry(u, length, shift);
        // Each step needs the running remainder below the divisor: the shifted-out limb always is,
        // and when it is zero the dividend's own top limb may be too, saving one step.
        int shiftedLength = u[length] != 0 || u[length - 1] >= d[n - 1] ? length + 1 : length;

        if (n == 1) DivideByOneLimb(u, shiftedLength, d[0], quotient);
        else if (n == 2) DivideByTwoLimbs(u, shiftedLength, d[1], d[0], quotient);
        else DivideKnuth(u, shiftedLength, d, n, quotient);

        for (int i = 0; i < n - 1; i++)
            remainder[i] = (u[i] >> shift) | (u[i + 1] << 1 << (63 - shift));
        remainder[n - 1] = u[n - 1] >> shift;
    }

    /// <summary>
    /// limbs[0..count] = limbs[0..count) &lt;&lt; shift for 0 &lt;= shift &lt; 64, the bits leaving the
    /// top landing in the spare limb limbs[count]. (x &gt;&gt; 1 &gt;&gt; (63 - shift) is x &gt;&gt; (64 - shift)
    /// that also gives 0 for shift 0, where a single shift by 64 would leave x unchanged.)
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ShiftLeftWithCarry(ulong* limbs, int count, int shift)
    {
        limbs[count] = limbs[count - 1] >> 1 >> (63 - shift);
        for (int i = count - 1; i > 0; i--)
            limbs[i] = (limbs[i] << shift) | (limbs[i - 1] >> 1 >> (63 - shift));
        limbs[0] <<= shift;
    }

    /// <summary>u[0..ulen) / d for a normalised one-limb d with u[ulen-1] &lt; d; the remainder is left in u[0].</summary>
    private static void DivideByOneLimb(ulong* u, int ulen, ulong d, ulong* quotient)
    {
        ulong v = Reciprocal2By1(d);
        ulong rest = u[ulen - 1];
        for (int j = ulen - 2; j >= 0; j--)
        {
            ulong digit = DivRem2By1(rest, u[j], d, v, out rest);
            if (quotient != null) quotient[j] = digit;
        }
        u[0] = rest;
    }

    /// <summary>u[0..ulen) / (d1, d0) for a normalised two-limb divisor above the top two limbs of u; the remainder is left in u[0..2).</summary>
    private static void DivideByTwoLimbs(ulong* u, int ulen, ulong d1, ulong d0, ulong* quotient)
    {
        ulong v = Reciprocal3By2(d1, d0);
        ulong r1 = u[ulen - 1], r0 = u[ulen - 2];
        for (int j = ulen - 3; j >= 0; j--)
        {
            ulong digit = DivRem3By2(r1, r0, u[j], d1, d0, v, out r1, out r0);
            if (quotient != null) quotient[j] = digit;
        }
        u[1] = r1;
        u[0] = r0;
    }

    /// <summary>
    /// Knuth's algorithm D for a normalised divisor of n &gt;= 3 limbs whose top limbs exceed the top of
    /// u[0..ulen); the remainder is left in u[0..n).
    /// </summary>
    private static void DivideKnuth(ulong* u, int ulen, ulong* d, int n, ulong* quotient)
    {
        ulong d1 = d[n - 1], d0 = d[n - 2];
        ulong v = Reciprocal3By2(d1, d0);
        for (int j = ulen - n - 1; j >= 0; j--)
        {
            ulong* window = u + j;
            ulong u2 = window[n], u1 = window[n - 1], u0 = window[n - 2];
            ulong digit;
            if (u2 == d1 && u1 == d0)
            {
                // Outside the 3-by-2 step's domain. The digit is then exactly 2^64 - 1: the window is at
                // least (d1, d0) * 2^(64(n-1)), which exceeds (2^64 - 1) * divisor because d's lower limbs,
                // shifted up one limb, fall short of d itself.
                digit = ulong.MaxValue;
                window[n] = u2 - SubtractMultiple(window, d, n, digit);
            }
            else
            {
                digit = DivRem3By2(u2, u1, u0, d1, d0, v, out ulong r1, out ulong r0);
                ulong carry = SubtractMultiple(window, d, n - 2, digit);
                ulong borrow = 0;
                window[n - 2] = SubtractWithBorrow(r0, carry, ref borrow);
                window[n - 1] = SubtractWithBorrow(r1, 0, ref borrow);
                if (borrow != 0)
                {
                    // The lower divisor limbs made the digit one too large (rare): add the divisor back.
                    digit--;
                    AddBack(window, d, n);
                }
            }
            if (quotient != null) quotient[j] = digit;
        }
    }

    /// <summary>window[0..count) -= q * divisor[0..count); returns the limb still to subtract from window[count].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SubtractMultiple(ulong* window, ulong* divisor, int count, ulong q)
    {
        ulong carry = 0;
        for (int i = 0; i < count; i++)
        {
            ulong high = Math.BigMul(divisor[i], q, out ulong low);
            ulong x = window[i];
            ulong difference = x - low;
            high += difference > x ? 1UL : 0UL;
            ulong result = difference - carry;
            high += result > difference ? 1UL : 0UL;
            window[i] = result;
            carry = high;
        }
        return carry;
    }

    /// <summary>window[0..n) += divisor[0..n), dropping the carry out (it cancels the borrow that called for it).</summary>
    private static void AddBack(ulong* window, ulong* divisor, int n)
    {
        ulong carry = 0;
        for (int i = 0; i < n; i++)
            window[i] = AddWithCarry(window[i], divisor[i], ref carry);
    }
}
