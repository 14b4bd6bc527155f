using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Csevm.Numerics;

namespace Csevm.Primitives;

/// <summary>A 20-byte account address. Stored as three big-endian words so equality and hashing are three compares.</summary>
[StructLayout(LayoutKind.Sequential)]
public readonly struct Address : IEquatable<Address>
{
    public const int Size = 20;

    private readonly ulong _b0;  // bytes 0..7, big-endian
    private readonly ulong _b8;  // bytes 8..15
    private readonly uint _b16;  // bytes 16..19

    public static readonly Address Zero = default;

    public Address(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size) throw new ArgumentException($"an address is {Size} bytes, got {bytes.Length}", nameof(bytes));
        _b0 = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        _b8 = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        _b16 = BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]);
    }

    /// <summary>The low 160 bits of a word, as ADDRESS/CALLER/BALANCE operands are read.</summary>
    public Address(in UInt256 word)
    {
        _b16 = (uint)word.U0;
        _b8 = (word.U0 >> 32) | (word.U1 << 32);
        _b0 = (word.U1 >> 32) | (word.U2 << 32);
    }

    /// <summary>A precompile or system address: the number in the low bytes, e.g. 0x...01.</summary>
    public static Address FromNumber(ulong number) => new(new UInt256(number));

    public void CopyTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, _b0);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _b8);
        BinaryPrimitives.WriteUInt32BigEndian(destination[16..], _b16);
    }

    public byte[] ToArray()
    {
        var bytes = new byte[Size];
        CopyTo(bytes);
        return bytes;
    }

    /// <summary>The address as a word, zero-extended on the left (how it is pushed on the stack).</summary>
    public UInt256 ToUInt256() => new(
        (ulong)_b16 | (_b8 << 32),
        (_b8 >> 32) | (_b0 << 32),
        _b0 >> 32,
        0);

    /// <summary>The number in the address if it fits 64 bits (precompile lookup), else ulong.MaxValue.</summary>
    public ulong AsSmallNumber => _b0 == 0 && (_b8 >> 32) == 0 ? (_b8 << 32) | _b16 : ulong.MaxValue;

    public bool IsZero => (_b0 | _b8 | _b16) == 0;

    public static Address Parse(string text)
    {
        Span<byte> bytes = stackalloc byte[Size];
        Hex.DecodeExact(text, bytes, "an address");
        return new Address(bytes);
    }

    public static bool TryParse(string? text, out Address address)
    {
        address = default;
        if (text is null) return false;
        var digits = Hex.StripPrefix(text);
        if (digits.Length != Size * 2 || !Hex.TryDecode(digits, out var bytes)) return false;
        address = new Address(bytes);
        return true;
    }

    public bool Equals(Address other) => _b0 == other._b0 && _b8 == other._b8 && _b16 == other._b16;
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Address other && Equals(other);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override int GetHashCode() => (int)(_b16 ^ (uint)_b8 ^ (uint)(_b0 >> 17) ^ (uint)(_b8 >> 32) * 0x9E3779B1u);
    public static bool operator ==(Address left, Address right) => left.Equals(right);
    public static bool operator !=(Address left, Address right) => !left.Equals(right);

    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Size];
        CopyTo(bytes);
        return Hex.Encode(bytes);
    }
}
