using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using Csevm.Numerics;

namespace Csevm.Primitives.Rlp;

/// <summary>
/// RLP encoding as pure functions over spans: first ask for the length of an item, then write it
/// into a span of at least that size. Callers that know their shape up front (trie nodes, account
/// records) encode without any intermediate buffer; <see cref="RlpWriter"/> builds on these for the rest.
/// </summary>
public static class RlpEncoding
{
    /// <summary>The encoding of the empty byte string, which is also how zero is encoded.</summary>
    public const byte EmptyString = 0x80;

    /// <summary>The encoding of the empty list.</summary>
    public const byte EmptyList = 0xc0;

    private const byte LongStringOffset = 0xb7;
    private const byte LongListOffset = 0xf7;

    /// <summary>Payloads shorter than this get a one-byte header; longer ones carry their length in extra bytes.</summary>
    public const int ShortPayloadLimit = 56;

    /// <summary>Length of the encoding of the byte string <paramref name="value"/>.</summary>
    public static int LengthOfBytes(ReadOnlySpan<byte> value) =>
        value.Length == 1 && value[0] < EmptyString ? 1 : HeaderLength(value.Length) + value.Length;

    /// <summary>Length of the encoding of <paramref name="value"/> as a minimal big-endian scalar.</summary>
    public static int LengthOfUlong(ulong value) =>
        value < EmptyString ? 1 : 1 + ByteLength(value);

    /// <inheritdoc cref="LengthOfUlong"/>
    public static int LengthOfUInt256(in UInt256 value) =>
        value.IsUlong ? LengthOfUlong(value.U0) : 1 + value.ByteLength;

    /// <summary>Length of the header of a string or list whose payload is <paramref name="payloadLength"/> bytes.</summary>
    public static int HeaderLength(int payloadLength) =>
        payloadLength < ShortPayloadLimit ? 1 : 1 + ByteLength((ulong)payloadLength);

    /// <summary>Length of a whole list whose items' encodings add up to <paramref name="payloadLength"/>.</summary>
    public static int LengthOfList(int payloadLength) => HeaderLength(payloadLength) + payloadLength;

    /// <summary>Writes the encoding of the byte string <paramref name="value"/>; returns the bytes written.</summary>
    public static int WriteBytes(Span<byte> destination, ReadOnlySpan<byte> value)
    {
        if (value.Length == 1 && value[0] < EmptyString)
        {
            destination[0] = value[0];
            return 1;
        }
        int header = WriteHeader(destination, value.Length, EmptyString, LongStringOffset);
        value.CopyTo(destination[header..]);
        return header + value.Length;
    }

    /// <summary>Writes <paramref name="value"/> as a minimal big-endian scalar (zero is the empty string); returns the bytes written.</summary>
    public static int WriteUlong(Span<byte> destination, ulong value)
    {
        if (value < EmptyString)
        {
            destination[0] = value == 0 ? EmptyString : (byte)value;
            return 1;
        }
        int length = ByteLength(value);
        destination[0] = (byte)(EmptyString + length);
        WriteBigEndian(destination.Slice(1, length), value);
        return 1 + length;
    }

    /// <inheritdoc cref="WriteUlong"/>
    public static int WriteUInt256(Span<byte> destination, in UInt256 value)
    {
        if (value.IsUlong) return WriteUlong(destination, value.U0);
        int length = value.ByteLength;
        Span<byte> word = stackalloc byte[32];
        value.ToBigEndian(word);
        destination[0] = (byte)(EmptyString + length);
        word[(32 - length)..].CopyTo(destination[1..]);
        return 1 + length;
    }

    /// <summary>Writes the header of a list whose payload is <paramref name="payloadLength"/> bytes; returns the bytes written.</summary>
    public static int WriteListHeader(Span<byte> destination, int payloadLength) =>
        WriteHeader(destination, payloadLength, EmptyList, LongListOffset);

    private static int WriteHeader(Span<byte> destination, int payloadLength, byte shortOffset, byte longOffset)
    {
        if (payloadLength < ShortPayloadLimit)
        {
            destination[0] = (byte)(shortOffset + payloadLength);
            return 1;
        }
        int lengthOfLength = ByteLength((ulong)payloadLength);
        destination[0] = (byte)(longOffset + lengthOfLength);
        WriteBigEndian(destination.Slice(1, lengthOfLength), (ulong)payloadLength);
        return 1 + lengthOfLength;
    }

    /// <summary>Number of bytes in the minimal big-endian form of a non-zero <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int ByteLength(ulong value) => (64 - BitOperations.LeadingZeroCount(value) + 7) >> 3;

    /// <summary>Writes the low <c>destination.Length</c> bytes of <paramref name="value"/>, most significant first.</summary>
    private static void WriteBigEndian(Span<byte> destination, ulong value)
    {
        Span<byte> full = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(full, value);
        full[(8 - destination.Length)..].CopyTo(destination);
    }
}
