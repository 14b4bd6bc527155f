using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Csevm.Numerics;

/// <summary>Addition, subtraction, multiplication and negation modulo 2^256.</summary>
public readonly partial struct UInt256
{
    /// <summary>a + b mod 2^256 (the EVM's ADD).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(in UInt256 a, in UInt256 b, out UInt256 result) => AddOverflow(a, b, out result);

    /// <summary>a + b mod 2^256; returns the carry out of the top limb.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AddOverflow(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        ulong carry = 0;
        ulong r0 = AddWithCarry(a.U0, b.U0, ref carry);
        ulong r1 = AddWithCarry(a.U1, b.U1, ref carry);
        ulong r2 = AddWithCarry(a.U2, b.U2, ref carry);
        ulong r3 = AddWithCarry(a.U3, b.U3, ref carry);
        result = new UInt256(r0, r1, r2, r3);
        return carry != 0;
    }

    /// <summary>a - b mod 2^256 (the EVM's SUB).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Subtract(in UInt256 a, in UInt256 b, out UInt256 result) => SubtractUnderflow(a, b, out result);

    /// <summary>a - b mod 2^256; returns true when b &gt; a (a borrow out of the top limb).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SubtractUnderflow(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        ulong borrow = 0;
        ulong r0 = SubtractWithBorrow(a.U0, b.U0, ref borrow);
        ulong r1 = SubtractWithBorrow(a.U1, b.U1, ref borrow);
        ulong r2 = SubtractWithBorrow(a.U2, b.U2, ref borrow);
        ulong r3 = SubtractWithBorrow(a.U3, b.U3, ref borrow);
        result = new UInt256(r0, r1, r2, r3);
        return borrow != 0;
    }

    /// <summary>Two's complement negation: 0 - a mod 2^256.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Negate(in UInt256 a, out UInt256 result) => SubtractUnderflow(default, a, out result);

    /// <summary>The low 256 bits of a * b (the EVM's MUL).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Multiply(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        if (a.IsUlong && b.IsUlong)
        {
            ulong high = MultiplyLimbs(a.U0, b.U0, out ulong low);
            result = new UInt256(low, high);
            return;
        }
        if ((a.U2 | a.U3 | b.U2 | b.U3) == 0)
        {
            Multiply128(a, b, out result);
            return;
        }
        MultiplyFull(a, b, out result);
    }

    /// <summary>a * b mod 2^256 through the cheaper squaring schedule (6 limb products instead of 10): EXP's inner step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Square(in UInt256 a, out UInt256 result)
    {
        // Off-diagonal products once, doubled, then the diagonal a0^2 + a1^2 * B^2 added (a2^2 and a3^2 lie above B^4).
        ulong carry = MultiplyAdd(a.U0, a.U1, 0, 0, out ulong t1);
        carry = MultiplyAdd(a.U0, a.U2, carry, 0, out ulong t2);
        ulong t3 = a.U0 * a.U3 + carry + a.U1 * a.U2;
        t3 = (t3 << 1) | (t2 >> 63);
        t2 = (t2 << 1) | (t1 >> 63);
        t1 <<= 1;

        ulong high0 = MultiplyLimbs(a.U0, a.U0, out ulong r0);
        ulong high1 = MultiplyLimbs(a.U1, a.U1, out ulong low1);
        ulong sumCarry = 0;
        ulong r1 = AddWithCarry(t1, high0, ref sumCarry);
        ulong r2 = AddWithCarry(t2, low1, ref sumCarry);
        ulong r3 = t3 + high1 + sumCarry;
        result = new UInt256(r0, r1, r2, r3);
    }

    /// <summary>The product of two values below 2^128: four limb products, no truncation needed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Multiply128(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        ulong carry = MultiplyAdd(a.U0, b.U0, 0, 0, out ulong r0);
        ulong r2 = MultiplyAdd(a.U0, b.U1, carry, 0, out ulong r1);
        carry = MultiplyAdd(a.U1, b.U0, r1, 0, out r1);
        ulong r3 = MultiplyAdd(a.U1, b.U1, r2, carry, out r2);
        result = new UInt256(r0, r1, r2, r3);
    }

    /// <summary>Schoolbook product truncated to four limbs: only the partial products below 2^256 are formed.</summary>
    private static void MultiplyFull(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        ulong carry = MultiplyAdd(a.U0, b.U0, 0, 0, out ulong r0);
        carry = MultiplyAdd(a.U0, b.U1, carry, 0, out ulong r1);
        carry = MultiplyAdd(a.U0, b.U2, carry, 0, out ulong r2);
        ulong r3 = a.U0 * b.U3 + carry;

        carry = MultiplyAdd(a.U1, b.U0, r1, 0, out r1);
        carry = MultiplyAdd(a.U1, b.U1, r2, carry, out r2);
        r3 += a.U1 * b.U2 + carry;

        carry = MultiplyAdd(a.U2, b.U0, r2, 0, out r2);
        r3 += a.U2 * b.U1 + carry;

        r3 += a.U3 * b.U0;
        result = new UInt256(r0, r1, r2, r3);
    }

    /// <summary>
    /// x * y as a 128-bit value: the high limb returned, the low one in <paramref name="low"/>.
    /// Math.BigMul hands the low limb back through memory, a store and reload on the dependency
    /// chain of every quotient step; MULX for the high limb and IMUL for the low one stay in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong MultiplyLimbs(ulong x, ulong y, out ulong low)
    {
        low = x * y;
        return MultiplyHigh(x, y);
    }

    /// <summary>The high limb of x * y alone: MULX where the CPU has BMI2, which keeps it in a register.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong MultiplyHigh(ulong x, ulong y) =>
        Bmi2.X64.IsSupported ? Bmi2.X64.MultiplyNoFlags(x, y) : Math.BigMul(x, y, out _);

    /// <summary>x * y + addend1 + addend2 as a 128-bit value; it never overflows because (2^64-1)^2 + 2(2^64-1) = 2^128-1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong MultiplyAdd(ulong x, ulong y, ulong addend1, ulong addend2, out ulong low)
    {
        ulong high = MultiplyLimbs(x, y, out ulong productLow);
        low = productLow + addend1;
        high += low < productLow ? 1UL : 0UL;
        ulong sum = low + addend2;
        high += sum < low ? 1UL : 0UL;
        low = sum;
        return high;
    }

    /// <summary>x + y + carry (carry is 0 or 1); the carry out is the majority of the three top bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong AddWithCarry(ulong x, ulong y, ref ulong carry)
    {
        ulong sum = x + y + carry;
        carry = ((x & y) | ((x | y) & ~sum)) >> 63;
        return sum;
    }

    /// <summary>x - y - borrow (borrow is 0 or 1), with the borrow out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong SubtractWithBorrow(ulong x, ulong y, ref ulong borrow)
    {
        ulong difference = x - y - borrow;
        borrow = ((~x & y) | (~(x ^ y) & difference)) >> 63;
        return difference;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 operator +(in UInt256 a, in UInt256 b)
    {
        Add(a, b, out var result);
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 operator -(in UInt256 a, in UInt256 b)
    {
        Subtract(a, b, out var result);
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 operator -(in UInt256 a)
    {
        Negate(a, out var result);
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 operator *(in UInt256 a, in UInt256 b)
    {
        Multiply(a, b, out var result);
        return result;
    }
}
