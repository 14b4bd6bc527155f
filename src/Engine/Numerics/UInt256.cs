using System.Numerics;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Csevm.Primitives;

namespace Csevm.Numerics;

/// <summary>
/// A 256-bit unsigned integer: four 64-bit limbs, least significant first (U0). This is the
/// EVM word; signed operations read it as two's complement. Arithmetic lives in the partial
/// files beside this one, one family per file.
/// </summary>
[StructLayout(LayoutKind.Sequential, Size = 32)]
public readonly partial struct UInt256 : IEquatable<UInt256>
{
    public readonly ulong U0, U1, U2, U3;

    public static readonly UInt256 Zero = default;
    public static readonly UInt256 One = new(1);
    public static readonly UInt256 MaxValue = new(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public UInt256(ulong u0, ulong u1 = 0, ulong u2 = 0, ulong u3 = 0)
    {
        U0 = u0; U1 = u1; U2 = u2; U3 = u3;
    }

    public bool IsZero
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (U0 | U1 | U2 | U3) == 0;
    }

    /// <summary>True when the value fits in 64 bits (U1..U3 are zero).</summary>
    public bool IsUlong
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (U1 | U2 | U3) == 0;
    }

    /// <summary>Reads up to 32 big-endian bytes; shorter input is the low bytes (left-padded with zeros).</summary>
    public static UInt256 FromBigEndian(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 32)
            return new UInt256(
                BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]),
                BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]),
                BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
                BinaryPrimitives.ReadUInt64BigEndian(bytes));
        if (bytes.Length > 32) throw new ArgumentException($"a word is at most 32 bytes, got {bytes.Length}", nameof(bytes));
        Span<byte> padded = stackalloc byte[32];
        padded.Clear();
        bytes.CopyTo(padded[(32 - bytes.Length)..]);
        return FromBigEndian(padded);
    }

    /// <summary>Writes the 32-byte big-endian form into <paramref name="destination"/> (at least 32 bytes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ToBigEndian(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, U3);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], U2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], U1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], U0);
    }

    public byte[] ToBigEndian()
    {
        var bytes = new byte[32];
        ToBigEndian(bytes);
        return bytes;
    }

    /// <summary>Number of bytes in the minimal big-endian form (0 for zero).</summary>
    public int ByteLength => (BitLength + 7) >> 3;

    /// <summary>Number of significant bits (0 for zero).</summary>
    public int BitLength =>
        U3 != 0 ? 256 - BitOperations.LeadingZeroCount(U3) :
        U2 != 0 ? 192 - BitOperations.LeadingZeroCount(U2) :
        U1 != 0 ? 128 - BitOperations.LeadingZeroCount(U1) :
        64 - BitOperations.LeadingZeroCount(U0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator UInt256(ulong value) => new(value);

    /// <summary>The low 64 bits (truncating).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static explicit operator ulong(in UInt256 value) => value.U0;

    /// <summary>Parses hex (optional 0x, 1 to 64 digits, "0x" alone is zero) or, without a prefix, decimal.</summary>
    public static UInt256 Parse(string text)
    {
        if (TryParse(text, out var value)) return value;
        throw new FormatException($"not a 256-bit number: '{text}'");
    }

    public static bool TryParse(string? text, out UInt256 value)
    {
        value = default;
        if (text is null) return false;
        var span = text.AsSpan().Trim();
        bool isHex = span.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
        if (!isHex)
        {
            if (span.IsEmpty || !System.Numerics.BigInteger.TryParse(span, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var big)) return false;
            if (big.GetByteCount(isUnsigned: true) > 32) return false;
            Span<byte> be = stackalloc byte[32];
            big.TryWriteBytes(be, out int written, isUnsigned: true, isBigEndian: true);
            value = FromBigEndian(be[..written]);
            return true;
        }
        var digits = span[2..];
        if (digits.Length > 64) return false;
        ulong u0 = 0, u1 = 0, u2 = 0, u3 = 0;
        foreach (char c in digits)
        {
            int d = c switch { >= '0' and <= '9' => c - '0', >= 'a' and <= 'f' => c - 'a' + 10, >= 'A' and <= 'F' => c - 'A' + 10, _ => -1 };
            if (d < 0) return false;
            u3 = (u3 << 4) | (u2 >> 60);
            u2 = (u2 << 4) | (u1 >> 60);
            u1 = (u1 << 4) | (u0 >> 60);
            u0 = (u0 << 4) | (uint)d;
        }
        value = new UInt256(u0, u1, u2, u3);
        return true;
    }

    /// <summary>Minimal lower-case hex with 0x prefix ("0x0" for zero), as EIP-3155 traces print quantities.</summary>
    public override string ToString()
    {
        if (IsZero) return "0x0";
        Span<byte> bytes = stackalloc byte[32];
        ToBigEndian(bytes);
        var hex = Convert.ToHexStringLower(bytes).TrimStart('0');
        return "0x" + hex;
    }

    /// <summary>The 32-byte big-endian form as 0x + 64 hex digits.</summary>
    public string ToHexWord() => Hex.Encode(ToBigEndian());

    public bool Equals(UInt256 other) => U0 == other.U0 && U1 == other.U1 && U2 == other.U2 && U3 == other.U3;
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is UInt256 other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(U0, U1, U2, U3);
    public static bool operator ==(in UInt256 left, in UInt256 right) => left.Equals(right);
    public static bool operator !=(in UInt256 left, in UInt256 right) => !left.Equals(right);
}
