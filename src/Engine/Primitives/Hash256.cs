using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Csevm.Numerics;

namespace Csevm.Primitives;

/// <summary>A 32-byte hash (Keccak-256 output, state roots, code hashes), kept as bytes in their natural order.</summary>
[StructLayout(LayoutKind.Sequential)]
public readonly struct Hash256 : IEquatable<Hash256>
{
    public const int Size = 32;

    private readonly ulong _a, _b, _c, _d; // raw bytes 0..31, in memory order

    public static readonly Hash256 Zero = default;

    public Hash256(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size) throw new ArgumentException($"a hash is {Size} bytes, got {bytes.Length}", nameof(bytes));
        this = MemoryMarshal.Read<Hash256>(bytes);
    }

    /// <summary>The bytes of this hash, without copying.</summary>
    [UnscopedRef]
    public ReadOnlySpan<byte> Bytes => MemoryMarshal.AsBytes(MemoryMarshal.CreateReadOnlySpan(in _a, 4));

    public byte[] ToArray() => Bytes.ToArray();

    /// <summary>The hash read as a big-endian number (BLOCKHASH, EXTCODEHASH push it this way).</summary>
    public UInt256 ToUInt256() => UInt256.FromBigEndian(Bytes);

    public static Hash256 FromUInt256(in UInt256 value)
    {
        Span<byte> bytes = stackalloc byte[Size];
        value.ToBigEndian(bytes);
        return new Hash256(bytes);
    }

    public bool IsZero => (_a | _b | _c | _d) == 0;

    public static Hash256 Parse(string text)
    {
        Span<byte> bytes = stackalloc byte[Size];
        Hex.DecodeExact(text, bytes, "a hash");
        return new Hash256(bytes);
    }

    public bool Equals(Hash256 other) => _a == other._a && _b == other._b && _c == other._c && _d == other._d;
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Hash256 other && Equals(other);
    // Hashes are uniformly distributed already: any 32 bits make a good hash code.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override int GetHashCode() => (int)_a ^ (int)(_c >> 32);
    public static bool operator ==(Hash256 left, Hash256 right) => left.Equals(right);
    public static bool operator !=(Hash256 left, Hash256 right) => !left.Equals(right);

    public override string ToString() => Hex.Encode(Bytes);
}
