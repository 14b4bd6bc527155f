using System.Runtime.CompilerServices;

namespace Csevm.Numerics;

/// <summary>ADDMOD and MULMOD: the sum (257 bits) and product (512 bits) are reduced exactly, never truncated first.</summary>
public readonly unsafe partial struct UInt256
{
    /// <summary>(a + b) mod m over the full 257-bit sum; 0 when m is 0 (the EVM's ADDMOD).</summary>
    [SkipLocalsInit]
    public static void AddMod(in UInt256 a, in UInt256 b, in UInt256 m, out UInt256 result)
    {
        if (m.IsZero)
        {
            result = default;
            return;
        }
        if (a.IsUlong && b.IsUlong && m.IsUlong)
        {
            ulong sum = a.U0 + b.U0;
            ulong carry = sum < a.U0 ? 1UL : 0UL;
            DivideTwoLimbs(carry % m.U0, sum, m.U0, out ulong remainder);
            result = new UInt256(remainder);
            return;
        }
        bool overflow = AddOverflow(a, b, out var total);
        if (LessThan(a, m) && LessThan(b, m))
        {
            // Both operands are already reduced, so the sum is below 2m: one conditional subtraction.
            if (overflow || !LessThan(total, m)) Subtract(total, m, out total);
            result = total;
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
            ulong high = Math.BigMul(a.U0, b.U0, out ulong low);
            DivideTwoLimbs(high % m.U0, low, m.U0, out ulong remainder);
            result = new UInt256(remainder);
            return;
        }
        ulong* product = stackalloc ulong[9];
        MultiplyWide(a, b, product);
        Reduce(product, 8, m, out result);
    }

    /// <summary>The full product of a and b into eight limbs (schoolbook over the non-zero limbs only).</summary>
    internal static void MultiplyWide(in UInt256 a, in UInt256 b, ulong* product)
    {
        int aLength = a.LimbCount, bLength = b.LimbCount;
        for (int k = 0; k < 8; k++) product[k] = 0;
        for (int i = 0; i < aLength; i++)
        {
            ulong x = a.Limb(i), carry = 0;
            for (int j = 0; j < bLength; j++)
                carry = MultiplyAdd(x, b.Limb(j), product[i + j], carry, out product[i + j]);
            product[i + bLength] = carry;
        }
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
        ulong* divisor = stackalloc ulong[4];
        ulong* remainder = stackalloc ulong[4];
        m.CopyTo(divisor);
        remainder[0] = remainder[1] = remainder[2] = remainder[3] = 0;
        DivideLimbs(value, length, divisor, divisorLength, null, remainder);
        result = new UInt256(remainder[0], remainder[1], remainder[2], remainder[3]);
    }
}
