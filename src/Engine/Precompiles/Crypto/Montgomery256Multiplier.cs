using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Csevm.Numerics;

namespace Csevm.Precompiles.Crypto;

/// <summary>
/// Montgomery multiplication modulo an odd modulus of at most 256 bits (R = 2^256), the four limbs
/// unrolled in registers. At this size the loops, bounds and scratch memory of
/// <see cref="MontgomeryMultiplier"/> cost more than the products, and it is the size where modexp
/// is cheapest per product since Osaka prices every modulus up to 32 bytes alike (EIP-7883).
/// Three-limb moduli use it too, zero-extended (operands are always four limbs): at the same speed
/// as the loops there, faster than them at four limbs (measured 34 vs 60 ns a product).
/// </summary>
internal readonly struct Montgomery256Multiplier : IMontgomeryRing
{
    private readonly UInt256 _modulus;
    private readonly UInt256 _rSquared;  // R² mod m, to enter the Montgomery domain
    private readonly ulong _negInverse;  // -m⁻¹ mod 2^64

    public Montgomery256Multiplier(in UInt256 oddModulus)
    {
        if ((oddModulus.U0 & 1) == 0) throw new ArgumentException("the modulus must be odd", nameof(oddModulus));
        _modulus = oddModulus;
        _negInverse = 0 - MontgomeryMultiplier.InverseModWord(oddModulus.U0);
        // R mod m = (R - m) mod m, then R² mod m by the EVM's own 512-bit MULMOD.
        var r = (UInt256.Zero - oddModulus) % oddModulus;
        UInt256.MulMod(r, r, oddModulus, out _rSquared);
    }

    public int Limbs => 4;

    /// <summary>Operands that are the same limbs (exponentiation's squarings) take <see cref="Square"/>.</summary>
    public void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result) =>
        Write(Unsafe.AreSame(ref MemoryMarshal.GetReference(a), ref MemoryMarshal.GetReference(b)) ? Square(Read(a)) : Multiply(Read(a), Read(b)), result);

    public void ToMontgomery(ReadOnlySpan<ulong> value, Span<ulong> result) => Write(Multiply(Read(value), _rSquared), result);

    public void FromMontgomery(ReadOnlySpan<ulong> value, Span<ulong> result) => Write(Multiply(Read(value), UInt256.One), result);

    /// <summary>REDC(a·b) = a·b·R⁻¹ mod m for a, b &lt; m, by coarsely integrated operand scanning.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public UInt256 Multiply(in UInt256 a, in UInt256 b)
    {
        ulong t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0;
        Round(ref t0, ref t1, ref t2, ref t3, ref t4, a, b.U0);
        Round(ref t0, ref t1, ref t2, ref t3, ref t4, a, b.U1);
        Round(ref t0, ref t1, ref t2, ref t3, ref t4, a, b.U2);
        Round(ref t0, ref t1, ref t2, ref t3, ref t4, a, b.U3);

        return SubtractModulusOnce(t0, t1, t2, t3, t4);
    }

    /// <summary>
    /// REDC(a²): the square's ten limb products (each cross product once, doubled) then four reduction
    /// rounds, instead of the sixteen products of <see cref="Multiply(in UInt256, in UInt256)"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public UInt256 Square(in UInt256 a)
    {
        ulong carry = UInt256.MultiplyAdd(a.U0, a.U1, 0, 0, out ulong r1);
        carry = UInt256.MultiplyAdd(a.U0, a.U2, carry, 0, out ulong r2);
        carry = UInt256.MultiplyAdd(a.U0, a.U3, carry, 0, out ulong r3);
        ulong r4 = carry;
        carry = UInt256.MultiplyAdd(a.U1, a.U2, r3, 0, out r3);
        carry = UInt256.MultiplyAdd(a.U1, a.U3, r4, carry, out r4);
        ulong r5 = carry;
        ulong r6 = UInt256.MultiplyAdd(a.U2, a.U3, r5, 0, out r5);

        ulong r7 = r6 >> 63;
        r6 = (r6 << 1) | (r5 >> 63);
        r5 = (r5 << 1) | (r4 >> 63);
        r4 = (r4 << 1) | (r3 >> 63);
        r3 = (r3 << 1) | (r2 >> 63);
        r2 = (r2 << 1) | (r1 >> 63);
        r1 <<= 1;

        ulong high = UInt256.MultiplyLimbs(a.U0, a.U0, out ulong r0);
        carry = 0;
        r1 = UInt256.AddWithCarry(r1, high, ref carry);
        high = UInt256.MultiplyLimbs(a.U1, a.U1, out ulong low);
        r2 = UInt256.AddWithCarry(r2, low, ref carry);
        r3 = UInt256.AddWithCarry(r3, high, ref carry);
        high = UInt256.MultiplyLimbs(a.U2, a.U2, out low);
        r4 = UInt256.AddWithCarry(r4, low, ref carry);
        r5 = UInt256.AddWithCarry(r5, high, ref carry);
        high = UInt256.MultiplyLimbs(a.U3, a.U3, out low);
        r6 = UInt256.AddWithCarry(r6, low, ref carry);
        r7 = UInt256.AddWithCarry(r7, high, ref carry); // a² < 2^512: no carry out

        ulong top = 0;
        ReduceRound(r0, ref r1, ref r2, ref r3, ref r4, ref top);
        ReduceRound(r1, ref r2, ref r3, ref r4, ref r5, ref top);
        ReduceRound(r2, ref r3, ref r4, ref r5, ref r6, ref top);
        ReduceRound(r3, ref r4, ref r5, ref r6, ref r7, ref top);
        return SubtractModulusOnce(r4, r5, r6, r7, top);
    }

    /// <summary>
    /// One reduction round of a double-width value: adds q·m at the limb of <paramref name="low"/>,
    /// q making that limb vanish; <paramref name="top"/> carries the overflow out of the fourth limb
    /// up into the next round's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ReduceRound(ulong low, ref ulong l1, ref ulong l2, ref ulong l3, ref ulong l4, ref ulong top)
    {
        ulong q = low * _negInverse;
        ulong carry = UInt256.MultiplyHigh(q, _modulus.U0) + (low != 0 ? 1UL : 0);
        carry = UInt256.MultiplyAdd(q, _modulus.U1, l1, carry, out l1);
        carry = UInt256.MultiplyAdd(q, _modulus.U2, l2, carry, out l2);
        carry = UInt256.MultiplyAdd(q, _modulus.U3, l3, carry, out l3);
        ulong overflow = 0;
        l4 = UInt256.AddWithCarry(l4, carry, ref overflow);
        ulong sum = l4 + top;
        top = overflow + (sum < top ? 1UL : 0);
        l4 = sum;
    }

    /// <summary>t mod m for t = t4·2^256 + (t3..t0) &lt; 2m: subtract m once unless t &lt; m, selected by mask rather than a branch the data decides.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private UInt256 SubtractModulusOnce(ulong t0, ulong t1, ulong t2, ulong t3, ulong t4)
    {
        ulong borrow = 0;
        ulong d0 = UInt256.SubtractWithBorrow(t0, _modulus.U0, ref borrow);
        ulong d1 = UInt256.SubtractWithBorrow(t1, _modulus.U1, ref borrow);
        ulong d2 = UInt256.SubtractWithBorrow(t2, _modulus.U2, ref borrow);
        ulong d3 = UInt256.SubtractWithBorrow(t3, _modulus.U3, ref borrow);
        ulong keep = 0 - (borrow & (t4 ^ 1)); // all ones when t < m
        return new UInt256((t0 & keep) | (d0 & ~keep), (t1 & keep) | (d1 & ~keep), (t2 & keep) | (d2 & ~keep), (t3 & keep) | (d3 & ~keep));
    }

    /// <summary>One CIOS round: t = (t + a·limb + q·m) / 2^64, q making the low limb vanish; t4 holds the bit above 256.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Round(ref ulong t0, ref ulong t1, ref ulong t2, ref ulong t3, ref ulong t4, in UInt256 a, ulong limb)
    {
        ulong carry = UInt256.MultiplyAdd(a.U0, limb, t0, 0, out ulong u0);
        carry = UInt256.MultiplyAdd(a.U1, limb, t1, carry, out ulong u1);
        carry = UInt256.MultiplyAdd(a.U2, limb, t2, carry, out ulong u2);
        carry = UInt256.MultiplyAdd(a.U3, limb, t3, carry, out ulong u3);
        ulong u4 = t4 + carry;
        ulong u5 = u4 < carry ? 1UL : 0;

        ulong q = u0 * _negInverse;
        // q·m₀ + u₀ ≡ 0 (mod 2^64) by the choice of q: its low word is zero, and it carried exactly when u₀ ≠ 0.
        carry = UInt256.MultiplyHigh(q, _modulus.U0) + (u0 != 0 ? 1UL : 0);
        carry = UInt256.MultiplyAdd(q, _modulus.U1, u1, carry, out t0);
        carry = UInt256.MultiplyAdd(q, _modulus.U2, u2, carry, out t1);
        carry = UInt256.MultiplyAdd(q, _modulus.U3, u3, carry, out t2);
        t3 = u4 + carry;
        t4 = u5 + (t3 < carry ? 1UL : 0);
    }

    private static UInt256 Read(ReadOnlySpan<ulong> limbs) => new(limbs[0], limbs[1], limbs[2], limbs[3]);

    private static void Write(in UInt256 value, Span<ulong> limbs)
    {
        limbs[3] = value.U3;
        limbs[2] = value.U2;
        limbs[1] = value.U1;
        limbs[0] = value.U0;
    }
}
