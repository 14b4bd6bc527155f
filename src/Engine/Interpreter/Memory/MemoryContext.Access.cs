using System.Runtime.CompilerServices;
using Csevm.Numerics;

namespace Csevm.Interpreter.Memory;

/// <summary>
/// Bounds-checked, context-relative reads and writes. Every access must lie inside the context's
/// current size (grow it first with EnsureContextCapacity, as the interpreter does when it charges
/// the expansion gas); an access outside it is a bug and throws <see cref="MemoryException"/>
/// (<see cref="MemoryError.InvalidOffset"/> or <see cref="MemoryError.InvalidSize"/>). Zero-length
/// operations are no-ops at any offset, as in the EVM. Reads work on the active context and its
/// live ancestors; writes only on the active context.
/// </summary>
public readonly unsafe partial struct MemoryContext
{
    public byte GetByte(ulong offset)
    {
        ulong size = ReadableSize();
        if (offset >= size) ThrowOutOfRange(offset, 1, size);
        return _shared.Buffer[_start + offset];
    }

    public void SetByte(ulong offset, byte value)
    {
        ulong size = WritableSize();
        if (offset >= size) ThrowOutOfRange(offset, 1, size);
        _shared.Buffer[_start + offset] = value;
    }

    /// <summary>Copies the 32 bytes at <paramref name="offset"/> into <paramref name="destination"/> (at least 32 bytes).</summary>
    public void GetWord(ulong offset, Span<byte> destination)
    {
        if (destination.Length < 32) throw new ArgumentException($"a word needs 32 bytes, got {destination.Length}", nameof(destination));
        CheckRange(offset, 32, ReadableSize());
        new ReadOnlySpan<byte>(_shared.Buffer + _start + offset, 32).CopyTo(destination);
    }

    /// <summary>The 32 big-endian bytes at <paramref name="offset"/> as a number (MLOAD).</summary>
    public UInt256 GetWord(ulong offset)
    {
        CheckRange(offset, 32, ReadableSize());
        return BigEndianWord.Load(_shared.Buffer + _start + offset);
    }

    /// <summary>Writes exactly 32 bytes at <paramref name="offset"/>.</summary>
    public void SetWord(ulong offset, ReadOnlySpan<byte> word)
    {
        if (word.Length != 32) throw new ArgumentException($"a word is 32 bytes, got {word.Length}", nameof(word));
        CheckRange(offset, 32, WritableSize());
        word.CopyTo(new Span<byte>(_shared.Buffer + _start + offset, 32));
    }

    /// <summary>Writes <paramref name="value"/> as 32 big-endian bytes at <paramref name="offset"/> (MSTORE).</summary>
    public void SetWord(ulong offset, in UInt256 value)
    {
        CheckRange(offset, 32, WritableSize());
        BigEndianWord.Store(_shared.Buffer + _start + offset, value);
    }

    /// <summary>
    /// Copies <paramref name="length"/> bytes from <paramref name="source"/> to <paramref name="destination"/>
    /// inside the context; overlapping ranges copy as if through a temporary buffer (MCOPY).
    /// </summary>
    public void Copy(ulong destination, ulong source, ulong length)
    {
        if (length == 0) return;
        ulong size = WritableSize();
        CheckRange(source, length, size);
        CheckRange(destination, length, size);
        byte* origin = _shared.Buffer + _start;
        // Buffer.MemoryCopy is a memmove: it copies overlapping ranges in the safe direction.
        Buffer.MemoryCopy(origin + source, origin + destination, length, length);
    }

    /// <summary>
    /// The <paramref name="length"/> bytes at <paramref name="offset"/> (RETURN, REVERT, LOG, KECCAK256),
    /// valid until the memory next grows. Empty for a zero length at any offset.
    /// </summary>
    public ReadOnlySpan<byte> GetSlice(ulong offset, ulong length)
    {
        if (length == 0) return [];
        CheckRange(offset, length, ReadableSize());
        // Every size is below SharedMemory.MaxLimit, so the length fits an int.
        return new ReadOnlySpan<byte>(_shared.Buffer + _start + offset, (int)length);
    }

    /// <summary>Writes <paramref name="data"/> at <paramref name="offset"/>.</summary>
    public void Write(ulong offset, ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty) return;
        CheckRange(offset, (ulong)data.Length, WritableSize());
        data.CopyTo(new Span<byte>(_shared.Buffer + _start + offset, data.Length));
    }

    /// <summary>
    /// Writes <paramref name="length"/> bytes at <paramref name="destinationOffset"/> taken from
    /// <paramref name="source"/> starting at <paramref name="sourceOffset"/>, with zeros for every
    /// byte past the end of the source (CALLDATACOPY, CODECOPY, EXTCODECOPY, RETURNDATACOPY after
    /// its own bounds check). <paramref name="sourceOffset"/> may be anything, even past the end.
    /// </summary>
    public void WritePadded(ulong destinationOffset, ReadOnlySpan<byte> source, ulong sourceOffset, ulong length)
    {
        if (length == 0) return;
        CheckRange(destinationOffset, length, WritableSize());
        var destination = new Span<byte>(_shared.Buffer + _start + destinationOffset, (int)length);
        ulong available = sourceOffset < (ulong)source.Length ? (ulong)source.Length - sourceOffset : 0;
        int copied = (int)Math.Min(available, length);
        source.Slice((int)Math.Min(sourceOffset, (ulong)source.Length), copied).CopyTo(destination);
        destination[copied..].Clear();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckRange(ulong offset, ulong length, ulong size)
    {
        if (offset >= size || length > size - offset) ThrowOutOfRange(offset, length, size);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOutOfRange(ulong offset, ulong length, ulong size)
    {
        if (offset >= size)
            MemoryException.Throw(MemoryError.InvalidOffset, $"offset {offset} is outside the context's {size} bytes");
        MemoryException.Throw(MemoryError.InvalidSize, $"{length} bytes at offset {offset} run past the context's {size} bytes");
    }
}
