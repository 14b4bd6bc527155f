using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Csevm.Numerics;

namespace Csevm.Interpreter.Instructions;

/// <summary>POP and PUSH0; PUSH1-32, DUP1-16 and SWAP1-16 are generated from the spec (StackOps.g.cs).</summary>
internal static unsafe partial class StackOps
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256* Pop(UInt256* top) => top - 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt256* Push0(UInt256* top) { top[1] = default; return top + 1; }

    /// <summary>Eight code bytes as a big-endian number (the generated PUSH handlers' building block).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ReadBigEndian(byte* data) =>
        BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(data)) : Unsafe.ReadUnaligned<ulong>(data);
}
