using System.Numerics;

namespace Csevm.Numerics;

/// <summary>EXP: square-and-multiply modulo 2^256.</summary>
public readonly partial struct UInt256
{
    /// <summary>base^exponent mod 2^256; 0^0 = 1 (the EVM's EXP).</summary>
    public static void Exp(in UInt256 @base, in UInt256 exponent, out UInt256 result)
    {
        if (exponent.IsZero)
        {
            result = One;
            return;
        }
        if ((@base.IsUlong && @base.U0 <= 1) || exponent == One)
        {
            result = @base;
            return;
        }
        if (@base.IsUlong && BitOperations.IsPow2(@base.U0))
        {
            // (2^k)^e = 2^(k*e): a single shift, or 0 once k*e reaches 256.
            ulong log = (ulong)BitOperations.Log2(@base.U0);
            if (!exponent.IsUlong || exponent.U0 >= 256 || log * exponent.U0 >= 256)
                result = default;
            else
                ShiftLeft(One, (int)(log * exponent.U0), out result);
            return;
        }

        // Right-to-left binary exponentiation; stops at the exponent's top set bit.
        var accumulator = One;
        var power = @base;
        int bits = exponent.BitLength;
        for (int i = 0; i < bits; i++)
        {
            if (((exponent.Limb(i >> 6) >> (i & 63)) & 1) != 0)
                Multiply(accumulator, power, out accumulator);
            if (i + 1 < bits)
            {
                Square(power, out power);
                if (power.IsZero)
                {
                    // An even base squared past 2^256 vanishes; a later set bit (there is one: the top bit) zeroes the result.
                    result = default;
                    return;
                }
            }
        }
        result = accumulator;
    }
}
