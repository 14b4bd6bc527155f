using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Csevm.Numerics;

/// <summary>
/// Unsigned division on 64-bit limbs: Knuth's algorithm D (normalised divisor, quotient digit
/// estimated from the top two limbs and corrected with the third), with single-limb and
/// single-word fast paths. The same limb routine reduces the 320- and 512-bit intermediates of
/// ADDMOD and MULMOD.
/// </summary>
public readonly partial struct UInt256
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
    public static void DivRem(in UInt256 a, in UInt256 b, out UInt256 quotient, out UInt256 remainder)
    {
        if (b.IsZero)
        {
            quotient = default;
            remainder = default;
            return;
        }
        // Results are assigned last, after every read, so callers may pass an operand's slot as an output.
        if (LessThan(a, b))
        {
            var smaller = a;
            quotient = default;
            remainder = smaller;
            return;
        }
        if (a.IsUlong)
        {
            ulong q = a.U0 / b.U0, r = a.U0 - q * b.U0;
            quotient = new UInt256(q);
            remainder = new UInt256(r);
            return;
        }
        Span<ulong> quotientLimbs = stackalloc ulong[4];
        Span<ulong> remainderLimbs = stackalloc ulong[4];
        quotientLimbs.Clear();
        remainderLimbs.Clear();
        DivideLimbs(a.Limbs[..a.LimbCount], b.Limbs[..b.LimbCount], quotientLimbs, remainderLimbs);
        quotient = FromLimbs(quotientLimbs);
        remainder = FromLimbs(remainderLimbs);
    }

    /// <summary>The four limbs, least significant first, as a read-only view of this value.</summary>
    internal ReadOnlySpan<ulong> Limbs
    {
        [UnscopedRef]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => MemoryMarshal.CreateReadOnlySpan(ref Unsafe.AsRef(in U0), 4);
    }

    /// <summary>Number of limbs up to and including the most significant non-zero one (0 for zero).</summary>
    internal int LimbCount => U3 != 0 ? 4 : U2 != 0 ? 3 : U1 != 0 ? 2 : U0 != 0 ? 1 : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static UInt256 FromLimbs(ReadOnlySpan<ulong> limbs) => new(limbs[0], limbs[1], limbs[2], limbs[3]);

    /// <summary>
    /// Divides the numerator limbs by the divisor limbs. Both are trimmed (top limb non-zero) and
    /// the numerator has at least as many limbs as the divisor (at most 8 and 4). The quotient
    /// (numerator.Length - divisor.Length + 1 limbs) is written only when <paramref name="quotient"/>
    /// is non-empty; the remainder (divisor.Length limbs) always.
    /// </summary>
    internal static void DivideLimbs(ReadOnlySpan<ulong> numerator, ReadOnlySpan<ulong> divisor, Span<ulong> quotient, Span<ulong> remainder)
    {
        if (divisor.Length == 1)
        {
            remainder[0] = DivideBySingleLimb(numerator, divisor[0], quotient);
            return;
        }

        int n = divisor.Length;
        int m = numerator.Length - n;
        int shift = BitOperations.LeadingZeroCount(divisor[n - 1]);

        // Normalise so the divisor's top bit is set: every quotient estimate is then at most 2 too large.
        Span<ulong> v = stackalloc ulong[4];
        Span<ulong> u = stackalloc ulong[9];
        ShiftLimbsLeft(divisor, shift, v);
        u[numerator.Length] = shift == 0 ? 0 : numerator[^1] >> (64 - shift);
        ShiftLimbsLeft(numerator, shift, u);

        ulong vTop = v[n - 1], vNext = v[n - 2];
        for (int j = m; j >= 0; j--)
        {
            ulong uTop = u[j + n], uNext = u[j + n - 1];
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
                if (productHigh < rhat || (productHigh == rhat && productLow <= u[j + n - 2])) break;
                qhat--;
                rhat += vTop;
                rhatOverflow = rhat < vTop;
            }

            if (SubtractMultiple(u.Slice(j, n + 1), v[..n], qhat))
            {
                // The estimate was one too large (rare): add the divisor back.
                qhat--;
                AddBack(u.Slice(j, n + 1), v[..n]);
            }
            if (!quotient.IsEmpty) quotient[j] = qhat;
        }

        for (int i = 0; i < n - 1; i++)
            remainder[i] = shift == 0 ? u[i] : (u[i] >> shift) | (u[i + 1] << (64 - shift));
        remainder[n - 1] = u[n - 1] >> shift;
    }

    /// <summary>Short division by one limb; writes the quotient when requested and returns the remainder.</summary>
    private static ulong DivideBySingleLimb(ReadOnlySpan<ulong> numerator, ulong divisor, Span<ulong> quotient)
    {
        ulong rest = 0;
        for (int j = numerator.Length - 1; j >= 0; j--)
        {
            ulong digit = DivideTwoLimbs(rest, numerator[j], divisor, out rest);
            if (!quotient.IsEmpty) quotient[j] = digit;
        }
        return rest;
    }

    /// <summary>(high * 2^64 + low) / divisor for high &lt; divisor, so the quotient fits one limb.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong DivideTwoLimbs(ulong high, ulong low, ulong divisor, out ulong remainder)
    {
        if (high == 0)
        {
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

    /// <summary>destination[0..source.Length] = source &lt;&lt; shift (bits shifted out of the top are dropped).</summary>
    private static void ShiftLimbsLeft(ReadOnlySpan<ulong> source, int shift, Span<ulong> destination)
    {
        if (shift == 0)
        {
            source.CopyTo(destination);
            return;
        }
        for (int i = source.Length - 1; i > 0; i--)
            destination[i] = (source[i] << shift) | (source[i - 1] >> (64 - shift));
        destination[0] = source[0] << shift;
    }

    /// <summary>window -= q * divisor, where window has one more limb than divisor; returns true on a borrow out.</summary>
    private static bool SubtractMultiple(Span<ulong> window, ReadOnlySpan<ulong> divisor, ulong q)
    {
        ulong carry = 0, borrow = 0;
        for (int i = 0; i < divisor.Length; i++)
        {
            carry = MultiplyAdd(q, divisor[i], carry, 0, out ulong product);
            window[i] = SubtractWithBorrow(window[i], product, ref borrow);
        }
        ulong top = window[divisor.Length];
        ulong topBorrow = 0;
        ulong afterCarry = SubtractWithBorrow(top, carry, ref topBorrow);
        window[divisor.Length] = SubtractWithBorrow(afterCarry, 0, ref borrow);
        return (topBorrow | borrow) != 0;
    }

    /// <summary>window += divisor, ignoring the final carry (it cancels the earlier borrow).</summary>
    private static void AddBack(Span<ulong> window, ReadOnlySpan<ulong> divisor)
    {
        ulong carry = 0;
        for (int i = 0; i < divisor.Length; i++)
            window[i] = AddWithCarry(window[i], divisor[i], ref carry);
        window[divisor.Length] += carry;
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
