using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Csevm.Numerics;

namespace Csevm.Precompiles.Crypto.Bn254;

/// <summary>
/// An element of the BN254 base field F_p, p = 0x30644e72…fd47, in Montgomery form (value·2^256 mod p)
/// on four little-endian 64-bit limbs. Multiplication is CIOS without the final carry limb, which
/// is safe because p's top limb is below 2^62.
/// </summary>
public readonly partial struct Fp : IEquatable<Fp>, IFieldElement<Fp>
{
    private const ulong P0 = 0x3c208c16d87cfd47, P1 = 0x97816a916871ca8d, P2 = 0xb85045b68181585d, P3 = 0x30644e72e131a029;
    internal const ulong NegInverse = 0x87d20782e4866389; // -p⁻¹ mod 2^64
    // R² mod p, R = 2^256: multiplying by it enters the Montgomery domain.
    private static readonly Fp RSquared = new(0xf32cfc5b538afa89, 0xb5e71911d44501fb, 0x47ab1eff0a417ff6, 0x06d89f71cab8351f);

    private readonly ulong _l0, _l1, _l2, _l3;

    private Fp(ulong l0, ulong l1, ulong l2, ulong l3)
    {
        _l0 = l0; _l1 = l1; _l2 = l2; _l3 = l3;
    }

    public static Fp Zero => default;
    private static readonly Fp OneValue = FromUInt64(1);
    public static Fp One => OneValue;

    public bool IsZero => (_l0 | _l1 | _l2 | _l3) == 0;

    public static Fp FromUInt64(ulong value) => Multiply(new Fp(value, 0, 0, 0), RSquared);

    /// <summary>Reads a 32-byte big-endian number; false unless it is below p (canonical).</summary>
    public static bool TryFromBigEndian(ReadOnlySpan<byte> bytes, out Fp value)
    {
        ulong l3 = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        ulong l2 = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        ulong l1 = BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]);
        ulong l0 = BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]);
        value = default;
        if (!LessThanModulus(l0, l1, l2, l3)) return false;
        value = Multiply(new Fp(l0, l1, l2, l3), RSquared);
        return true;
    }

    /// <summary>Writes the canonical 32-byte big-endian form.</summary>
    public void WriteBigEndian(Span<byte> destination)
    {
        // Leaving the Montgomery domain is a reduction of the representative alone (a product by 1 would do it in twice the work).
        var plain = Reduce(new Wide(_l0, _l1, _l2, _l3, 0, 0, 0, 0));
        BinaryPrimitives.WriteUInt64BigEndian(destination, plain._l3);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], plain._l2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], plain._l1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], plain._l0);
    }

    // Addition, subtraction and the final reduction skip the limb-to-limb carry chain: a carry or
    // borrow only passes through a middle limb when that limb comes out all ones (or equal to what is
    // subtracted), which for field elements happens about once in 2^62. Those cases take the exact,
    // chained path; the test is a branch the predictor learns never to take, so the limbs are computed
    // side by side, which roughly halves the latency of the dependent additions in the point formulas.

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp operator +(in Fp a, in Fp b)
    {
        // Both below p < 2^254, so the sum cannot carry out of 256 bits.
        ulong s0 = a._l0 + b._l0, s1 = a._l1 + b._l1, s2 = a._l2 + b._l2, s3 = a._l3 + b._l3;
        ulong c1 = s0 < a._l0 ? 1UL : 0, c2 = s1 < a._l1 ? 1UL : 0, c3 = s2 < a._l2 ? 1UL : 0;
        if (s1 == ulong.MaxValue || s2 == ulong.MaxValue) return AddChained(a, b);
        return ReduceOnce(s0, s1 + c1, s2 + c2, s3 + c3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp operator -(in Fp a, in Fp b)
    {
        if (a._l1 == b._l1 || a._l2 == b._l2 || a._l3 == b._l3) return SubtractChained(a, b);
        ulong d0 = a._l0 - b._l0, d1 = a._l1 - b._l1 - (a._l0 < b._l0 ? 1UL : 0);
        ulong d2 = a._l2 - b._l2 - (a._l1 < b._l1 ? 1UL : 0), d3 = a._l3 - b._l3 - (a._l2 < b._l2 ? 1UL : 0);
        // Add p back under a mask rather than a branch: a < b is a coin flip for random values.
        ulong mask = a._l3 < b._l3 ? ulong.MaxValue : 0;
        ulong e0 = d0 + (P0 & mask), e1 = d1 + (P1 & mask), e2 = d2 + (P2 & mask), e3 = d3 + (P3 & mask);
        if (e1 == ulong.MaxValue || e2 == ulong.MaxValue) return SubtractChained(a, b);
        ulong c1 = e0 < d0 ? 1UL : 0, c2 = e1 < d1 ? 1UL : 0, c3 = e2 < d2 ? 1UL : 0;
        return new Fp(e0, e1 + c1, e2 + c2, e3 + c3);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Fp AddChained(in Fp a, in Fp b)
    {
        ulong c = 0;
        ulong s0 = AddCarry(a._l0, b._l0, ref c), s1 = AddCarry(a._l1, b._l1, ref c);
        ulong s2 = AddCarry(a._l2, b._l2, ref c), s3 = AddCarry(a._l3, b._l3, ref c);
        return ReduceOnceChained(s0, s1, s2, s3);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Fp SubtractChained(in Fp a, in Fp b)
    {
        ulong borrow = 0;
        ulong d0 = SubBorrow(a._l0, b._l0, ref borrow), d1 = SubBorrow(a._l1, b._l1, ref borrow);
        ulong d2 = SubBorrow(a._l2, b._l2, ref borrow), d3 = SubBorrow(a._l3, b._l3, ref borrow);
        ulong mask = 0 - borrow, c = 0;
        d0 = AddCarry(d0, P0 & mask, ref c); d1 = AddCarry(d1, P1 & mask, ref c);
        d2 = AddCarry(d2, P2 & mask, ref c); d3 = AddCarry(d3, P3 & mask, ref c);
        return new Fp(d0, d1, d2, d3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp operator -(in Fp a) => Zero - a;

    // Deliberately not forced inline: the product is ~500 instructions, and inlining it into the
    // tower and curve formulas made those methods too large for the JIT to keep in registers.
    public static Fp operator *(in Fp a, in Fp b) => Multiply(a, b);

    /// <summary>a² by the dedicated 512-bit square (ten limb products) and one Montgomery reduction.</summary>
    public Fp Square() => Reduce(SquareProduct(this));

    public Fp Double() => this + this;

    public bool Equals(Fp other) => _l0 == other._l0 && _l1 == other._l1 && _l2 == other._l2 && _l3 == other._l3;
    public override bool Equals(object? obj) => obj is Fp other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(_l0, _l1, _l2, _l3);
    public static bool operator ==(in Fp a, in Fp b) => a.Equals(b);
    public static bool operator !=(in Fp a, in Fp b) => !a.Equals(b);

    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[32];
        WriteBigEndian(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Fp Multiply(in Fp a, in Fp b)
    {
        ulong t0 = 0, t1 = 0, t2 = 0, t3 = 0;
        MultiplyRound(ref t0, ref t1, ref t2, ref t3, a, b._l0);
        MultiplyRound(ref t0, ref t1, ref t2, ref t3, a, b._l1);
        MultiplyRound(ref t0, ref t1, ref t2, ref t3, a, b._l2);
        MultiplyRound(ref t0, ref t1, ref t2, ref t3, a, b._l3);
        return ReduceOnce(t0, t1, t2, t3);
    }

    /// <summary>One CIOS round: t = (t + a·limb + q·p) / 2^64 with q making the low limb vanish.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MultiplyRound(ref ulong t0, ref ulong t1, ref ulong t2, ref ulong t3, in Fp a, ulong limb)
    {
        ulong carry = 0;
        ulong u0 = MulAdd(a._l0, limb, t0, ref carry);
        ulong u1 = MulAdd(a._l1, limb, t1, ref carry);
        ulong u2 = MulAdd(a._l2, limb, t2, ref carry);
        ulong u3 = MulAdd(a._l3, limb, t3, ref carry);
        ulong u4 = carry;

        ulong q = u0 * NegInverse;
        // q·p₀ + u₀ ≡ 0 (mod 2^64) by the choice of q: the low word is zero, and it carried exactly when u₀ ≠ 0.
        carry = UInt256.MultiplyHigh(q, P0) + (u0 != 0 ? 1UL : 0);
        t0 = MulAdd(q, P1, u1, ref carry);
        t1 = MulAdd(q, P2, u2, ref carry);
        t2 = MulAdd(q, P3, u3, ref carry);
        t3 = u4 + carry;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MulAdd(ulong a, ulong b, ulong c, ref ulong carry)
    {
        // MULX high and IMUL low: Math.BigMul's out parameter would spill the low word on every product.
        ulong high = UInt256.MultiplyLimbs(a, b, out ulong low);
        low += c;
        high += low < c ? 1UL : 0;
        low += carry;
        high += low < carry ? 1UL : 0;
        carry = high;
        return low;
    }

    /// <summary>
    /// x mod p for x &lt; 2p: x ≥ p is read off the top limb, and p is subtracted under that mask (no
    /// data-dependent branch) with the borrows computed side by side; a top limb equal to p's, or a middle
    /// limb equal to what is subtracted from it, takes the chained path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Fp ReduceOnce(ulong l0, ulong l1, ulong l2, ulong l3)
    {
        ulong mask = l3 > P3 ? ulong.MaxValue : 0;
        ulong m0 = P0 & mask, m1 = P1 & mask, m2 = P2 & mask, m3 = P3 & mask;
        if (l3 == P3 || l1 == m1 || l2 == m2) return ReduceOnceChained(l0, l1, l2, l3);
        return new Fp(l0 - m0, l1 - m1 - (l0 < m0 ? 1UL : 0), l2 - m2 - (l1 < m1 ? 1UL : 0), l3 - m3 - (l2 < m2 ? 1UL : 0));
    }

    /// <summary>x mod p for x &lt; 2p, selecting x or x − p by the borrow's mask.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Fp ReduceOnceChained(ulong l0, ulong l1, ulong l2, ulong l3)
    {
        ulong borrow = 0;
        ulong d0 = SubBorrow(l0, P0, ref borrow), d1 = SubBorrow(l1, P1, ref borrow);
        ulong d2 = SubBorrow(l2, P2, ref borrow), d3 = SubBorrow(l3, P3, ref borrow);
        ulong keep = 0 - borrow; // all ones when x < p
        return new Fp((l0 & keep) | (d0 & ~keep), (l1 & keep) | (d1 & ~keep), (l2 & keep) | (d2 & ~keep), (l3 & keep) | (d3 & ~keep));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool LessThanModulus(ulong l0, ulong l1, ulong l2, ulong l3) =>
        l3 != P3 ? l3 < P3 : l2 != P2 ? l2 < P2 : l1 != P1 ? l1 < P1 : l0 < P0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong AddCarry(ulong a, ulong b, ref ulong carry)
    {
        ulong sum = a + b;
        ulong carryOut = sum < a ? 1UL : 0;
        sum += carry;
        carryOut |= sum < carry ? 1UL : 0;
        carry = carryOut;
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SubBorrow(ulong a, ulong b, ref ulong borrow)
    {
        ulong difference = a - b;
        ulong borrowOut = a < b ? 1UL : 0;
        ulong result = difference - borrow;
        borrowOut |= difference < borrow ? 1UL : 0;
        borrow = borrowOut;
        return result;
    }
}
