using System.Runtime.CompilerServices;
using Csevm.Numerics;
using static Csevm.Precompiles.Crypto.Bls12381.LimbArithmetic;

namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// An unreduced double-width product of Fp elements (twelve little-endian limbs, plain integer, no
/// modulus), for lazy reduction: sums and differences of products are formed first and reduced
/// once, which saves a Montgomery reduction per product (Fp2 multiplication: two instead of three),
/// and the product without its interleaved reduction has no dependency between rows.
/// <see cref="Reduce"/> needs a value below p·2³⁸⁴ (any product of two values below 2³⁸³ is).
/// </summary>
internal readonly struct FpWide
{
    public readonly ulong L0, L1, L2, L3, L4, L5, L6, L7, L8, L9, L10, L11;

    public FpWide(ulong l0, ulong l1, ulong l2, ulong l3, ulong l4, ulong l5, ulong l6, ulong l7, ulong l8, ulong l9, ulong l10, ulong l11)
    {
        L0 = l0;
        L1 = l1;
        L2 = l2;
        L3 = l3;
        L4 = l4;
        L5 = l5;
        L6 = l6;
        L7 = l7;
        L8 = l8;
        L9 = l9;
        L10 = l10;
        L11 = l11;
    }

    /// <summary>a·b as a 768-bit integer, by rows (operand scanning); a and b may be any 6-limb values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static FpWide Product(in Fp a, in Fp b)
    {
        ulong a0 = a.L0, a1 = a.L1, a2 = a.L2, a3 = a.L3, a4 = a.L4, a5 = a.L5;
        ulong b0 = b.L0;
        ulong carry = 0;
        var t0 = MulCarry(a0, b0, ref carry);
        var t1 = MulCarry(a1, b0, ref carry);
        var t2 = MulCarry(a2, b0, ref carry);
        var t3 = MulCarry(a3, b0, ref carry);
        var t4 = MulCarry(a4, b0, ref carry);
        var t5 = MulCarry(a5, b0, ref carry);
        var t6 = carry;
        var b1 = b.L1;
        carry = 0;
        t1 = MulAdd(a0, b1, t1, ref carry);
        t2 = MulAdd(a1, b1, t2, ref carry);
        t3 = MulAdd(a2, b1, t3, ref carry);
        t4 = MulAdd(a3, b1, t4, ref carry);
        t5 = MulAdd(a4, b1, t5, ref carry);
        t6 = MulAdd(a5, b1, t6, ref carry);
        var t7 = carry;
        var b2 = b.L2;
        carry = 0;
        t2 = MulAdd(a0, b2, t2, ref carry);
        t3 = MulAdd(a1, b2, t3, ref carry);
        t4 = MulAdd(a2, b2, t4, ref carry);
        t5 = MulAdd(a3, b2, t5, ref carry);
        t6 = MulAdd(a4, b2, t6, ref carry);
        t7 = MulAdd(a5, b2, t7, ref carry);
        var t8 = carry;
        var b3 = b.L3;
        carry = 0;
        t3 = MulAdd(a0, b3, t3, ref carry);
        t4 = MulAdd(a1, b3, t4, ref carry);
        t5 = MulAdd(a2, b3, t5, ref carry);
        t6 = MulAdd(a3, b3, t6, ref carry);
        t7 = MulAdd(a4, b3, t7, ref carry);
        t8 = MulAdd(a5, b3, t8, ref carry);
        var t9 = carry;
        var b4 = b.L4;
        carry = 0;
        t4 = MulAdd(a0, b4, t4, ref carry);
        t5 = MulAdd(a1, b4, t5, ref carry);
        t6 = MulAdd(a2, b4, t6, ref carry);
        t7 = MulAdd(a3, b4, t7, ref carry);
        t8 = MulAdd(a4, b4, t8, ref carry);
        t9 = MulAdd(a5, b4, t9, ref carry);
        var t10 = carry;
        var b5 = b.L5;
        carry = 0;
        t5 = MulAdd(a0, b5, t5, ref carry);
        t6 = MulAdd(a1, b5, t6, ref carry);
        t7 = MulAdd(a2, b5, t7, ref carry);
        t8 = MulAdd(a3, b5, t8, ref carry);
        t9 = MulAdd(a4, b5, t9, ref carry);
        t10 = MulAdd(a5, b5, t10, ref carry);
        var t11 = carry;
        return new(t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11);
    }

    /// <summary>a² as a 768-bit integer: the 15 cross products once, doubled, plus the 6 squares.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static FpWide Square(in Fp a)
    {
        ulong a0 = a.L0, a1 = a.L1, a2 = a.L2, a3 = a.L3, a4 = a.L4, a5 = a.L5;
        ulong carry = 0;
        var t1 = MulCarry(a1, a0, ref carry);
        var t2 = MulCarry(a2, a0, ref carry);
        var t3 = MulCarry(a3, a0, ref carry);
        var t4 = MulCarry(a4, a0, ref carry);
        var t5 = MulCarry(a5, a0, ref carry);
        var t6 = carry;
        carry = 0;
        t3 = MulAdd(a2, a1, t3, ref carry);
        t4 = MulAdd(a3, a1, t4, ref carry);
        t5 = MulAdd(a4, a1, t5, ref carry);
        t6 = MulAdd(a5, a1, t6, ref carry);
        var t7 = carry;
        carry = 0;
        t5 = MulAdd(a3, a2, t5, ref carry);
        t6 = MulAdd(a4, a2, t6, ref carry);
        t7 = MulAdd(a5, a2, t7, ref carry);
        var t8 = carry;
        carry = 0;
        t7 = MulAdd(a4, a3, t7, ref carry);
        t8 = MulAdd(a5, a3, t8, ref carry);
        var t9 = carry;
        carry = 0;
        t9 = MulAdd(a5, a4, t9, ref carry);
        var t10 = carry;
        var t11 = t10 >> 63;
        t10 = (t10 << 1) | (t9 >> 63);
        t9 = (t9 << 1) | (t8 >> 63);
        t8 = (t8 << 1) | (t7 >> 63);
        t7 = (t7 << 1) | (t6 >> 63);
        t6 = (t6 << 1) | (t5 >> 63);
        t5 = (t5 << 1) | (t4 >> 63);
        t4 = (t4 << 1) | (t3 >> 63);
        t3 = (t3 << 1) | (t2 >> 63);
        t2 = (t2 << 1) | (t1 >> 63);
        t1 <<= 1;
        ulong t0;
        carry = 0;
        t1 = AddWithCarry(t1, UInt256.MultiplyLimbs(a0, a0, out t0), ref carry);
        var high1 = UInt256.MultiplyLimbs(a1, a1, out var low1);
        t2 = AddWithCarry(t2, low1, ref carry);
        t3 = AddWithCarry(t3, high1, ref carry);
        var high2 = UInt256.MultiplyLimbs(a2, a2, out var low2);
        t4 = AddWithCarry(t4, low2, ref carry);
        t5 = AddWithCarry(t5, high2, ref carry);
        var high3 = UInt256.MultiplyLimbs(a3, a3, out var low3);
        t6 = AddWithCarry(t6, low3, ref carry);
        t7 = AddWithCarry(t7, high3, ref carry);
        var high4 = UInt256.MultiplyLimbs(a4, a4, out var low4);
        t8 = AddWithCarry(t8, low4, ref carry);
        t9 = AddWithCarry(t9, high4, ref carry);
        var high5 = UInt256.MultiplyLimbs(a5, a5, out var low5);
        t10 = AddWithCarry(t10, low5, ref carry);
        t11 = AddWithCarry(t11, high5, ref carry);
        return new(t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11);
    }

    /// <summary>
    /// Montgomery reduction T·2⁻³⁸⁴ mod p for T &lt; p·2³⁸⁴: six rows each adding m·p to clear the lowest
    /// limb, the rows' carries into the upper half chained separately; the result is below 2p before the final subtraction.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp Reduce(in FpWide t)
    {
        ulong t0 = t.L0, t1 = t.L1, t2 = t.L2, t3 = t.L3, t4 = t.L4, t5 = t.L5;
        ulong upperCarry = 0, carry;
        var m0 = t0 * Fp.NegativeModulusInverse;
        carry = UInt256.MultiplyHigh(m0, Fp.P0) + (t0 != 0 ? 1UL : 0UL); // the low limb cancels to zero
        t1 = MulAdd(m0, Fp.P1, t1, ref carry);
        t2 = MulAdd(m0, Fp.P2, t2, ref carry);
        t3 = MulAdd(m0, Fp.P3, t3, ref carry);
        t4 = MulAdd(m0, Fp.P4, t4, ref carry);
        t5 = MulAdd(m0, Fp.P5, t5, ref carry);
        var t6 = AddWithCarry(t.L6, carry, ref upperCarry);
        var m1 = t1 * Fp.NegativeModulusInverse;
        carry = UInt256.MultiplyHigh(m1, Fp.P0) + (t1 != 0 ? 1UL : 0UL); // the low limb cancels to zero
        t2 = MulAdd(m1, Fp.P1, t2, ref carry);
        t3 = MulAdd(m1, Fp.P2, t3, ref carry);
        t4 = MulAdd(m1, Fp.P3, t4, ref carry);
        t5 = MulAdd(m1, Fp.P4, t5, ref carry);
        t6 = MulAdd(m1, Fp.P5, t6, ref carry);
        var t7 = AddWithCarry(t.L7, carry, ref upperCarry);
        var m2 = t2 * Fp.NegativeModulusInverse;
        carry = UInt256.MultiplyHigh(m2, Fp.P0) + (t2 != 0 ? 1UL : 0UL); // the low limb cancels to zero
        t3 = MulAdd(m2, Fp.P1, t3, ref carry);
        t4 = MulAdd(m2, Fp.P2, t4, ref carry);
        t5 = MulAdd(m2, Fp.P3, t5, ref carry);
        t6 = MulAdd(m2, Fp.P4, t6, ref carry);
        t7 = MulAdd(m2, Fp.P5, t7, ref carry);
        var t8 = AddWithCarry(t.L8, carry, ref upperCarry);
        var m3 = t3 * Fp.NegativeModulusInverse;
        carry = UInt256.MultiplyHigh(m3, Fp.P0) + (t3 != 0 ? 1UL : 0UL); // the low limb cancels to zero
        t4 = MulAdd(m3, Fp.P1, t4, ref carry);
        t5 = MulAdd(m3, Fp.P2, t5, ref carry);
        t6 = MulAdd(m3, Fp.P3, t6, ref carry);
        t7 = MulAdd(m3, Fp.P4, t7, ref carry);
        t8 = MulAdd(m3, Fp.P5, t8, ref carry);
        var t9 = AddWithCarry(t.L9, carry, ref upperCarry);
        var m4 = t4 * Fp.NegativeModulusInverse;
        carry = UInt256.MultiplyHigh(m4, Fp.P0) + (t4 != 0 ? 1UL : 0UL); // the low limb cancels to zero
        t5 = MulAdd(m4, Fp.P1, t5, ref carry);
        t6 = MulAdd(m4, Fp.P2, t6, ref carry);
        t7 = MulAdd(m4, Fp.P3, t7, ref carry);
        t8 = MulAdd(m4, Fp.P4, t8, ref carry);
        t9 = MulAdd(m4, Fp.P5, t9, ref carry);
        var t10 = AddWithCarry(t.L10, carry, ref upperCarry);
        var m5 = t5 * Fp.NegativeModulusInverse;
        carry = UInt256.MultiplyHigh(m5, Fp.P0) + (t5 != 0 ? 1UL : 0UL); // the low limb cancels to zero
        t6 = MulAdd(m5, Fp.P1, t6, ref carry);
        t7 = MulAdd(m5, Fp.P2, t7, ref carry);
        t8 = MulAdd(m5, Fp.P3, t8, ref carry);
        t9 = MulAdd(m5, Fp.P4, t9, ref carry);
        t10 = MulAdd(m5, Fp.P5, t10, ref carry);
        var t11 = AddWithCarry(t.L11, carry, ref upperCarry);
        return Fp.SubtractPIfNotBelow(t6, t7, t8, t9, t10, t11);
    }

    /// <summary>(a0 + a1)·(b0 + b1) without reducing the sums (each below 2p &lt; 2³⁸³).</summary>
    public static FpWide ProductOfSums(in Fp a0, in Fp a1, in Fp b0, in Fp b1) => Product(Fp.AddUnreduced(a0, a1), Fp.AddUnreduced(b0, b1));

    /// <summary>a − b for a ≥ b (as integers): no borrow out.</summary>
    public static FpWide Subtract(in FpWide a, in FpWide b)
    {
        ulong carry = 0;
        var d0 = SubtractWithBorrow(a.L0, b.L0, ref carry);
        var d1 = SubtractWithBorrow(a.L1, b.L1, ref carry);
        var d2 = SubtractWithBorrow(a.L2, b.L2, ref carry);
        var d3 = SubtractWithBorrow(a.L3, b.L3, ref carry);
        var d4 = SubtractWithBorrow(a.L4, b.L4, ref carry);
        var d5 = SubtractWithBorrow(a.L5, b.L5, ref carry);
        var d6 = SubtractWithBorrow(a.L6, b.L6, ref carry);
        var d7 = SubtractWithBorrow(a.L7, b.L7, ref carry);
        var d8 = SubtractWithBorrow(a.L8, b.L8, ref carry);
        var d9 = SubtractWithBorrow(a.L9, b.L9, ref carry);
        var d10 = SubtractWithBorrow(a.L10, b.L10, ref carry);
        var d11 = SubtractWithBorrow(a.L11, b.L11, ref carry);
        return new(d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11);
    }

    /// <summary>a − b, plus p·2³⁸⁴ when that is negative: congruent mod p after reduction, and below p·2³⁸⁴ for a, b below it.</summary>
    public static FpWide SubtractModular(in FpWide a, in FpWide b)
    {
        ulong carry = 0;
        var d0 = SubtractWithBorrow(a.L0, b.L0, ref carry);
        var d1 = SubtractWithBorrow(a.L1, b.L1, ref carry);
        var d2 = SubtractWithBorrow(a.L2, b.L2, ref carry);
        var d3 = SubtractWithBorrow(a.L3, b.L3, ref carry);
        var d4 = SubtractWithBorrow(a.L4, b.L4, ref carry);
        var d5 = SubtractWithBorrow(a.L5, b.L5, ref carry);
        var d6 = SubtractWithBorrow(a.L6, b.L6, ref carry);
        var d7 = SubtractWithBorrow(a.L7, b.L7, ref carry);
        var d8 = SubtractWithBorrow(a.L8, b.L8, ref carry);
        var d9 = SubtractWithBorrow(a.L9, b.L9, ref carry);
        var d10 = SubtractWithBorrow(a.L10, b.L10, ref carry);
        var d11 = SubtractWithBorrow(a.L11, b.L11, ref carry);
        var mask = 0UL - carry;
        carry = 0;
        d6 = AddWithCarry(d6, Fp.P0 & mask, ref carry);
        d7 = AddWithCarry(d7, Fp.P1 & mask, ref carry);
        d8 = AddWithCarry(d8, Fp.P2 & mask, ref carry);
        d9 = AddWithCarry(d9, Fp.P3 & mask, ref carry);
        d10 = AddWithCarry(d10, Fp.P4 & mask, ref carry);
        d11 = d11 + (Fp.P5 & mask) + carry;
        return new(d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11);
    }
}
