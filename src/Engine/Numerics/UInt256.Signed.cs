using System.Runtime.CompilerServices;

namespace Csevm.Numerics;

/// <summary>Two's complement views of the word: SDIV, SMOD, SLT, SGT, SAR, SIGNEXTEND.</summary>
public readonly partial struct UInt256
{
    /// <summary>The sign bit (bit 255) is set.</summary>
    public bool IsNegative
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (long)U3 < 0;
    }

    /// <summary>
    /// Signed a / b truncated toward zero; 0 when b is 0. SDIV(-2^255, -1) = -2^255 falls out
    /// naturally: |-2^255| is 2^255 again in 256 bits and the signs agree, so nothing is negated.
    /// </summary>
    public static void SDiv(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        bool aNegative = a.IsNegative, bNegative = b.IsNegative;
        if (!aNegative && !bNegative)
        {
            Divide(a, b, out result);
            return;
        }
        Abs(a, out var magnitudeA);
        Abs(b, out var magnitudeB);
        Divide(magnitudeA, magnitudeB, out var quotient);
        if (aNegative != bNegative) Negate(quotient, out quotient);
        result = quotient;
    }

    /// <summary>Signed a mod b with the sign of a (truncated division); 0 when b is 0.</summary>
    public static void SMod(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        bool aNegative = a.IsNegative;
        if (!aNegative && !b.IsNegative)
        {
            Mod(a, b, out result);
            return;
        }
        Abs(a, out var magnitudeA);
        Abs(b, out var magnitudeB);
        Mod(magnitudeA, magnitudeB, out var remainder);
        if (aNegative) Negate(remainder, out remainder);
        result = remainder;
    }

    /// <summary>a &lt; b as two's complement numbers (the EVM's SLT).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SignedLessThan(in UInt256 a, in UInt256 b)
    {
        if (a.U3 != b.U3) return (long)a.U3 < (long)b.U3;
        if (a.U2 != b.U2) return a.U2 < b.U2;
        if (a.U1 != b.U1) return a.U1 < b.U1;
        return a.U0 < b.U0;
    }

    /// <summary>a &gt; b as two's complement numbers (the EVM's SGT).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SignedGreaterThan(in UInt256 a, in UInt256 b) => SignedLessThan(b, a);

    /// <summary>Arithmetic shift right; shifts of 256 or more give 0 or all ones by the sign (the EVM's SAR).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Sar(in UInt256 shift, in UInt256 value, out UInt256 result)
    {
        bool negative = value.IsNegative;
        if (!shift.IsUlong || shift.U0 >= 256)
        {
            result = negative ? MaxValue : default;
            return;
        }
        if (!negative)
        {
            ShiftRight(value, (int)shift.U0, out result);
            return;
        }
        // For negative x, x >> n (arithmetic) = ~(~x >> n): the complement has zeros where ones must enter.
        Not(value, out var complement);
        ShiftRight(complement, (int)shift.U0, out var shifted);
        Not(shifted, out result);
    }

    /// <summary>
    /// Extends the sign of the low (byteIndex + 1) bytes across the word; values of byteIndex of
    /// 31 or more leave the value unchanged (the EVM's SIGNEXTEND).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SignExtend(in UInt256 byteIndex, in UInt256 value, out UInt256 result)
    {
        if (!byteIndex.IsUlong || byteIndex.U0 >= 31)
        {
            result = value;
            return;
        }
        int signBit = (int)byteIndex.U0 * 8 + 7;
        int limb = signBit >> 6;
        int bit = signBit & 63;
        bool negative = ((value.Limb(limb) >> bit) & 1) != 0;
        // Within the sign bit's limb, keep bits 0..bit and fill the rest; limbs above take the fill wholesale.
        ulong keep = bit == 63 ? ulong.MaxValue : (1UL << (bit + 1)) - 1;
        ulong fill = negative ? ulong.MaxValue : 0;
        ulong r0 = value.U0, r1 = value.U1, r2 = value.U2, r3 = value.U3;
        switch (limb)
        {
            case 0: r0 = (r0 & keep) | (fill & ~keep); r1 = fill; r2 = fill; r3 = fill; break;
            case 1: r1 = (r1 & keep) | (fill & ~keep); r2 = fill; r3 = fill; break;
            case 2: r2 = (r2 & keep) | (fill & ~keep); r3 = fill; break;
            default: r3 = (r3 & keep) | (fill & ~keep); break;
        }
        result = new UInt256(r0, r1, r2, r3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Abs(in UInt256 value, out UInt256 result)
    {
        if (value.IsNegative) Negate(value, out result);
        else result = value;
    }
}
