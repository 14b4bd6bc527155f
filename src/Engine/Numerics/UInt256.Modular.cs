using System.Runtime.CompilerServices;

namespace Csevm.Numerics;

/// <summary>ADDMOD and MULMOD: the sum (257 bits) and product (512 bits) are reduced exactly, never truncated first.</summary>
public readonly partial struct UInt256
{
    /// <summary>(a + b) mod m over the full 257-bit sum; 0 when m is 0 (the EVM's ADDMOD).</summary>
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
        Span<ulong> wide = stackalloc ulong[5];
        total.Limbs.CopyTo(wide);
        wide[4] = overflow ? 1UL : 0UL;
        Reduce(wide, m, out result);
    }

    /// <summary>(a * b) mod m over the full 512-bit product; 0 when m is 0 (the EVM's MULMOD).</summary>
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
        Span<ulong> product = stackalloc ulong[8];
        MultiplyWide(a, b, product);
        Reduce(product, m, out result);
    }

    /// <summary>The full product of a and b as eight limbs (schoolbook over the non-zero limbs only).</summary>
    internal static void MultiplyWide(in UInt256 a, in UInt256 b, Span<ulong> product)
    {
        product.Clear();
        ReadOnlySpan<ulong> x = a.Limbs[..a.LimbCount], y = b.Limbs[..b.LimbCount];
        for (int i = 0; i < x.Length; i++)
        {
            ulong carry = 0;
            for (int j = 0; j < y.Length; j++)
                carry = MultiplyAdd(x[i], y[j], product[i + j], carry, out product[i + j]);
            product[i + y.Length] = carry;
        }
    }

    /// <summary>value mod m for a wide value (up to 8 limbs) and a non-zero m.</summary>
    private static void Reduce(ReadOnlySpan<ulong> value, in UInt256 m, out UInt256 result)
    {
        int length = value.Length;
        while (length > 0 && value[length - 1] == 0) length--;
        int divisorLength = m.LimbCount;
        Span<ulong> remainder = stackalloc ulong[4];
        remainder.Clear();
        if (length < divisorLength)
            value[..length].CopyTo(remainder);
        else
            DivideLimbs(value[..length], m.Limbs[..divisorLength], Span<ulong>.Empty, remainder);
        result = FromLimbs(remainder);
    }
}
