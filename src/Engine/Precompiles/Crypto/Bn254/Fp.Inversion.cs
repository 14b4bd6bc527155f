using System.Numerics;
using System.Runtime.CompilerServices;

namespace Csevm.Precompiles.Crypto.Bn254;

public readonly partial struct Fp
{
    // R³ mod p = MontgomeryProduct(R², R²): turns a plain inverse of the representative into Montgomery form.
    private static readonly Fp RCubed = Multiply(RSquared, RSquared);

    /// <summary>Binary GCD steps per batch: the update factors stay within ±2^30, so two fit one 64-bit word.</summary>
    private const int StepsPerBatch = 30;
    private const ulong LowBitsMask = (1UL << StepsPerBatch) - 1;

    /// <summary>
    /// a⁻¹ (zero maps to zero). The quotient 1/(aR) of representatives is a⁻¹R⁻¹, and one Montgomery
    /// product by R³ turns it into a⁻¹R.
    /// </summary>
    public Fp Inverse() => IsZero ? this : Multiply(QuotientOfRepresentatives(new Fp(1, 0, 0, 0), this), RCubed);

    /// <summary>
    /// n/d (zero when d is zero) for the price of one inversion: the quotient nR/(dR) of the
    /// representatives is n/d itself, and one Montgomery product by R² puts it in Montgomery form.
    /// </summary>
    public static Fp Divide(in Fp numerator, in Fp denominator) =>
        denominator.IsZero ? Zero : Multiply(QuotientOfRepresentatives(numerator, denominator), RSquared);

    /// <summary>
    /// x/y mod p for a nonzero y, both taken as plain numbers below p, by Pornin's optimised binary GCD
    /// (ePrint 2020/972): each batch runs 30 branch-free binary-GCD steps on 64-bit approximations of a
    /// and b (their exact low 30 bits and their top 33 bits), recording the steps as small update
    /// factors, then applies those factors to the full-size values once. Not constant time (the number
    /// of batches depends on the input), which is fine here: every input of a precompile is public.
    /// </summary>
    private static Fp QuotientOfRepresentatives(in Fp x, in Fp y)
    {
        // Invariants: a·x ≡ u·y and b·x ≡ v·y (mod p); a ≥ 0, b odd; gcd(a, b) = 1.
        var a = y;
        var b = new Fp(P0, P1, P2, P3);
        var u = x;
        var v = Zero;
        // Factors not yet applied to (u, v): (u, v) ← M·(u, v) / 2^pendingShift.
        long m00 = 1, m01 = 0, m10 = 0, m11 = 1;
        int pendingShift = 0;
        while (!a.IsZero)
        {
            int length = Math.Max(BitLength(a), BitLength(b));
            ulong approximateA = length < 64 ? a._l0 : Approximate(a, length);
            ulong approximateB = length < 64 ? b._l0 : Approximate(b, length);
            // Each word packs one pair of update factors as f + g·2^32: a' = (f0·a + g0·b)/2^30, b' = (f1·a + g1·b)/2^30.
            ulong factors0 = 1, factors1 = 1UL << 32;
            for (int step = 0; step < StepsPerBatch; step++)
            {
                // a ← |a − b|/2 and b ← min(a, b) for odd a, a ← a/2 for even a: subtracting zero in the even
                // case makes both one branch-free path (the approximations stay below 2^63, so the sign is exact).
                ulong odd = 0 - (approximateA & 1);
                ulong difference = approximateA - (approximateB & odd);
                ulong factorsDifference = factors0 - (factors1 & odd);
                ulong negative = (ulong)((long)difference >> 63);
                approximateB += difference & negative;
                factors1 += factorsDifference & negative;
                approximateA = ((difference ^ negative) - negative) >> 1;
                factors0 = (factorsDifference ^ negative) - negative;
                factors1 <<= 1;
            }
            Unpack(factors0, out long f0, out long g0);
            Unpack(factors1, out long f1, out long g1);
            ApplyToValues(ref a, ref b, ref f0, ref g0, ref f1, ref g1);
            // (u, v) take the batches two at a time: the product of two batches' factors still fits a long.
            (m00, m01, m10, m11) = (f0 * m00 + g0 * m10, f0 * m01 + g0 * m11, f1 * m00 + g1 * m10, f1 * m01 + g1 * m11);
            pendingShift += StepsPerBatch;
            if (pendingShift == 2 * StepsPerBatch)
            {
                ApplyToCoefficients(ref u, ref v, m00, m01, m10, m11, pendingShift);
                (m00, m01, m10, m11, pendingShift) = (1, 0, 0, 1, 0);
            }
        }
        if (pendingShift != 0) ApplyToCoefficients(ref u, ref v, m00, m01, m10, m11, pendingShift);
        // a = 0 leaves b = gcd = 1, so v·y ≡ x.
        return v;
    }

    private static int BitLength(in Fp x) =>
        x._l3 != 0 ? 256 - BitOperations.LeadingZeroCount(x._l3) :
        x._l2 != 0 ? 192 - BitOperations.LeadingZeroCount(x._l2) :
        x._l1 != 0 ? 128 - BitOperations.LeadingZeroCount(x._l1) :
        64 - BitOperations.LeadingZeroCount(x._l0);

    /// <summary>The top 33 of <paramref name="length"/> bits of x above its low 30 bits: 63 bits (length ≥ 64).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Approximate(in Fp x, int length)
    {
        int start = length - 63;
        int shift = start & 63;
        // The 64 bits from bit start on; bits at and above length are zero, so the window is below 2^63.
        ulong window = (start >> 6) switch
        {
            0 => (x._l0 >> shift) | ((x._l1 << 1) << (63 - shift)),
            1 => (x._l1 >> shift) | ((x._l2 << 1) << (63 - shift)),
            2 => (x._l2 >> shift) | ((x._l3 << 1) << (63 - shift)),
            _ => x._l3 >> shift,
        };
        return (window & ~LowBitsMask) | (x._l0 & LowBitsMask);
    }

    /// <summary>Splits f + g·2^32 (|f|, |g| ≤ 2^30) into f and g.</summary>
    private static void Unpack(ulong packed, out long f, out long g)
    {
        f = (int)(uint)packed;
        g = ((long)packed - f) >> 32;
    }

    /// <summary>
    /// (a, b) ← (|f0·a + g0·b|, |f1·a + g1·b|) / 2^30 for a, b below 2^254 (the division is exact by
    /// construction of the factors); a pair of factors whose combination was negative is negated, so
    /// the factors keep describing the new values. Kept out of line, like ApplyToCoefficients: inlined,
    /// their twenty live limbs spilled the batch loop's registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ApplyToValues(ref Fp a, ref Fp b, ref long f0, ref long g0, ref long f1, ref long g1)
    {
        var nextA = CombineAbsolute(a, b, ref f0, ref g0);
        b = CombineAbsolute(a, b, ref f1, ref g1);
        a = nextA;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Fp CombineAbsolute(in Fp x, in Fp y, ref long f, ref long g)
    {
        Combine(x, y, f, g, out ulong t0, out ulong t1, out ulong t2, out ulong t3, out ulong t4);
        // Conditional negation by the sign mask (the sign is a coin flip, so no branch).
        ulong sign = (ulong)((long)t4 >> 63), carry = sign & 1;
        t0 = AddCarry(t0 ^ sign, 0, ref carry);
        t1 = AddCarry(t1 ^ sign, 0, ref carry);
        t2 = AddCarry(t2 ^ sign, 0, ref carry);
        t3 = AddCarry(t3 ^ sign, 0, ref carry);
        t4 = (t4 ^ sign) + carry;
        f = (f ^ (long)sign) - (long)sign;
        g = (g ^ (long)sign) - (long)sign;
        return ShiftRight(t0, t1, t2, t3, t4, StepsPerBatch);
    }

    /// <summary>(u, v) ← (m00·u + m01·v, m10·u + m11·v) / 2^shift mod p, for u, v below p and |m·₀| + |m·₁| ≤ 2^shift ≤ 2^60.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ApplyToCoefficients(ref Fp u, ref Fp v, long m00, long m01, long m10, long m11, int shift)
    {
        var nextU = CombineAndDivide(u, v, m00, m01, shift);
        v = CombineAndDivide(u, v, m10, m11, shift);
        u = nextU;
    }

    /// <summary>(x·f + y·g) / 2^shift mod p: add the multiple of p that clears the low bits, then shift.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Fp CombineAndDivide(in Fp x, in Fp y, long f, long g, int shift)
    {
        Combine(x, y, f, g, out ulong t0, out ulong t1, out ulong t2, out ulong t3, out ulong t4);
        ulong k = (t0 * NegInverse) & ((1UL << shift) - 1);
        ulong carry = 0;
        t0 = MulAdd(P0, k, t0, ref carry);
        t1 = MulAdd(P1, k, t1, ref carry);
        t2 = MulAdd(P2, k, t2, ref carry);
        t3 = MulAdd(P3, k, t3, ref carry);
        t4 += carry;
        // |x·f + y·g| ≤ 2^shift·p and k·p < 2^shift·p, so the quotient q lies in (−p, 2p). A negative q is
        // held as 2^256 + q, and adding p wraps it round to p + q; then one conditional subtraction.
        var quotient = ShiftRight(t0, t1, t2, t3, t4, shift);
        ulong negative = (ulong)((long)t4 >> 63);
        carry = 0;
        ulong r0 = AddCarry(quotient._l0, P0 & negative, ref carry), r1 = AddCarry(quotient._l1, P1 & negative, ref carry);
        ulong r2 = AddCarry(quotient._l2, P2 & negative, ref carry), r3 = AddCarry(quotient._l3, P3 & negative, ref carry);
        return ReduceOnce(r0, r1, r2, r3);
    }

    /// <summary>x·f + y·g as a signed 320-bit two's-complement number (x, y below 2^255, |f|, |g| &lt; 2^63).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Combine(in Fp x, in Fp y, long f, long g, out ulong t0, out ulong t1, out ulong t2, out ulong t3, out ulong t4)
    {
        // With f read as the unsigned (ulong)f = f + 2^64·[f < 0], x·(ulong)f overshoots x·f by x·2^64 for negative f:
        // sum the two unsigned products, then take the overshoots back off from limb 1 up.
        ulong carry = 0, overshootCarry = 0;
        t0 = MulAdd(x._l0, (ulong)f, 0, ref carry);
        t1 = MulAdd(x._l1, (ulong)f, 0, ref carry);
        t2 = MulAdd(x._l2, (ulong)f, 0, ref carry);
        t3 = MulAdd(x._l3, (ulong)f, 0, ref carry);
        t4 = carry;
        carry = 0;
        t0 = MulAdd(y._l0, (ulong)g, t0, ref carry);
        t1 = MulAdd(y._l1, (ulong)g, t1, ref carry);
        t2 = MulAdd(y._l2, (ulong)g, t2, ref carry);
        t3 = MulAdd(y._l3, (ulong)g, t3, ref carry);
        t4 += carry;
        ulong fMask = (ulong)(f >> 63), gMask = (ulong)(g >> 63);
        ulong o0 = AddCarry(x._l0 & fMask, y._l0 & gMask, ref overshootCarry), o1 = AddCarry(x._l1 & fMask, y._l1 & gMask, ref overshootCarry);
        ulong o2 = AddCarry(x._l2 & fMask, y._l2 & gMask, ref overshootCarry), o3 = AddCarry(x._l3 & fMask, y._l3 & gMask, ref overshootCarry);
        ulong borrow = 0;
        t1 = SubBorrow(t1, o0, ref borrow);
        t2 = SubBorrow(t2, o1, ref borrow);
        t3 = SubBorrow(t3, o2, ref borrow);
        t4 = t4 - o3 - borrow;
    }

    /// <summary>The low 256 bits of a 320-bit value shifted right by 0 &lt; shift &lt; 64 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Fp ShiftRight(ulong t0, ulong t1, ulong t2, ulong t3, ulong t4, int shift) => new(
        (t0 >> shift) | (t1 << (64 - shift)), (t1 >> shift) | (t2 << (64 - shift)),
        (t2 >> shift) | (t3 << (64 - shift)), (t3 >> shift) | (t4 << (64 - shift)));
}
