using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Csevm.Numerics;

/// <summary>
/// The quotient-limb steps of Möller and Granlund, "Improved division by invariant integers"
/// (IEEE Trans. Computers, 2011). The divisor is normalised (its top bit set) and its reciprocal
/// computed once; every quotient limb then costs two multiplications and a few additions
/// instead of a hardware divide, whose latency is several times longer on most x86 cores.
/// </summary>
public readonly partial struct UInt256
{
    /// <summary>floor((2^128 - 1) / d) - 2^64 for a normalised <paramref name="d"/>: the multiplier of the 2-by-1 step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Reciprocal2By1(ulong d)
    {
        // (2^128 - 1) - 2^64 d = (~d) * 2^64 + (2^64 - 1), and ~d < d: one 128-by-64 divide whose quotient fits a limb.
#pragma warning disable SYSLIB5004 // DIV r64 is exactly this operation; the API is only marked experimental.
        if (X86Base.X64.IsSupported) return X86Base.X64.DivRem(ulong.MaxValue, ~d, d).Quotient;
#pragma warning restore SYSLIB5004
        return (ulong)(new UInt128(~d, ulong.MaxValue) / d);
    }

    /// <summary>
    /// floor((2^192 - 1) / (d1 * 2^64 + d0)) - 2^64 for a normalised two-limb divisor: the multiplier
    /// of the 3-by-2 step (the paper's algorithm 6: the one-limb reciprocal of d1 corrected for d0).
    /// </summary>
    internal static ulong Reciprocal3By2(ulong d1, ulong d0)
    {
        ulong v = Reciprocal2By1(d1);
        ulong p = d1 * v + d0;
        if (p < d0)
        {
            v--;
            if (p >= d1)
            {
                v--;
                p -= d1;
            }
            p -= d1;
        }
        ulong t1 = MultiplyLimbs(v, d0, out ulong t0);
        p += t1;
        if (p < t1)
        {
            v--;
            if (p > d1 || (p == d1 && t0 >= d0)) v--;
        }
        return v;
    }

    /// <summary>
    /// (u1 * 2^64 + u0) / d for a normalised d with reciprocal v and u1 &lt; d, so the quotient fits a
    /// limb (the paper's algorithm 4).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong DivRem2By1(ulong u1, ulong u0, ulong d, ulong v, out ulong remainder)
    {
        ulong q1 = MultiplyLimbs(v, u1, out ulong q0);
        q0 += u0;
        q1 += u1 + (q0 < u0 ? 1UL : 0UL) + 1;
        ulong r = u0 - q1 * d;
        // The estimate is one too large about half the time: a mask, not a branch the predictor cannot learn.
        ulong tooLarge = MaskWhen(r > q0);
        q1 += tooLarge;
        r += d & tooLarge;
        if (r >= d)
        {
            q1++;
            r -= d;
        }
        remainder = r;
        return q1;
    }

    /// <summary>
    /// (u2, u1, u0) / (d1, d0) for a normalised two-limb divisor with reciprocal v (from
    /// <see cref="Reciprocal3By2"/>) and (u2, u1) &lt; (d1, d0), so the quotient fits a limb; the
    /// remainder is (r1, r0) (the paper's algorithm 5).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong DivRem3By2(ulong u2, ulong u1, ulong u0, ulong d1, ulong d0, ulong v, out ulong r1, out ulong r0)
    {
        ulong q1 = MultiplyLimbs(v, u2, out ulong q0);
        q0 += u1;
        q1 += u2 + (q0 < u1 ? 1UL : 0UL);

        // (r1, r0) = (u1 - q1 d1, u0) - q1 d0 - (d1, d0), all mod 2^128.
        ulong high = u1 - q1 * d1;
        ulong t1 = MultiplyLimbs(d0, q1, out ulong t0);
        ulong low = u0 - t0;
        high -= t1 + (low > u0 ? 1UL : 0UL);
        ulong lowAfter = low - d0;
        high -= d1 + (lowAfter > low ? 1UL : 0UL);
        low = lowAfter;
        q1++;

        ulong tooLarge = MaskWhen(high >= q0);
        q1 += tooLarge;
        ulong addLow = low + (d0 & tooLarge);
        high += (d1 & tooLarge) + (addLow < low ? 1UL : 0UL);
        low = addLow;

        if (high > d1 || (high == d1 && low >= d0))
        {
            q1++;
            ulong subLow = low - d0;
            high -= d1 + (subLow > low ? 1UL : 0UL);
            low = subLow;
        }
        r1 = high;
        r0 = low;
        return q1;
    }

    /// <summary>
    /// The same quotient and remainder as <see cref="DivRem3By2"/> without a reciprocal: a 128-by-64
    /// divide of (u2, u1) by d1, which overestimates by at most two, corrected with d0 (Knuth's
    /// estimate). For a single quotient limb this is cheaper than computing the reciprocal first.
    /// </summary>
    internal static ulong DivRem3By2Direct(ulong u2, ulong u1, ulong u0, ulong d1, ulong d0, out ulong r1, out ulong r0)
    {
        ulong q, rest, top = 0;
        if (u2 == d1)
        {
            // The quotient of (d1, u1) by d1 is 2^64 or more; start from 2^64 - 1, rest = u1 + d1 (may carry).
            q = ulong.MaxValue;
            rest = u1 + d1;
            top = rest < d1 ? 1UL : 0UL;
        }
        else
        {
            q = DivideTwoLimbs(u2, u1, d1, out rest);
        }
        // (top, rest, u0) - q * d0 is the remainder for q; while it is negative, q was too large.
        ulong productHigh = MultiplyLimbs(q, d0, out ulong productLow);
        ulong borrow = 0;
        ulong low = SubtractWithBorrow(u0, productLow, ref borrow);
        ulong high = SubtractWithBorrow(rest, productHigh, ref borrow);
        top -= borrow;
        while ((long)top < 0)
        {
            q--;
            ulong carry = 0;
            low = AddWithCarry(low, d0, ref carry);
            high = AddWithCarry(high, d1, ref carry);
            top += carry;
        }
        r1 = high;
        r0 = low;
        return q;
    }

    /// <summary>All ones when <paramref name="condition"/> holds, else zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MaskWhen(bool condition) => 0UL - (condition ? 1UL : 0UL);
}
