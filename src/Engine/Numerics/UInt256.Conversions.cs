using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Csevm.Numerics;

/// <summary>Narrowing checks for offsets and sizes, and BigInteger conversions for tests and tooling.</summary>
public readonly partial struct UInt256
{
    /// <summary>True with the value when it fits in 64 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetUlong(out ulong value)
    {
        value = U0;
        return IsUlong;
    }

    /// <summary>True with the value when it is at most long.MaxValue (memory offsets, gas).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool FitsInLong(out long value)
    {
        value = (long)U0;
        return IsUlong && value >= 0;
    }

    /// <summary>True with the value when it is at most int.MaxValue (sizes and indices of spans).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool FitsInInt(out int value)
    {
        value = (int)U0;
        return IsUlong && U0 <= int.MaxValue;
    }

    /// <summary>The value as a non-negative BigInteger.</summary>
    public BigInteger ToBigInteger()
    {
        Span<byte> bytes = stackalloc byte[32];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, U0);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], U1);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[16..], U2);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[24..], U3);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    private static readonly BigInteger Modulus = BigInteger.One << 256;

    /// <summary>The value reduced modulo 2^256; negative values become their two's complement.</summary>
    public static UInt256 FromBigInteger(BigInteger value)
    {
        var reduced = value & (Modulus - 1);
        Span<byte> bytes = stackalloc byte[33];
        bytes.Clear();
        reduced.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false);
        return new UInt256(
            BinaryPrimitives.ReadUInt64LittleEndian(bytes),
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[16..]),
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[24..]));
    }

    public static explicit operator BigInteger(in UInt256 value) => value.ToBigInteger();
}
