using System.Runtime.CompilerServices;
using Csevm.Numerics;

namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// 64-bit limb steps with the carry kept in a by-ref local: inlined, the JIT holds limbs and carries
/// in registers (there is no add-with-carry intrinsic, so carries are detected by comparison).
/// </summary>
internal static class LimbArithmetic
{
    /// <summary>x·y + carry: returns the low limb and leaves the high one in <paramref name="carry"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MulCarry(ulong x, ulong y, ref ulong carry)
    {
        var high = UInt256.MultiplyLimbs(x, y, out var low);
        low += carry;
        carry = high + (low < carry ? 1UL : 0UL);
        return low;
    }

    /// <summary>x·y + addend + carry: returns the low limb and leaves the high one in <paramref name="carry"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MulAdd(ulong x, ulong y, ulong addend, ref ulong carry)
    {
        // High word by MULX, low by IMUL: Math.BigMul's out parameter would pass the low word through memory.
        var high = UInt256.MultiplyLimbs(x, y, out var low);
        low += addend;
        high += low < addend ? 1UL : 0UL;
        low += carry;
        high += low < carry ? 1UL : 0UL;
        carry = high;
        return low;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong AddWithCarry(ulong a, ulong b, ref ulong carry)
    {
        var sum = a + b;
        var carryOut = sum < a ? 1UL : 0UL;
        sum += carry;
        carryOut |= sum < carry ? 1UL : 0UL;
        carry = carryOut;
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong SubtractWithBorrow(ulong a, ulong b, ref ulong borrow)
    {
        var difference = a - b;
        var borrowOut = a < b ? 1UL : 0UL;
        borrowOut |= difference < borrow ? 1UL : 0UL;
        difference -= borrow;
        borrow = borrowOut;
        return difference;
    }
}
