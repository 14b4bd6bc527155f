using Csevm.Numerics;

namespace Csevm.Primitives.Rlp;

/// <summary>
/// Reads RLP items one after another from a span, without copying. Accepts only the canonical
/// encoding (the one <see cref="RlpEncoding"/> writes) and throws <see cref="RlpException"/> on
/// anything else: truncated input, a long form where the short one fits, lengths with leading
/// zeros, single bytes below 0x80 wrapped as strings, scalars with leading zero bytes.
/// </summary>
public ref struct RlpReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public RlpReader(ReadOnlySpan<byte> data) => _data = data;

    /// <summary>Offset of the next item within the span this reader was made from.</summary>
    public readonly int Position => _position;

    public readonly bool HasMore => _position < _data.Length;

    /// <summary>True when the next item is a list, false when it is a byte string.</summary>
    public readonly bool NextIsList => Peek() >= RlpEncoding.EmptyList;

    /// <summary>Reads a byte string item and returns its content.</summary>
    public ReadOnlySpan<byte> ReadBytes()
    {
        var item = ReadHeader();
        if (item.IsList) throw new RlpException($"expected a byte string at offset {item.Start}, found a list");
        return _data.Slice(item.PayloadStart, item.PayloadLength);
    }

    /// <summary>Reads a scalar of at most 8 bytes, minimal big-endian.</summary>
    public ulong ReadUlong()
    {
        var bytes = ReadScalarBytes(8, "a 64-bit");
        ulong value = 0;
        foreach (byte b in bytes) value = value << 8 | b;
        return value;
    }

    /// <summary>Reads a scalar of at most 32 bytes, minimal big-endian.</summary>
    public UInt256 ReadUInt256() => UInt256.FromBigEndian(ReadScalarBytes(32, "a 256-bit"));

    /// <summary>Reads a list item and returns a reader over its payload; this reader moves past the whole list.</summary>
    public RlpReader EnterList()
    {
        var item = ReadHeader();
        if (!item.IsList) throw new RlpException($"expected a list at offset {item.Start}, found a byte string");
        return new RlpReader(_data.Slice(item.PayloadStart, item.PayloadLength));
    }

    /// <summary>Reads the next item of either kind and returns its whole encoding, header included.</summary>
    public ReadOnlySpan<byte> ReadEncodedItem()
    {
        var item = ReadHeader();
        return _data[item.Start.._position];
    }

    /// <summary>Throws unless every byte has been read (trailing bytes after an item are malformed input).</summary>
    public readonly void ExpectEnd()
    {
        if (HasMore) throw new RlpException($"{_data.Length - _position} unexpected bytes after the last item at offset {_position}");
    }

    private ReadOnlySpan<byte> ReadScalarBytes(int maxLength, string what)
    {
        int start = _position;
        var bytes = ReadBytes();
        if (bytes.Length > maxLength) throw new RlpException($"{what} scalar at offset {start} has {bytes.Length} bytes");
        if (bytes.Length > 0 && bytes[0] == 0) throw new RlpException($"scalar at offset {start} has a leading zero byte");
        return bytes;
    }

    private readonly byte Peek()
    {
        if (!HasMore) throw new RlpException($"expected an item at offset {_position}, the input ended");
        return _data[_position];
    }

    private readonly record struct Item(bool IsList, int Start, int PayloadStart, int PayloadLength);

    /// <summary>Decodes and validates the next item's header, checks its payload is present, and moves past the item.</summary>
    private Item ReadHeader()
    {
        int start = _position;
        byte prefix = Peek();
        bool isList = prefix >= RlpEncoding.EmptyList;
        int payloadStart, payloadLength;
        if (prefix < RlpEncoding.EmptyString)
        {
            payloadStart = start;
            payloadLength = 1;
        }
        else
        {
            int shortLength = prefix - (isList ? RlpEncoding.EmptyList : RlpEncoding.EmptyString);
            if (shortLength < RlpEncoding.ShortPayloadLimit)
            {
                payloadStart = start + 1;
                payloadLength = shortLength;
            }
            else
            {
                int lengthOfLength = shortLength - RlpEncoding.ShortPayloadLimit + 1;
                payloadStart = start + 1 + lengthOfLength;
                payloadLength = ReadLongLength(start, lengthOfLength);
            }
        }
        if (payloadLength > _data.Length - payloadStart)
            throw new RlpException($"item at offset {start} needs {payloadLength} payload bytes, only {Math.Max(0, _data.Length - payloadStart)} remain");
        if (!isList && prefix == RlpEncoding.EmptyString + 1 && _data[payloadStart] < RlpEncoding.EmptyString)
            throw new RlpException($"byte 0x{_data[payloadStart]:x2} at offset {start} must be encoded as itself, not as a one-byte string");
        _position = payloadStart + payloadLength;
        return new Item(isList, start, payloadStart, payloadLength);
    }

    private readonly int ReadLongLength(int start, int lengthOfLength)
    {
        if (lengthOfLength > _data.Length - start - 1)
            throw new RlpException($"length of the item at offset {start} is cut off");
        var digits = _data.Slice(start + 1, lengthOfLength);
        if (digits[0] == 0) throw new RlpException($"length of the item at offset {start} has a leading zero byte");
        if (lengthOfLength > 4) throw new RlpException($"item at offset {start} declares a length of {lengthOfLength} bytes, larger than any input");
        long length = 0;
        foreach (byte b in digits) length = length << 8 | b;
        if (length > int.MaxValue) throw new RlpException($"item at offset {start} declares {length} bytes, larger than any input");
        if (length < RlpEncoding.ShortPayloadLimit)
            throw new RlpException($"item at offset {start} uses the long form for a {length}-byte payload");
        return (int)length;
    }
}
