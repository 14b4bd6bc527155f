using Csevm.Numerics;

namespace Csevm.Primitives.Rlp;

/// <summary>
/// Appends RLP items to a growable buffer. Lists whose payload length is known up front take
/// <see cref="WriteListHeader"/>; otherwise wrap the items in <see cref="StartList"/> /
/// <see cref="EndList"/>, which inserts the header once the payload is written (nest freely,
/// closing inner lists first). Reuse one writer with <see cref="Clear"/> to avoid allocating.
/// </summary>
public sealed class RlpWriter
{
    private byte[] _buffer;
    private int _length;

    public RlpWriter(int initialCapacity = 256) => _buffer = new byte[Math.Max(initialCapacity, 16)];

    /// <summary>A list opened by <see cref="StartList"/>, to be passed to <see cref="EndList"/>.</summary>
    public readonly struct OpenList
    {
        internal readonly int PayloadStart;
        internal OpenList(int payloadStart) => PayloadStart = payloadStart;
    }

    public int Length => _length;

    /// <summary>The bytes written so far, valid until the next write.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public byte[] ToArray() => Written.ToArray();

    public void Clear() => _length = 0;

    public void WriteBytes(ReadOnlySpan<byte> value) =>
        _length += RlpEncoding.WriteBytes(Reserve(RlpEncoding.LengthOfBytes(value)), value);

    public void WriteUlong(ulong value) =>
        _length += RlpEncoding.WriteUlong(Reserve(RlpEncoding.LengthOfUlong(value)), value);

    public void WriteUInt256(in UInt256 value) =>
        _length += RlpEncoding.WriteUInt256(Reserve(RlpEncoding.LengthOfUInt256(value)), value);

    /// <summary>Writes the header of a list whose items (written next) take <paramref name="payloadLength"/> bytes.</summary>
    public void WriteListHeader(int payloadLength) =>
        _length += RlpEncoding.WriteListHeader(Reserve(RlpEncoding.HeaderLength(payloadLength)), payloadLength);

    /// <summary>Appends an item that is already RLP (a nested encoding built elsewhere), unchanged.</summary>
    public void WriteEncoded(ReadOnlySpan<byte> encodedItem)
    {
        encodedItem.CopyTo(Reserve(encodedItem.Length));
        _length += encodedItem.Length;
    }

    /// <summary>Opens a list whose length is not known yet: write its items, then call <see cref="EndList"/>.</summary>
    public OpenList StartList() => new(_length);

    /// <summary>Closes <paramref name="list"/>: everything written since it was opened becomes its payload.</summary>
    public void EndList(OpenList list)
    {
        if ((uint)list.PayloadStart > (uint)_length)
            throw new InvalidOperationException("the list was opened on content that has since been cleared");
        int payloadLength = _length - list.PayloadStart;
        int headerLength = RlpEncoding.HeaderLength(payloadLength);
        Reserve(headerLength);
        _buffer.AsSpan(list.PayloadStart, payloadLength).CopyTo(_buffer.AsSpan(list.PayloadStart + headerLength));
        RlpEncoding.WriteListHeader(_buffer.AsSpan(list.PayloadStart), payloadLength);
        _length += headerLength;
    }

    /// <summary>Makes room for <paramref name="count"/> more bytes and returns the span they go in (not yet counted).</summary>
    private Span<byte> Reserve(int count)
    {
        if (_buffer.Length - _length < count)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        return _buffer.AsSpan(_length, count);
    }
}
