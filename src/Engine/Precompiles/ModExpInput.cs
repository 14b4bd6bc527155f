using Csevm.Numerics;

namespace Csevm.Precompiles;

/// <summary>
/// The modexp call layout (EIP-198): three 32-byte lengths (base, exponent, modulus), then the three
/// big-endian numbers back to back; everything past the end of the input reads as zero. Lengths
/// may be any 256-bit value, so they are kept saturated rather than trusted.
/// </summary>
internal readonly ref struct ModExpInput
{
    private const int HeaderSize = 96;

    public ModExpInput(ReadOnlySpan<byte> input)
    {
        Input = input;
        BaseLength = ReadLength(input, 0);
        ExponentLength = ReadLength(input, 32);
        ModulusLength = ReadLength(input, 64);
    }

    public ReadOnlySpan<byte> Input { get; }

    /// <summary>The lengths, saturated at <see cref="UInt128.MaxValue"/> (any length that large is unpayable).</summary>
    public UInt128 BaseLength { get; }
    public UInt128 ExponentLength { get; }
    public UInt128 ModulusLength { get; }

    public UInt128 BaseOffset => HeaderSize;
    public UInt128 ExponentOffset => SaturatingAdd(HeaderSize, BaseLength);
    public UInt128 ModulusOffset => SaturatingAdd(ExponentOffset, ExponentLength);

    /// <summary>The bytes of the input inside [offset, offset + length), clipped to the input.</summary>
    public ReadOnlySpan<byte> Stored(UInt128 offset, UInt128 length)
    {
        if (offset >= (UInt128)Input.Length) return [];
        int start = (int)offset;
        int available = Input.Length - start;
        return Input.Slice(start, length < (UInt128)available ? (int)length : available);
    }

    /// <summary>The bit length of the exponent's first min(32, length) bytes, as the gas formulas read it.</summary>
    public int ExponentHeadBitLength()
    {
        int headLength = ExponentLength < 32 ? (int)ExponentLength : 32;
        Span<byte> head = stackalloc byte[32];
        head.Clear();
        var stored = Stored(ExponentOffset, (UInt128)headLength);
        stored.CopyTo(head[(32 - headLength)..]);
        return UInt256.FromBigEndian(head).BitLength;
    }

    public static UInt128 SaturatingAdd(UInt128 a, UInt128 b) => a > UInt128.MaxValue - b ? UInt128.MaxValue : a + b;

    private static UInt128 ReadLength(ReadOnlySpan<byte> input, int offset)
    {
        Span<byte> word = stackalloc byte[32];
        word.Clear();
        if (offset < input.Length) input[offset..Math.Min(input.Length, offset + 32)].CopyTo(word);
        var value = UInt256.FromBigEndian(word);
        return (value.U2 | value.U3) != 0 ? UInt128.MaxValue : new UInt128(value.U1, value.U0);
    }
}
