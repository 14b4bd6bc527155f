using System.Runtime.CompilerServices;
using Csevm.Numerics;

namespace Csevm.Interpreter.Instructions;

/// <summary>0x10-0x1e: comparisons, bitwise logic, BYTE, shifts and CLZ (a = top, b = the item below).</summary>
internal static unsafe class Bitwise
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256* Lt(UInt256* top) { top[-1] = UInt256.LessThan(top[0], top[-1]) ? UInt256.One : default; return top - 1; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256* Gt(UInt256* top) { top[-1] = UInt256.GreaterThan(top[0], top[-1]) ? UInt256.One : default; return top - 1; }

    public static UInt256* SLt(UInt256* top) { top[-1] = UInt256.SignedLessThan(top[0], top[-1]) ? UInt256.One : default; return top - 1; }

    public static UInt256* SGt(UInt256* top) { top[-1] = UInt256.SignedGreaterThan(top[0], top[-1]) ? UInt256.One : default; return top - 1; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256* Eq(UInt256* top) { top[-1] = top[0] == top[-1] ? UInt256.One : default; return top - 1; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256* IsZero(UInt256* top) { top[0] = top[0].IsZero ? UInt256.One : default; return top; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256* And(UInt256* top) { UInt256.And(top[0], top[-1], out top[-1]); return top - 1; }

    public static UInt256* Or(UInt256* top) { UInt256.Or(top[0], top[-1], out top[-1]); return top - 1; }

    public static UInt256* Xor(UInt256* top) { UInt256.Xor(top[0], top[-1], out top[-1]); return top - 1; }

    public static UInt256* Not(UInt256* top) { UInt256.Not(top[0], out top[0]); return top; }

    public static UInt256* Byte(UInt256* top) { UInt256.Byte(top[0], top[-1], out top[-1]); return top - 1; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256* Shl(UInt256* top) { UInt256.Shl(top[0], top[-1], out top[-1]); return top - 1; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256* Shr(UInt256* top) { UInt256.Shr(top[0], top[-1], out top[-1]); return top - 1; }

    public static UInt256* Sar(UInt256* top) { UInt256.Sar(top[0], top[-1], out top[-1]); return top - 1; }

    /// <summary>CLZ (EIP-7939): the number of leading zero bits, 256 for zero.</summary>
    public static UInt256* Clz(UInt256* top) { top[0] = new UInt256((ulong)UInt256.LeadingZeroCount(top[0])); return top; }
}
