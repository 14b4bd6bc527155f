using System.Runtime.CompilerServices;

namespace Csevm.Numerics;

/// <summary>
/// ADDMOD and MULMOD: the sum (257 bits) and product (512 bits) are reduced exactly, never truncated
/// first, through the same long division as DIV and MOD.
/// </summary>
public readonly unsafe partial struct UInt256
{
    /// <summary>(a + b) mod m over the full 257-bit sum; 0 when m is 0 (the EVM's ADDMOD).</summary>
    [SkipLocalsInit]
    public static void AddMod(in UInt256 a, in UInt256 b, in UInt256 m, out UInt256 result)
    {
        if (m.IsUlong)
        {
            if (m.U0 == 0)
            {
                result = default;
                return;
            }
            if (a.IsUlong && b.IsUlong)
            {
                ulong sum = a.U0 + b.U0;
                ulong carry = sum < a.U0 ? 1UL : 0UL;
                DivideTwoLimbs(carry % m.U0, sum, m.U0, out ulong remainder);
                result = new UInt256(remainder);
                return;
            }
        }
        bool overflow = AddOverflow(a, b, out var total);
        if (LessThan(a, m) && LessThan(b, m))
        {
            // Both operands are already reduced, so the sum is below 2m: one conditional subtraction.
            if (overflow || !LessThan(total, m)) Subtract(total, m, out total);
            result = total;
            return;
        }
        if (m.U3 != 0 && a.U3 <= m.U3 && b.U3 <= m.U3)
        {
            // Each operand is below 2m (x < (x3 + 1) * 2^192 <= 2 * m3 * 2^192 <= 2m), so one conditional
            // subtraction reduces it, and the sum of the reduced operands needs at most one more.
            SubtractIfNotBelow(a, m, out var x);
            SubtractIfNotBelow(b, m, out var y);
            bool carry = AddOverflow(x, y, out var sum);
            bool borrow = SubtractUnderflow(sum, m, out var difference);
            result = carry || !borrow ? difference : sum;
            return;
        }
        ulong* wide = stackalloc ulong[6];
        total.CopyTo(wide);
        wide[4] = overflow ? 1UL : 0UL;
        Reduce(wide, 5, m, out result);
    }

    /// <summary>(a * b) mod m over the full 512-bit product; 0 when m is 0 (the EVM's MULMOD).</summary>
    [SkipLocalsInit]
    public static void MulMod(in UInt256 a, in UInt256 b, in UInt256 m, out UInt256 result)
    {
        if (m.IsZero || a.IsZero || b.IsZero)
        {
            result = default;
            return;
        }
        if (a.IsUlong && b.IsUlong && m.IsUlong)
        {
            ulong high = MultiplyLimbs(a.U0, b.U0, out ulong low);
            DivideTwoLimbs(high % m.U0, low, m.U0, out ulong remainder);
            result = new UInt256(remainder);
            return;
        }
        int exponent = PowerOfTwoExponent(m);
        if (exponent >= 0)
        {
            // m divides 2^256, so the product's low 256 bits already have the right residue.
            Subtract(m, One, out var mask);
            Multiply(a, b, out var low);
            And(low, mask, out result);
            return;
        }
        ulong* product = stackalloc ulong[9];
        MultiplyWide(a, b, product);
        Reduce(product, 8, m, out result);
    }

    /// <summary>x - m when x &gt;= m, else x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SubtractIfNotBelow(in UInt256 x, in UInt256 m, out UInt256 result)
    {
        bool borrow = SubtractUnderflow(x, m, out var difference);
        result = borrow ? x : difference;
    }

    /// <summary>The full 512-bit product of a and b into eight limbs (schoolbook, unrolled; one row when an operand fits a limb).</summary>
    internal static void MultiplyWide(in UInt256 a, in UInt256 b, ulong* product)
    {
        if (b.IsUlong || a.IsUlong)
        {
            ulong x = b.IsUlong ? b.U0 : a.U0;
            ref readonly UInt256 y = ref b.IsUlong ? ref a : ref b;
            ulong c = MultiplyAdd(x, y.U0, 0, 0, out product[0]);
            c = MultiplyAdd(x, y.U1, c, 0, out product[1]);
            c = MultiplyAdd(x, y.U2, c, 0, out product[2]);
            product[4] = MultiplyAdd(x, y.U3, c, 0, out product[3]);
            product[5] = product[6] = product[7] = 0;
            return;
        }
        ulong carry = MultiplyAdd(a.U0, b.U0, 0, 0, out ulong p0);
        carry = MultiplyAdd(a.U0, b.U1, carry, 0, out ulong p1);
        carry = MultiplyAdd(a.U0, b.U2, carry, 0, out ulong p2);
        ulong p4 = MultiplyAdd(a.U0, b.U3, carry, 0, out ulong p3);

        carry = MultiplyAdd(a.U1, b.U0, p1, 0, out p1);
        carry = MultiplyAdd(a.U1, b.U1, p2, carry, out p2);
        carry = MultiplyAdd(a.U1, b.U2, p3, carry, out p3);
        ulong p5 = MultiplyAdd(a.U1, b.U3, p4, carry, out p4);

        carry = MultiplyAdd(a.U2, b.U0, p2, 0, out p2);
        carry = MultiplyAdd(a.U2, b.U1, p3, carry, out p3);
        carry = MultiplyAdd(a.U2, b.U2, p4, carry, out p4);
        ulong p6 = MultiplyAdd(a.U2, b.U3, p5, carry, out p5);

        carry = MultiplyAdd(a.U3, b.U0, p3, 0, out p3);
        carry = MultiplyAdd(a.U3, b.U1, p4, carry, out p4);
        carry = MultiplyAdd(a.U3, b.U2, p5, carry, out p5);
        ulong p7 = MultiplyAdd(a.U3, b.U3, p6, carry, out p6);

        product[0] = p0; product[1] = p1; product[2] = p2; product[3] = p3;
        product[4] = p4; product[5] = p5; product[6] = p6; product[7] = p7;
    }

    /// <summary>
    /// value mod m for a wide value of <paramref name="length"/> limbs (the buffer has one spare
    /// limb and is overwritten) and a non-zero m.
    /// </summary>
    [SkipLocalsInit]
    private static void Reduce(ulong* value, int length, in UInt256 m, out UInt256 result)
    {
        while (length > 0 && value[length - 1] == 0) length--;
        int divisorLength = m.LimbCount;
        if (length < divisorLength)
        {
            result = new UInt256(value[0], value[1], value[2], value[3]);
            return;
        }
        ulong* limbs = stackalloc ulong[9];
        ulong* divisor = limbs, remainder = limbs + 5;
        m.CopyTo(divisor);
        remainder[1] = remainder[2] = remainder[3] = 0;
        DivideLimbs(value, length, divisor, divisorLength, null, remainder);
        result = new UInt256(remainder[0], remainder[1], remainder[2], remainder[3]);
    }
}
