using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Csevm.Numerics;

namespace Csevm.Interpreter.Memory;

/// <summary>
/// Loads and stores a <see cref="UInt256"/> as the 32 big-endian bytes EVM memory holds, straight
/// through a pointer: the MLOAD/MSTORE hot path. The most significant limb is the first 8 bytes,
/// each limb byte-swapped.
/// </summary>
public static unsafe class BigEndianWord
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256 Load(byte* source) => new(
        BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(source + 24)),
        BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(source + 16)),
        BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(source + 8)),
        BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(source)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(byte* destination, in UInt256 value)
    {
        Unsafe.WriteUnaligned(destination, BinaryPrimitives.ReverseEndianness(value.U3));
        Unsafe.WriteUnaligned(destination + 8, BinaryPrimitives.ReverseEndianness(value.U2));
        Unsafe.WriteUnaligned(destination + 16, BinaryPrimitives.ReverseEndianness(value.U1));
        Unsafe.WriteUnaligned(destination + 24, BinaryPrimitives.ReverseEndianness(value.U0));
    }
}
