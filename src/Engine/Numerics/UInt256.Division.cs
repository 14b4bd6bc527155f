using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Csevm.Numerics;

/// <summary>
/// Unsigned division (DIV, MOD): fast exits for the shapes programs use most — both operands in
/// one limb, a dividend below the divisor, a power-of-two divisor (a shift and a mask), a one-limb
/// divisor (a hardware divide per limb on x86) — and otherwise the reciprocal-based long division
/// of <c>UInt256.LongDivision.cs</c>.
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
    public static void DivRem(in UInt256 a, in UInt256 b, out UInt256 quotient, out UInt256 remainder)
    {
        if (b.IsUlong)
        {
            ulong d = b.U0;
            if (d == 0)
            {
                quotient = default;
                remainder = default;
                return;
            }
            if ((d & (d - 1)) != 0 && (X86Base.X64.IsSupported || ((a.U2 | a.U3) == 0 && a.U1 < d)))
            {
                // One hardware divide per limb. On x86 a 128-by-64 DIV is about as fast as a reciprocal
                // step on current cores (Zen 4: 4-limb dividends 15 ns this way, 26 ns through the
                // reciprocal) and needs no normalising; elsewhere only when the quotient fits one limb.
                DivideByLimb(a, d, out var limbQuotient, out ulong limbRemainder);
                quotient = limbQuotient;
                remainder = new UInt256(limbRemainder);
                return;
            }
        }
        else if (LessThan(a, b))
        {
            var smaller = a;
            quotient = default;
            remainder = smaller;
            return;
        }
        int exponent = PowerOfTwoExponent(b);
        if (exponent >= 0)
        {
            Subtract(b, One, out var mask);
            And(a, mask, out var low);
            ShiftRight(a, exponent, out quotient);
            remainder = low;
            return;
        }
        DivideLong(a, b, out quotient, out remainder);
    }

    /// <summary>k when the value is 2^k, else -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PowerOfTwoExponent(in UInt256 value)
    {
        int bits = BitOperations.PopCount(value.U0) + BitOperations.PopCount(value.U1)
            + BitOperations.PopCount(value.U2) + BitOperations.PopCount(value.U3);
        return bits == 1 ? 255 - LeadingZeroCount(value) : -1;
    }

    /// <summary>The general case through the limb buffers: b has no single bit, and a &gt;= b or b fits one limb.</summary>
    [SkipLocalsInit]
    private static void DivideLong(in UInt256 a, in UInt256 b, out UInt256 quotient, out UInt256 remainder)
    {
        ulong* limbs = stackalloc ulong[18];
        ulong* u = limbs, d = limbs + 5, q = limbs + 10, r = limbs + 14;
        a.CopyTo(u);
        b.CopyTo(d);
        q[0] = q[1] = q[2] = q[3] = 0;
        r[1] = r[2] = r[3] = 0;
        DivideLimbs(u, a.LimbCount, d, b.LimbCount, q, r);
        quotient = new UInt256(q[0], q[1], q[2], q[3]);
        remainder = new UInt256(r[0], r[1], r[2], r[3]);
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

    /// <summary>Short division of all four limbs by one non-zero limb, one hardware divide per limb.</summary>
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
