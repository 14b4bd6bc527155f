using System.Runtime.CompilerServices;

namespace Csevm.Numerics;

/// <summary>Unsigned ordering (the EVM's LT, GT) and the comparison operators.</summary>
public readonly partial struct UInt256 : IComparable<UInt256>
{
    /// <summary>a &lt; b, unsigned (the EVM's LT).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessThan(in UInt256 a, in UInt256 b)
    {
        if (a.U3 != b.U3) return a.U3 < b.U3;
        if (a.U2 != b.U2) return a.U2 < b.U2;
        if (a.U1 != b.U1) return a.U1 < b.U1;
        return a.U0 < b.U0;
    }

    /// <summary>a &gt; b, unsigned (the EVM's GT).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterThan(in UInt256 a, in UInt256 b) => LessThan(b, a);

    public int CompareTo(UInt256 other) => LessThan(this, other) ? -1 : Equals(other) ? 0 : 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator <(in UInt256 a, in UInt256 b) => LessThan(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator >(in UInt256 a, in UInt256 b) => LessThan(b, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator <=(in UInt256 a, in UInt256 b) => !LessThan(b, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator >=(in UInt256 a, in UInt256 b) => !LessThan(a, b);
}
