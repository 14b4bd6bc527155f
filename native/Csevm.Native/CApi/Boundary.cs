namespace Csevm.Native.CApi;

/// <summary>What every C API export does with an exception: turn it into an error code and a message, never let it cross into C.</summary>
internal static unsafe class Boundary
{
    public static int Fail(Exception exception) => (int)(exception switch
    {
        CsevmException e => LastError.Set(e.Error, e.Message),
        _ => LastError.Set(CsevmError.Internal, $"{exception.GetType().Name}: {exception.Message}"),
    });

    public static void NotNull(void* pointer, string name)
    {
        if (pointer == null) throw new CsevmException(CsevmError.InvalidArgument, $"{name} is NULL");
    }

    /// <summary>A (pointer, length) pair from C as a span: NULL only with length 0, and no more than a managed array holds.</summary>
    public static ReadOnlySpan<byte> Bytes(byte* data, nuint length, string name)
    {
        if (data == null && length != 0) throw new CsevmException(CsevmError.InvalidArgument, $"{name} is NULL but its length is {length}");
        if (length > (nuint)Array.MaxLength) throw new CsevmException(CsevmError.InvalidArgument, $"{name} length {length} is too large");
        return new ReadOnlySpan<byte>(data, (int)length);
    }

    /// <summary>
    /// Copies <paramref name="data"/> to the caller's buffer and its length to <paramref name="size"/>. A
    /// NULL buffer with capacity 0 just asks for the size; a smaller buffer gets nothing and
    /// <see cref="CsevmError.BufferTooSmall"/>.
    /// </summary>
    public static void CopyOut(ReadOnlySpan<byte> data, byte* buffer, nuint capacity, nuint* size, string what)
    {
        NotNull(size, "size");
        *size = (nuint)data.Length;
        if (buffer == null && capacity == 0) return;
        NotNull(buffer, "buffer");
        if (capacity < (nuint)data.Length)
            throw new CsevmException(CsevmError.BufferTooSmall, $"{what} is {data.Length} bytes, the buffer holds {capacity}");
        data.CopyTo(new Span<byte>(buffer, data.Length));
    }
}
