using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Csevm.Numerics;
using static Csevm.Precompiles.Crypto.Bls12381.LimbArithmetic;

namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// An element of the BLS12-381 base field Fp, p = 0x1a0111ea…ffffaaab (381 bits), kept in
/// Montgomery form (a·2^384 mod p) on six little-endian 64-bit limbs and always fully reduced,
/// so equal elements have equal limbs. Every operation runs the same instruction shape whatever
/// the values, allocates nothing, and never throws.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct Fp : IFieldElement<Fp>
{
    /// <summary>Bytes of a big-endian canonical encoding.</summary>
    public const int ByteLength = 48;

    internal const ulong P0 = 0xb9feffffffffaaab, P1 = 0x1eabfffeb153ffff, P2 = 0x6730d2a0f6b0f624;
    internal const ulong P3 = 0x64774b84f38512bf, P4 = 0x4b1ba7b6434bacd7, P5 = 0x1a0111ea397fe69a;

    /// <summary>-p^-1 mod 2^64, the Montgomery reduction factor.</summary>
    private const ulong NegInvP = 0x89f3fffcfffcfffd;

    /// <summary>p as six little-endian limbs, for code outside the Montgomery arithmetic (inversion).</summary>
    internal static ReadOnlySpan<ulong> ModulusLimbs => [P0, P1, P2, P3, P4, P5];

    internal const ulong NegativeModulusInverse = NegInvP;

    private static readonly Fp RSquared = new(0xf4df1f341c341746, 0x0a76e6a609d104f1, 0x8de5476c4c95b6d5, 0x67eb88a9939d83c0, 0x9a793e85b519952d, 0x11988fe592cae3aa);
    /// <summary>R³ mod p: Montgomery-multiplying a plain inverse (aR)⁻¹ by it gives a⁻¹R.</summary>
    private static readonly Fp RCubed = new(0xed48ac6bd94ca1e0, 0x315f831e03a7adf8, 0x9a53352a615e29dd, 0x34c04e5e921e1761, 0x2512d43565724728, 0x0aa6346091755d4d);
    private static readonly Fp Montgomery1 = new(0x760900000002fffd, 0xebf4000bc40c0002, 0x5f48985753c758ba, 0x77ce585370525745, 0x5c071a97a256ec6d, 0x15f65ec3fa80e493);

    // Exponent for square roots ((p + 1) / 4, valid as p = 3 mod 4) and bound of the
    // "lexicographically largest" test of compressed encodings ((p - 1) / 2).
    private static readonly ulong[] SqrtExponent = [0xee7fbfffffffeaab, 0x07aaffffac54ffff, 0xd9cc34a83dac3d89, 0xd91dd2e13ce144af, 0x92c6e9ed90d2eb35, 0x0680447a8e5ff9a6];
    private static readonly Fp HalfPMinus1 = new( // plain (not Montgomery) limbs
       0xdcff7fffffffd555, 0x0f55ffff58a9ffff, 0xb39869507b587b12, 0xb23ba5c279c2895f, 0x258dd3db21a5d66b, 0x0d0088f51cbff34d);

    /// <summary>The Montgomery-form limbs, least significant first.</summary>
    internal readonly ulong L0, L1, L2, L3, L4, L5;

    internal Fp(ulong l0, ulong l1, ulong l2, ulong l3, ulong l4, ulong l5)
    {
        L0 = l0; L1 = l1; L2 = l2; L3 = l3; L4 = l4; L5 = l5;
    }

    public static Fp Zero => default;
    public static Fp One => Montgomery1;

    public bool IsZero => (L0 | L1 | L2 | L3 | L4 | L5) == 0;

    public static Fp FromUInt64(ulong value) => Mul(new Fp(value, 0, 0, 0, 0, 0), RSquared);

    /// <summary>Parses a big-endian hex constant (optional 0x, at most 96 digits); throws on values ≥ p.</summary>
    public static Fp FromHex(string hex)
    {
        var digits = hex.StartsWith("0x", StringComparison.Ordinal) ? hex[2..] : hex;
        var bytes = Convert.FromHexString(digits.PadLeft(ByteLength * 2, '0'));
        return TryRead(bytes, out var value) ? value : throw new ArgumentOutOfRangeException(nameof(hex), "not below the field modulus");
    }

    /// <summary>Reads 48 big-endian bytes; false when the value is not below p (non-canonical).</summary>
    public static bool TryRead(ReadOnlySpan<byte> bigEndian48, out Fp value)
    {
        var raw = new Fp(
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian48[40..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian48[32..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian48[24..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian48[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian48[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian48));
        ulong borrow = 0;
        SubtractWithBorrow(raw.L0, P0, ref borrow);
        SubtractWithBorrow(raw.L1, P1, ref borrow);
        SubtractWithBorrow(raw.L2, P2, ref borrow);
        SubtractWithBorrow(raw.L3, P3, ref borrow);
        SubtractWithBorrow(raw.L4, P4, ref borrow);
        SubtractWithBorrow(raw.L5, P5, ref borrow);
        value = Mul(raw, RSquared);
        return borrow != 0;
    }

    /// <summary>Writes the canonical value as 48 big-endian bytes.</summary>
    public void Write(Span<byte> bigEndian48)
    {
        var plain = Mul(this, new Fp(1, 0, 0, 0, 0, 0));
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian48, plain.L5);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian48[8..], plain.L4);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian48[16..], plain.L3);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian48[24..], plain.L2);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian48[32..], plain.L1);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian48[40..], plain.L0);
    }

    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[ByteLength];
        Write(bytes);
        return "0x" + Convert.ToHexStringLower(bytes);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp Add(in Fp a, in Fp b)
    {
        var s = AddUnreduced(a, b);
        return SubtractPIfNotBelow(s.L0, s.L1, s.L2, s.L3, s.L4, s.L5);
    }

    /// <summary>
    /// a + b on the limbs without subtracting p: below 2p &lt; 2^382 for reduced inputs (no carry out
    /// of the top limb), so not a field element, only an input to <see cref="Add"/> or a double-width product.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Fp AddUnreduced(in Fp a, in Fp b)
    {
        ulong carry = 0;
        var s0 = AddWithCarry(a.L0, b.L0, ref carry);
        var s1 = AddWithCarry(a.L1, b.L1, ref carry);
        var s2 = AddWithCarry(a.L2, b.L2, ref carry);
        var s3 = AddWithCarry(a.L3, b.L3, ref carry);
        var s4 = AddWithCarry(a.L4, b.L4, ref carry);
        return new(s0, s1, s2, s3, s4, a.L5 + b.L5 + carry);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp Sub(in Fp a, in Fp b)
    {
        ulong borrow = 0;
        var d0 = SubtractWithBorrow(a.L0, b.L0, ref borrow);
        var d1 = SubtractWithBorrow(a.L1, b.L1, ref borrow);
        var d2 = SubtractWithBorrow(a.L2, b.L2, ref borrow);
        var d3 = SubtractWithBorrow(a.L3, b.L3, ref borrow);
        var d4 = SubtractWithBorrow(a.L4, b.L4, ref borrow);
        var d5 = SubtractWithBorrow(a.L5, b.L5, ref borrow);
        // On borrow add p back, selected by mask rather than by branch.
        var mask = 0UL - borrow;
        ulong carry = 0;
        d0 = AddWithCarry(d0, P0 & mask, ref carry);
        d1 = AddWithCarry(d1, P1 & mask, ref carry);
        d2 = AddWithCarry(d2, P2 & mask, ref carry);
        d3 = AddWithCarry(d3, P3 & mask, ref carry);
        d4 = AddWithCarry(d4, P4 & mask, ref carry);
        d5 = d5 + (P5 & mask) + carry;
        return new Fp(d0, d1, d2, d3, d4, d5);
    }

    /// <summary>2a by a one-bit shift (2a &lt; 2^382 fits the limbs): no carry chain, unlike a + a.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp Double(in Fp a) => SubtractPIfNotBelow(
        a.L0 << 1, (a.L1 << 1) | (a.L0 >> 63), (a.L2 << 1) | (a.L1 >> 63),
        (a.L3 << 1) | (a.L2 >> 63), (a.L4 << 1) | (a.L3 >> 63), (a.L5 << 1) | (a.L4 >> 63));

    public static Fp Negate(in Fp a) => Sub(Zero, a);

    /// <summary>
    /// Montgomery multiplication, CIOS with the "no final carry" shortcut valid because p's top limb
    /// leaves spare bits. Limbs live in locals and carries in by-ref locals of inlined helpers, which
    /// the JIT keeps in registers (a by-ref accumulator struct measured 2.5× slower).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp Mul(in Fp a, in Fp b)
    {
        ulong a0 = a.L0, a1 = a.L1, a2 = a.L2, a3 = a.L3, a4 = a.L4, a5 = a.L5;
        ulong t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0;
        ref var bLimbs = ref Unsafe.AsRef(in b.L0);
        for (var i = 0; i < 6; i++)
        {
            var bi = Unsafe.Add(ref bLimbs, i);
            ulong carryA = 0;
            t0 = MulAdd(a0, bi, t0, ref carryA);
            var m = t0 * NegInvP;
            // m·P0 + t0 ≡ 0 mod 2^64: the low limb is zero and carries exactly when t0 is not.
            var carryM = UInt256.MultiplyHigh(m, P0) + (t0 != 0 ? 1UL : 0UL);
            t1 = MulAdd(a1, bi, t1, ref carryA);
            t0 = MulAdd(m, P1, t1, ref carryM);
            t2 = MulAdd(a2, bi, t2, ref carryA);
            t1 = MulAdd(m, P2, t2, ref carryM);
            t3 = MulAdd(a3, bi, t3, ref carryA);
            t2 = MulAdd(m, P3, t3, ref carryM);
            t4 = MulAdd(a4, bi, t4, ref carryA);
            t3 = MulAdd(m, P4, t4, ref carryM);
            t5 = MulAdd(a5, bi, t5, ref carryA);
            t4 = MulAdd(m, P5, t5, ref carryM);
            t5 = carryA + carryM;
        }
        return SubtractPIfNotBelow(t0, t1, t2, t3, t4, t5);
    }

    public static Fp Square(in Fp a) => Mul(a, a);

    public static bool AreEqual(in Fp a, in Fp b) =>
        ((a.L0 ^ b.L0) | (a.L1 ^ b.L1) | (a.L2 ^ b.L2) | (a.L3 ^ b.L3) | (a.L4 ^ b.L4) | (a.L5 ^ b.L5)) == 0;

    /// <summary>
    /// a⁻¹, zero mapping to zero, by safegcd divsteps (<see cref="SafeGcdInversion"/>) on the stored
    /// limbs A = a·R: that gives A⁻¹ = a⁻¹R⁻¹, and a Montgomery multiplication by R³ turns it into a⁻¹R.
    /// Variable-time, which is fine for the public data precompiles handle.
    /// </summary>
    public static Fp Inverse(in Fp a)
    {
        if (a.IsZero) return Zero;
        Span<ulong> inverse = stackalloc ulong[6];
        SafeGcdInversion.Invert([a.L0, a.L1, a.L2, a.L3, a.L4, a.L5], inverse);
        return Mul(new Fp(inverse[0], inverse[1], inverse[2], inverse[3], inverse[4], inverse[5]), RCubed);
    }

    /// <summary>a^((p+1)/4) is a root whenever a is a square, since p = 3 mod 4.</summary>
    public static bool TrySqrt(in Fp a, out Fp root)
    {
        root = Pow(a, SqrtExponent);
        return AreEqual(Square(root), a);
    }

    /// <summary>RFC 9380 sgn0: the parity of the canonical value.</summary>
    public static bool Sgn0(in Fp a) => (Mul(a, new Fp(1, 0, 0, 0, 0, 0)).L0 & 1) != 0;

    /// <summary>True when the canonical value exceeds (p-1)/2: the "sign" flag of compressed point encodings.</summary>
    public static bool IsLexicographicallyLargest(in Fp a)
    {
        var plain = Mul(a, new Fp(1, 0, 0, 0, 0, 0));
        var half = HalfPMinus1;
        ulong borrow = 0;
        SubtractWithBorrow(half.L0, plain.L0, ref borrow);
        SubtractWithBorrow(half.L1, plain.L1, ref borrow);
        SubtractWithBorrow(half.L2, plain.L2, ref borrow);
        SubtractWithBorrow(half.L3, plain.L3, ref borrow);
        SubtractWithBorrow(half.L4, plain.L4, ref borrow);
        SubtractWithBorrow(half.L5, plain.L5, ref borrow);
        return borrow != 0;
    }

    /// <summary>
    /// a^e for an exponent given as little-endian limbs (public exponents only: the time depends on e),
    /// by 4-bit fixed windows: one multiplication per nonzero window instead of one per set bit.
    /// </summary>
    public static Fp Pow(in Fp a, ReadOnlySpan<ulong> exponent)
    {
        Span<Fp> powers = stackalloc Fp[16];
        powers[0] = One;
        for (var i = 1; i < powers.Length; i++) powers[i] = Mul(powers[i - 1], a);
        var result = One;
        for (var i = exponent.Length - 1; i >= 0; i--)
        {
            for (var shift = 60; shift >= 0; shift -= 4)
            {
                result = Square(Square(Square(Square(result))));
                var window = (int)((exponent[i] >> shift) & 0xf);
                if (window != 0) result = Mul(result, powers[window]);
            }
        }
        return result;
    }

    /// <summary>Maps a value in [0, 2p) to [0, p).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Fp SubtractPIfNotBelow(ulong s0, ulong s1, ulong s2, ulong s3, ulong s4, ulong s5)
    {
        ulong borrow = 0;
        var d0 = SubtractWithBorrow(s0, P0, ref borrow);
        var d1 = SubtractWithBorrow(s1, P1, ref borrow);
        var d2 = SubtractWithBorrow(s2, P2, ref borrow);
        var d3 = SubtractWithBorrow(s3, P3, ref borrow);
        var d4 = SubtractWithBorrow(s4, P4, ref borrow);
        var d5 = SubtractWithBorrow(s5, P5, ref borrow);
        var keep = 0UL - borrow; // all ones when s < p
        return new Fp(
            (s0 & keep) | (d0 & ~keep), (s1 & keep) | (d1 & ~keep), (s2 & keep) | (d2 & ~keep),
            (s3 & keep) | (d3 & ~keep), (s4 & keep) | (d4 & ~keep), (s5 & keep) | (d5 & ~keep));
    }
}
