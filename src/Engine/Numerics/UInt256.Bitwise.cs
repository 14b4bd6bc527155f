using System.Runtime.CompilerServices;

namespace Csevm.Numerics;

/// <summary>Bitwise logic, BYTE, logical shifts and CLZ.</summary>
public readonly partial struct UInt256
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void And(in UInt256 a, in UInt256 b, out UInt256 result) =>
        result = new UInt256(a.U0 & b.U0, a.U1 & b.U1, a.U2 & b.U2, a.U3 & b.U3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Or(in UInt256 a, in UInt256 b, out UInt256 result) =>
        result = new UInt256(a.U0 | b.U0, a.U1 | b.U1, a.U2 | b.U2, a.U3 | b.U3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Xor(in UInt256 a, in UInt256 b, out UInt256 result) =>
        result = new UInt256(a.U0 ^ b.U0, a.U1 ^ b.U1, a.U2 ^ b.U2, a.U3 ^ b.U3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Not(in UInt256 a, out UInt256 result) =>
        result = new UInt256(~a.U0, ~a.U1, ~a.U2, ~a.U3);

    /// <summary>The index-th byte counting from the most significant (index 0); 0 when index &gt;= 32 (the EVM's BYTE).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Byte(in UInt256 index, in UInt256 value, out UInt256 result)
    {
        if (!index.IsUlong || index.U0 >= 32)
        {
            result = default;
            return;
        }
        int bitFromBottom = (31 - (int)index.U0) * 8;
        result = new UInt256((value.Limb(bitFromBottom >> 6) >> (bitFromBottom & 63)) & 0xFF);
    }

    /// <summary>value &lt;&lt; shift; 0 when shift &gt;= 256 (the EVM's SHL, shift on top of the stack).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Shl(in UInt256 shift, in UInt256 value, out UInt256 result)
    {
        if (!shift.IsUlong || shift.U0 >= 256)
        {
            result = default;
            return;
        }
        ShiftLeft(value, (int)shift.U0, out result);
    }

    /// <summary>value &gt;&gt; shift, logical; 0 when shift &gt;= 256 (the EVM's SHR).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Shr(in UInt256 shift, in UInt256 value, out UInt256 result)
    {
        if (!shift.IsUlong || shift.U0 >= 256)
        {
            result = default;
            return;
        }
        ShiftRight(value, (int)shift.U0, out result);
    }

    /// <summary>Count of leading zero bits; 256 for zero (the EVM's CLZ, EIP-7939).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LeadingZeroCount(in UInt256 value) => 256 - value.BitLength;

    /// <summary>value &lt;&lt; shift for 0 &lt;= shift &lt; 256.</summary>
    internal static void ShiftLeft(in UInt256 value, int shift, out UInt256 result)
    {
        ulong r0, r1, r2, r3;
        switch (shift >> 6)
        {
            case 0: r0 = value.U0; r1 = value.U1; r2 = value.U2; r3 = value.U3; break;
            case 1: r0 = 0; r1 = value.U0; r2 = value.U1; r3 = value.U2; break;
            case 2: r0 = 0; r1 = 0; r2 = value.U0; r3 = value.U1; break;
            default: r0 = 0; r1 = 0; r2 = 0; r3 = value.U0; break;
        }
        int bits = shift & 63;
        if (bits != 0)
        {
            int back = 64 - bits;
            r3 = (r3 << bits) | (r2 >> back);
            r2 = (r2 << bits) | (r1 >> back);
            r1 = (r1 << bits) | (r0 >> back);
            r0 <<= bits;
        }
        result = new UInt256(r0, r1, r2, r3);
    }

    /// <summary>value &gt;&gt; shift (logical) for 0 &lt;= shift &lt; 256.</summary>
    internal static void ShiftRight(in UInt256 value, int shift, out UInt256 result)
    {
        ulong r0, r1, r2, r3;
        switch (shift >> 6)
        {
            case 0: r0 = value.U0; r1 = value.U1; r2 = value.U2; r3 = value.U3; break;
            case 1: r0 = value.U1; r1 = value.U2; r2 = value.U3; r3 = 0; break;
            case 2: r0 = value.U2; r1 = value.U3; r2 = 0; r3 = 0; break;
            default: r0 = value.U3; r1 = 0; r2 = 0; r3 = 0; break;
        }
        int bits = shift & 63;
        if (bits != 0)
        {
            int back = 64 - bits;
            r0 = (r0 >> bits) | (r1 << back);
            r1 = (r1 >> bits) | (r2 << back);
            r2 = (r2 >> bits) | (r3 << back);
            r3 >>= bits;
        }
        result = new UInt256(r0, r1, r2, r3);
    }

    /// <summary>Limb number index (0..3, least significant first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ulong Limb(int index) => Unsafe.Add(ref Unsafe.AsRef(in U0), index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 operator &(in UInt256 a, in UInt256 b)
    {
        And(a, b, out var result);
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 operator |(in UInt256 a, in UInt256 b)
    {
        Or(a, b, out var result);
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 operator ^(in UInt256 a, in UInt256 b)
    {
        Xor(a, b, out var result);
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 operator ~(in UInt256 a)
    {
        Not(a, out var result);
        return result;
    }

    /// <summary>Shift left; 0 when the count is 256 or more; a negative count is an error.</summary>
    public static UInt256 operator <<(in UInt256 value, int shift)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shift);
        if (shift >= 256) return default;
        ShiftLeft(value, shift, out var result);
        return result;
    }

    /// <summary>Logical shift right; 0 when the count is 256 or more; a negative count is an error.</summary>
    public static UInt256 operator >>(in UInt256 value, int shift)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shift);
        if (shift >= 256) return default;
        ShiftRight(value, shift, out var result);
        return result;
    }
}
