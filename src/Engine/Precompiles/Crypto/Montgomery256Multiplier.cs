using System.Runtime.CompilerServices;
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

    public void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result) => Write(Multiply(Read(a), Read(b)), result);

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

        // t < 2m: subtract m once unless t < m, selected by mask rather than a branch the data decides.
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
