using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Csevm.Numerics;

/// <summary>
/// Long division of limb buffers by a divisor of one to four limbs: DIV and MOD's 256-bit
/// dividends, ADDMOD's 320-bit sums and MULMOD's 512-bit products. Divisor and dividend are shifted
/// so the divisor's top bit is set; each quotient limb then comes from a Möller–Granlund step: 2-by-1
/// for one-limb divisors (off x86: there a hardware 128-by-64 DIV per limb measured as fast and needs
/// no normalising), 3-by-2 for two limbs, and for three or four limbs Knuth's algorithm D with
/// the 3-by-2 step as the estimate. That estimate is exact for the divisor's top two limbs, so it is
/// at most one too large for the whole divisor: one rare add-back, no correction loop. The running
/// remainder lives in registers, one routine per divisor width.
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
        if (n == 1 && X86Base.X64.IsSupported)
        {
            // One hardware divide per limb, as in DivRem: no reciprocal, no normalising.
            ulong rest = 0;
            for (int j = length - 1; j >= 0; j--)
            {
                ulong digit = DivideTwoLimbs(rest, u[j], d[0], out rest);
                if (quotient != null) quotient[j] = digit;
            }
            remainder[0] = rest;
            return;
        }
        int shift = BitOperations.LeadingZeroCount(d[n - 1]);
        ShiftLeftWithCarry(d, n, shift);
        ShiftLeftWithCarry(u, length, shift);
        // Each step needs the running remainder below the divisor: the shifted-out limb always is,
        // and when it is zero the dividend's own top limb may be too, saving one step.
        int shiftedLength = u[length] != 0 || u[length - 1] >= d[n - 1] ? length + 1 : length;

        if (n == 1) DivideByOneLimb(u, shiftedLength, d[0], quotient);
        else if (n == 2) DivideByTwoLimbs(u, shiftedLength, d[1], d[0], quotient);
        else if (n == 3) DivideByThreeLimbs(u, shiftedLength, d, quotient);
        else DivideByFourLimbs(u, shiftedLength, d, quotient);

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

    /// <summary>u[0..ulen) / d for a normalised one-limb d with u[ulen-1] &lt; d; the remainder is left in u[0]. Used where there is no hardware 128-by-64 divide.</summary>
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
        // For one quotient limb the reciprocal would cost more than it saves.
        bool direct = ulen == 3;
        ulong v = direct ? 0 : Reciprocal3By2(d1, d0);
        ulong r1 = u[ulen - 1], r0 = u[ulen - 2];
        for (int j = ulen - 3; j >= 0; j--)
        {
            ulong digit = direct
                ? DivRem3By2Direct(r1, r0, u[j], d1, d0, out r1, out r0)
                : DivRem3By2(r1, r0, u[j], d1, d0, v, out r1, out r0);
            if (quotient != null) quotient[j] = digit;
        }
        u[1] = r1;
        u[0] = r0;
    }

    /// <summary>
    /// u[0..ulen) / d for a normalised three-limb divisor above the top three limbs of u; the
    /// remainder is left in u[0..3). The running remainder stays in registers and takes in one
    /// dividend limb per quotient limb.
    /// </summary>
    private static void DivideByThreeLimbs(ulong* u, int ulen, ulong* d, ulong* quotient)
    {
        ulong d2 = d[2], d1 = d[1], d0 = d[0];
        bool direct = ulen == 4;
        ulong v = direct ? 0 : Reciprocal3By2(d2, d1);
        ulong r2 = u[ulen - 1], r1 = u[ulen - 2], r0 = u[ulen - 3];
        for (int j = ulen - 4; j >= 0; j--)
        {
            ulong next = u[j], digit, borrow = 0;
            if (r2 == d2 && r1 == d1)
            {
                // Outside the 3-by-2 step's domain; the digit is exactly 2^64 - 1 (see DivideByFourLimbs).
                // window - (2^64 - 1) d = (r0 - d0, next) over the limbs where window - 2^64 d is non-zero, plus d.
                digit = ulong.MaxValue;
                ulong s1 = SubtractWithBorrow(r0, d0, ref borrow);
                ulong s2 = 0 - borrow, carry = 0;
                r0 = AddWithCarry(next, d0, ref carry);
                r1 = AddWithCarry(s1, d1, ref carry);
                r2 = s2 + d2 + carry;
            }
            else
            {
                ulong high, low;
                digit = direct
                    ? DivRem3By2Direct(r2, r1, r0, d2, d1, out high, out low)
                    : DivRem3By2(r2, r1, r0, d2, d1, v, out high, out low);
                ulong productHigh = MultiplyLimbs(digit, d0, out ulong productLow);
                r0 = SubtractWithBorrow(next, productLow, ref borrow);
                r1 = SubtractWithBorrow(low, productHigh, ref borrow);
                r2 = SubtractWithBorrow(high, 0, ref borrow);
                if (borrow != 0)
                {
                    // The lowest divisor limb made the digit one too large (rare): add the divisor back.
                    digit--;
                    ulong carry = 0;
                    r0 = AddWithCarry(r0, d0, ref carry);
                    r1 = AddWithCarry(r1, d1, ref carry);
                    r2 += d2 + carry;
                }
            }
            if (quotient != null) quotient[j] = digit;
        }
        u[0] = r0;
        u[1] = r1;
        u[2] = r2;
    }

    /// <summary>
    /// u[0..ulen) / d for a normalised four-limb divisor above the top four limbs of u; the remainder
    /// is left in u[0..4). The running remainder stays in registers and takes in one dividend limb per
    /// quotient limb: MULMOD's 512-bit product by a 256-bit modulus takes four or five such steps.
    /// </summary>
    private static void DivideByFourLimbs(ulong* u, int ulen, ulong* d, ulong* quotient)
    {
        ulong d3 = d[3], d2 = d[2], d1 = d[1], d0 = d[0];
        bool direct = ulen == 5;
        ulong v = direct ? 0 : Reciprocal3By2(d3, d2);
        ulong r3 = u[ulen - 1], r2 = u[ulen - 2], r1 = u[ulen - 3], r0 = u[ulen - 4];
        for (int j = ulen - 5; j >= 0; j--)
        {
            ulong next = u[j], digit, borrow = 0;
            if (r3 == d3 && r2 == d2)
            {
                // Outside the 3-by-2 step's domain. The digit is then exactly 2^64 - 1: the window is at
                // least (d3, d2) * 2^192, which exceeds (2^64 - 1) * d because d's lower limbs, shifted
                // up one limb, fall short of d itself. window - (2^64 - 1) d = window - 2^64 d + d.
                digit = ulong.MaxValue;
                ulong s1 = SubtractWithBorrow(r0, d0, ref borrow);
                ulong s2 = SubtractWithBorrow(r1, d1, ref borrow);
                ulong s3 = 0 - borrow, carry = 0;
                r0 = AddWithCarry(next, d0, ref carry);
                r1 = AddWithCarry(s1, d1, ref carry);
                r2 = AddWithCarry(s2, d2, ref carry);
                r3 = s3 + d3 + carry;
            }
            else
            {
                ulong high, low;
                digit = direct
                    ? DivRem3By2Direct(r3, r2, r1, d3, d2, out high, out low)
                    : DivRem3By2(r3, r2, r1, d3, d2, v, out high, out low);
                // Subtract digit * (d1, d0), three limbs, from (low, r0, next).
                ulong high0 = MultiplyLimbs(digit, d0, out ulong low0);
                ulong high1 = MultiplyLimbs(digit, d1, out ulong low1);
                ulong middle = low1 + high0;
                ulong top = high1 + (middle < low1 ? 1UL : 0UL);
                ulong n0 = SubtractWithBorrow(next, low0, ref borrow);
                ulong n1 = SubtractWithBorrow(r0, middle, ref borrow);
                ulong n2 = SubtractWithBorrow(low, top, ref borrow);
                r3 = SubtractWithBorrow(high, 0, ref borrow);
                r2 = n2;
                r1 = n1;
                r0 = n0;
                if (borrow != 0)
                {
                    // The lower divisor limbs made the digit one too large (rare): add the divisor back.
                    digit--;
                    ulong carry = 0;
                    r0 = AddWithCarry(r0, d0, ref carry);
                    r1 = AddWithCarry(r1, d1, ref carry);
                    r2 = AddWithCarry(r2, d2, ref carry);
                    r3 += d3 + carry;
                }
            }
            if (quotient != null) quotient[j] = digit;
        }
        u[0] = r0;
        u[1] = r1;
        u[2] = r2;
        u[3] = r3;
    }
}
