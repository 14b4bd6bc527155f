using System.Runtime.CompilerServices;
using Csevm.Numerics;

namespace Csevm.Precompiles.Crypto.Bn254;

public readonly partial struct Fp
{
    /// <summary>
    /// (a0 + a1·u)(b0 + b1·u) with u² = −1 (the F_p² product) by Karatsuba with lazy reduction: the three
    /// products stay 512 bits wide, and only the two results go through a Montgomery reduction, where
    /// reducing every product costs three. The sums a0 + a1 and b0 + b1 are left below 2p unreduced.
    /// </summary>
    internal static void MultiplyComplex(in Fp a0, in Fp a1, in Fp b0, in Fp b1, out Fp c0, out Fp c1)
    {
        var a0b0 = Product(a0, b0);
        var a1b1 = Product(a1, b1);
        var sums = Product(AddUnreduced(a0, a1), AddUnreduced(b0, b1));
        // a0b1 + a1b0 = (a0 + a1)(b0 + b1) − a0b0 − a1b1 lies in [0, 2p²) and needs no correction.
        c1 = Reduce(Subtract(Subtract(sums, a0b0), a1b1));
        // a0b0 − a1b1 lies in (−p², p²): a negative one wraps round to 2^512 + d, and adding p·2^256
        // (mod 2^512) turns it into d + p·2^256, which is congruent and below p·2^256.
        c0 = Reduce(SubtractModuloShifted(a0b0, a1b1));
    }

    /// <summary>
    /// (a0 + a1·u)² = (a0 + a1)(a0 − a1) + 2·a0·a1·u with the factors left unreduced: a0 + a1,
    /// a0 − a1 + p and 2·a0 are all below 2p, so each product stays below 4p² &lt; p·2^256 and one
    /// Montgomery reduction per coefficient suffices.
    /// </summary>
    internal static void SquareComplex(in Fp a0, in Fp a1, out Fp c0, out Fp c1)
    {
        c0 = Reduce(Product(AddUnreduced(a0, a1), AddUnreduced(a0, SubtractFromModulus(a1))));
        c1 = Reduce(Product(AddUnreduced(a0, a0), a1));
    }

    /// <summary>p − a for a ≤ p (no reduction: p − 0 stays p).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Fp SubtractFromModulus(in Fp a)
    {
        ulong borrow = 0;
        ulong d0 = SubBorrow(P0, a._l0, ref borrow), d1 = SubBorrow(P1, a._l1, ref borrow);
        ulong d2 = SubBorrow(P2, a._l2, ref borrow), d3 = SubBorrow(P3, a._l3, ref borrow);
        return new Fp(d0, d1, d2, d3);
    }

    /// <summary>A 512-bit intermediate, little-endian limbs.</summary>
    private readonly struct Wide(ulong w0, ulong w1, ulong w2, ulong w3, ulong w4, ulong w5, ulong w6, ulong w7)
    {
        public readonly ulong W0 = w0, W1 = w1, W2 = w2, W3 = w3, W4 = w4, W5 = w5, W6 = w6, W7 = w7;
    }

    /// <summary>a + b without reduction: below 2p &lt; 2^255 for reduced inputs, fine as a Product operand.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Fp AddUnreduced(in Fp a, in Fp b)
    {
        ulong c = 0;
        ulong s0 = AddCarry(a._l0, b._l0, ref c), s1 = AddCarry(a._l1, b._l1, ref c);
        ulong s2 = AddCarry(a._l2, b._l2, ref c), s3 = AddCarry(a._l3, b._l3, ref c);
        return new Fp(s0, s1, s2, s3);
    }

    /// <summary>The full 512-bit product a·b, schoolbook by rows.</summary>
    // Product and Reduce stay out of line: inlined, the three live 512-bit values of a product in F_p²
    // spilled most limbs to the stack, and the calls cost less than those spills.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Wide Product(in Fp a, in Fp b)
    {
        ulong carry = 0;
        ulong w0 = MulAdd(a._l0, b._l0, 0, ref carry), w1 = MulAdd(a._l1, b._l0, 0, ref carry);
        ulong w2 = MulAdd(a._l2, b._l0, 0, ref carry), w3 = MulAdd(a._l3, b._l0, 0, ref carry);
        ulong w4 = carry;
        carry = 0;
        w1 = MulAdd(a._l0, b._l1, w1, ref carry); w2 = MulAdd(a._l1, b._l1, w2, ref carry);
        w3 = MulAdd(a._l2, b._l1, w3, ref carry); w4 = MulAdd(a._l3, b._l1, w4, ref carry);
        ulong w5 = carry;
        carry = 0;
        w2 = MulAdd(a._l0, b._l2, w2, ref carry); w3 = MulAdd(a._l1, b._l2, w3, ref carry);
        w4 = MulAdd(a._l2, b._l2, w4, ref carry); w5 = MulAdd(a._l3, b._l2, w5, ref carry);
        ulong w6 = carry;
        carry = 0;
        w3 = MulAdd(a._l0, b._l3, w3, ref carry); w4 = MulAdd(a._l1, b._l3, w4, ref carry);
        w5 = MulAdd(a._l2, b._l3, w5, ref carry); w6 = MulAdd(a._l3, b._l3, w6, ref carry);
        return new Wide(w0, w1, w2, w3, w4, w5, w6, carry);
    }

    /// <summary>
    /// a² as 512 bits: the six cross products once, doubled by a shift, plus the four squares on the
    /// diagonal (ten limb products where a general product takes sixteen).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Wide SquareProduct(in Fp a)
    {
        ulong carry = 0;
        ulong w1 = MulAdd(a._l0, a._l1, 0, ref carry), w2 = MulAdd(a._l0, a._l2, 0, ref carry), w3 = MulAdd(a._l0, a._l3, 0, ref carry);
        ulong w4 = carry;
        carry = 0;
        w3 = MulAdd(a._l1, a._l2, w3, ref carry); w4 = MulAdd(a._l1, a._l3, w4, ref carry);
        ulong w5 = carry;
        carry = 0;
        w5 = MulAdd(a._l2, a._l3, w5, ref carry);
        ulong w6 = carry;
        ulong w7 = w6 >> 63;
        w6 = (w6 << 1) | (w5 >> 63); w5 = (w5 << 1) | (w4 >> 63); w4 = (w4 << 1) | (w3 >> 63);
        w3 = (w3 << 1) | (w2 >> 63); w2 = (w2 << 1) | (w1 >> 63); w1 <<= 1;
        ulong h0 = UInt256.MultiplyLimbs(a._l0, a._l0, out ulong w0), h1 = UInt256.MultiplyLimbs(a._l1, a._l1, out ulong s1);
        ulong h2 = UInt256.MultiplyLimbs(a._l2, a._l2, out ulong s2), h3 = UInt256.MultiplyLimbs(a._l3, a._l3, out ulong s3);
        carry = 0;
        w1 = AddCarry(w1, h0, ref carry); w2 = AddCarry(w2, s1, ref carry); w3 = AddCarry(w3, h1, ref carry);
        w4 = AddCarry(w4, s2, ref carry); w5 = AddCarry(w5, h2, ref carry); w6 = AddCarry(w6, s3, ref carry);
        w7 += h3 + carry;
        return new Wide(w0, w1, w2, w3, w4, w5, w6, w7);
    }

    /// <summary>
    /// Montgomery reduction T·2^−256 mod p for T &lt; p·2^256: four rounds that each clear the lowest
    /// limb by adding a multiple of p, leaving (T + Q·p)/2^256 &lt; 2p, then one conditional subtraction.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Fp Reduce(in Wide t)
    {
        ulong t0 = t.W0, t1 = t.W1, t2 = t.W2, t3 = t.W3, t4 = t.W4, t5 = t.W5, t6 = t.W6, t7 = t.W7;
        ulong overflow = 0;
        ReduceRound(t0, ref t1, ref t2, ref t3, ref t4, ref overflow);
        ReduceRound(t1, ref t2, ref t3, ref t4, ref t5, ref overflow);
        ReduceRound(t2, ref t3, ref t4, ref t5, ref t6, ref overflow);
        ReduceRound(t3, ref t4, ref t5, ref t6, ref t7, ref overflow);
        return ReduceOnce(t4, t5, t6, t7);
    }

    /// <summary>
    /// Adds q·p for q = −low·p⁻¹ mod 2^64, which clears low, into the next four limbs; the carry out
    /// of the last one (with the previous round's) is held in overflow for the next round's top limb.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ReduceRound(ulong low, ref ulong t1, ref ulong t2, ref ulong t3, ref ulong t4, ref ulong overflow)
    {
        ulong q = low * NegInverse;
        // q·p₀ + low ≡ 0 (mod 2^64): the low word vanishes, and it carried exactly when low ≠ 0.
        ulong carry = UInt256.MultiplyHigh(q, P0) + (low != 0 ? 1UL : 0);
        t1 = MulAdd(q, P1, t1, ref carry);
        t2 = MulAdd(q, P2, t2, ref carry);
        t3 = MulAdd(q, P3, t3, ref carry);
        // carry ≤ 2^62 + 2 because P3 < 2^62, so adding the one-bit overflow cannot wrap.
        carry += overflow;
        t4 += carry;
        overflow = t4 < carry ? 1UL : 0;
    }

    /// <summary>x − y for x ≥ y.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Wide Subtract(in Wide x, in Wide y)
    {
        ulong borrow = 0;
        ulong d0 = SubBorrow(x.W0, y.W0, ref borrow), d1 = SubBorrow(x.W1, y.W1, ref borrow);
        ulong d2 = SubBorrow(x.W2, y.W2, ref borrow), d3 = SubBorrow(x.W3, y.W3, ref borrow);
        ulong d4 = SubBorrow(x.W4, y.W4, ref borrow), d5 = SubBorrow(x.W5, y.W5, ref borrow);
        ulong d6 = SubBorrow(x.W6, y.W6, ref borrow), d7 = SubBorrow(x.W7, y.W7, ref borrow);
        return new Wide(d0, d1, d2, d3, d4, d5, d6, d7);
    }

    /// <summary>x − y, plus p·2^256 when that is negative (x, y &lt; p·2^256): congruent, and in [0, p·2^256).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Wide SubtractModuloShifted(in Wide x, in Wide y)
    {
        ulong borrow = 0;
        ulong d0 = SubBorrow(x.W0, y.W0, ref borrow), d1 = SubBorrow(x.W1, y.W1, ref borrow);
        ulong d2 = SubBorrow(x.W2, y.W2, ref borrow), d3 = SubBorrow(x.W3, y.W3, ref borrow);
        ulong d4 = SubBorrow(x.W4, y.W4, ref borrow), d5 = SubBorrow(x.W5, y.W5, ref borrow);
        ulong d6 = SubBorrow(x.W6, y.W6, ref borrow), d7 = SubBorrow(x.W7, y.W7, ref borrow);
        ulong mask = 0 - borrow, carry = 0;
        d4 = AddCarry(d4, P0 & mask, ref carry);
        d5 = AddCarry(d5, P1 & mask, ref carry);
        d6 = AddCarry(d6, P2 & mask, ref carry);
        d7 = AddCarry(d7, P3 & mask, ref carry);
        return new Wide(d0, d1, d2, d3, d4, d5, d6, d7);
    }
}
