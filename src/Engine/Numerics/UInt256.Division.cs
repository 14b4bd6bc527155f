using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Csevm.Numerics;

/// <summary>
/// Unsigned division on 64-bit limbs. A divisor of one limb takes one hardware 128-by-64 divide
/// per dividend limb; wider divisors use Knuth's algorithm D (normalised divisor, quotient digit
/// estimated from the top two limbs and corrected with the third). The same limb routine reduces
/// the 320- and 512-bit intermediates of ADDMOD and MULMOD.
/// </summary>
public readonly unsafe partial struct UInt256
{
    /// <summary>a / b rounded down; 0 when b is 0 (the EVM's DIV).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Divide(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        if (a.IsUlong && b.IsUlong)
        {
            result = b.U0 == 0 ? default : new UInt256(a.U0 / b.U0);
            return;
        }
        DivRem(a, b, out result, out _);
    }

    /// <summary>a mod b; 0 when b is 0 (the EVM's MOD).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Mod(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        if (a.IsUlong && b.IsUlong)
        {
            result = b.U0 == 0 ? default : new UInt256(a.U0 % b.U0);
            return;
        }
        DivRem(a, b, out _, out result);
    }

    /// <summary>Quotient and remainder of a / b; both 0 when b is 0.</summary>
    /// <remarks>Results are assigned last, after every read, so callers may pass an operand's slot as an output.</remarks>
    [SkipLocalsInit]
    public static void DivRem(in UInt256 a, in UInt256 b, out UInt256 quotient, out UInt256 remainder)
    {
        if (b.IsZero)
        {
            quotient = default;
            remainder = default;
            return;
        }
        if (LessThan(a, b))
        {
            var smaller = a;
            quotient = default;
            remainder = smaller;
            return;
        }
        if (b.IsUlong)
        {
            DivideByLimb(a, b.U0, out var limbQuotient, out ulong limbRemainder);
            quotient = limbQuotient;
            remainder = new UInt256(limbRemainder);
            return;
        }

        ulong* numerator = stackalloc ulong[5];
        ulong* divisor = stackalloc ulong[4];
        ulong* quotientLimbs = stackalloc ulong[4];
        ulong* remainderLimbs = stackalloc ulong[4];
        a.CopyTo(numerator);
        b.CopyTo(divisor);
        quotientLimbs[0] = quotientLimbs[1] = quotientLimbs[2] = quotientLimbs[3] = 0;
        remainderLimbs[2] = remainderLimbs[3] = 0;
        DivideLimbs(numerator, a.LimbCount, divisor, b.LimbCount, quotientLimbs, remainderLimbs);
        quotient = new UInt256(quotientLimbs[0], quotientLimbs[1], quotientLimbs[2], quotientLimbs[3]);
        remainder = new UInt256(remainderLimbs[0], remainderLimbs[1], remainderLimbs[2], remainderLimbs[3]);
    }

    /// <summary>Number of limbs up to and including the most significant non-zero one (0 for zero).</summary>
    internal int LimbCount => U3 != 0 ? 4 : U2 != 0 ? 3 : U1 != 0 ? 2 : U0 != 0 ? 1 : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CopyTo(ulong* limbs)
    {
        limbs[0] = U0;
        limbs[1] = U1;
        limbs[2] = U2;
        limbs[3] = U3;
    }

    /// <summary>Short division of all four limbs by one non-zero limb.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void DivideByLimb(in UInt256 a, ulong divisor, out UInt256 quotient, out ulong remainder)
    {
        ulong q3 = DivideTwoLimbs(0, a.U3, divisor, out ulong rest);
        ulong q2 = DivideTwoLimbs(rest, a.U2, divisor, out rest);
        ulong q1 = DivideTwoLimbs(rest, a.U1, divisor, out rest);
        ulong q0 = DivideTwoLimbs(rest, a.U0, divisor, out rest);
        quotient = new UInt256(q0, q1, q2, q3);
        remainder = rest;
    }

    /// <summary>
    /// Divides <paramref name="numeratorLength"/> limbs at <paramref name="u"/> (trimmed; the buffer
    /// holds one spare limb and is overwritten) by <paramref name="n"/> limbs at <paramref name="v"/>
    /// (trimmed, overwritten), with numeratorLength &gt;= n. Writes numeratorLength - n + 1 quotient
    /// limbs unless <paramref name="quotient"/> is null, and n remainder limbs.
    /// </summary>
    internal static void DivideLimbs(ulong* u, int numeratorLength, ulong* v, int n, ulong* quotient, ulong* remainder)
    {
        if (n == 1)
        {
            ulong rest = 0;
            for (int j = numeratorLength - 1; j >= 0; j--)
            {
                ulong digit = DivideTwoLimbs(rest, u[j], v[0], out rest);
                if (quotient != null) quotient[j] = digit;
            }
            remainder[0] = rest;
            return;
        }

        // Normalise so the divisor's top bit is set: every quotient estimate is then at most 2 too large.
        int shift = BitOperations.LeadingZeroCount(v[n - 1]);
        u[numeratorLength] = 0;
        if (shift != 0)
        {
            ShiftLimbsLeft(v, n, shift);
            ShiftLimbsLeft(u, numeratorLength + 1, shift);
        }

        ulong vTop = v[n - 1], vNext = v[n - 2];
        for (int j = numeratorLength - n; j >= 0; j--)
        {
            ulong* window = u + j;
            ulong uTop = window[n], uNext = window[n - 1];
            ulong qhat, rhat;
            bool rhatOverflow;
            if (uTop >= vTop)
            {
                // uTop == vTop: the estimate B-1 with rhat = uTop*B + uNext - (B-1)*vTop = uNext + vTop.
                qhat = ulong.MaxValue;
                rhat = uNext + vTop;
                rhatOverflow = rhat < vTop;
            }
            else
            {
                qhat = DivideTwoLimbs(uTop, uNext, vTop, out rhat);
                rhatOverflow = false;
            }

            // Refine with the next divisor limb; once rhat >= B the test can no longer fail.
            while (!rhatOverflow)
            {
                ulong productHigh = Math.BigMul(qhat, vNext, out ulong productLow);
                if (productHigh < rhat || (productHigh == rhat && productLow <= window[n - 2])) break;
                qhat--;
                rhat += vTop;
                rhatOverflow = rhat < vTop;
            }

            if (SubtractMultiple(window, v, n, qhat))
            {
                // The estimate was one too large (rare): add the divisor back.
                qhat--;
                AddBack(window, v, n);
            }
            if (quotient != null) quotient[j] = qhat;
        }

        for (int i = 0; i < n - 1; i++)
            remainder[i] = shift == 0 ? u[i] : (u[i] >> shift) | (u[i + 1] << (64 - shift));
        remainder[n - 1] = u[n - 1] >> shift;
    }

    /// <summary>(high * 2^64 + low) / divisor for high &lt; divisor, so the quotient fits one limb.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong DivideTwoLimbs(ulong high, ulong low, ulong divisor, out ulong remainder)
    {
        if (high == 0)
        {
            if (low < divisor)
            {
                remainder = low;
                return 0;
            }
            ulong q = low / divisor;
            remainder = low - q * divisor;
            return q;
        }
#pragma warning disable SYSLIB5004 // DIV r64 is exactly this operation; the API is only marked experimental.
        if (X86Base.X64.IsSupported)
        {
            (ulong q, ulong r) = X86Base.X64.DivRem(low, high, divisor);
            remainder = r;
            return q;
        }
#pragma warning restore SYSLIB5004
        UInt128 dividend = new(high, low);
        ulong quotient = (ulong)(dividend / divisor);
        remainder = low - quotient * divisor;
        return quotient;
    }

    /// <summary>limbs[0..count] &lt;&lt;= shift for 0 &lt; shift &lt; 64; bits leaving the top limb are dropped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ShiftLimbsLeft(ulong* limbs, int count, int shift)
    {
        for (int i = count - 1; i > 0; i--)
            limbs[i] = (limbs[i] << shift) | (limbs[i - 1] >> (64 - shift));
        limbs[0] <<= shift;
    }

    /// <summary>window[0..n] -= q * divisor[0..n-1]; returns true on a borrow out of window[n].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SubtractMultiple(ulong* window, ulong* divisor, int n, ulong q)
    {
        ulong carry = 0, borrow = 0;
        for (int i = 0; i < n; i++)
        {
            carry = MultiplyAdd(q, divisor[i], carry, 0, out ulong product);
            window[i] = SubtractWithBorrow(window[i], product, ref borrow);
        }
        ulong topBorrow = 0;
        ulong afterCarry = SubtractWithBorrow(window[n], carry, ref topBorrow);
        window[n] = SubtractWithBorrow(afterCarry, 0, ref borrow);
        return (topBorrow | borrow) != 0;
    }

    /// <summary>window[0..n] += divisor, ignoring the final carry (it cancels the earlier borrow).</summary>
    private static void AddBack(ulong* window, ulong* divisor, int n)
    {
        ulong carry = 0;
        for (int i = 0; i < n; i++)
            window[i] = AddWithCarry(window[i], divisor[i], ref carry);
        window[n] += carry;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 operator /(in UInt256 a, in UInt256 b)
    {
        Divide(a, b, out var result);
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 operator %(in UInt256 a, in UInt256 b)
    {
        Mod(a, b, out var result);
        return result;
    }
}
