namespace Csevm.Primitives;

/// <summary>Hex text to bytes and back. Accepts an optional "0x"/"0X" prefix; always writes lower case.</summary>
public static class Hex
{
    /// <summary>Decodes hex text (optional 0x prefix). Throws <see cref="FormatException"/> on odd length or a bad digit.</summary>
    public static byte[] Decode(ReadOnlySpan<char> text)
    {
        text = StripPrefix(text);
        if ((text.Length & 1) != 0)
            throw new FormatException($"hex text has an odd number of digits ({text.Length})");
        var bytes = new byte[text.Length / 2];
        DecodeInto(text, bytes);
        return bytes;
    }

    /// <summary>Decodes hex text into exactly <paramref name="destination"/>.Length bytes, or throws <see cref="FormatException"/>.</summary>
    public static void DecodeExact(ReadOnlySpan<char> text, Span<byte> destination, string what)
    {
        text = StripPrefix(text);
        if (text.Length != destination.Length * 2)
            throw new FormatException($"{what} must be {destination.Length} bytes ({destination.Length * 2} hex digits), got {text.Length} digits");
        DecodeInto(text, destination);
    }

    /// <summary>Like <see cref="Decode"/> but reports failure instead of throwing.</summary>
    public static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        text = StripPrefix(text);
        bytes = Array.Empty<byte>();
        if ((text.Length & 1) != 0) return false;
        var result = new byte[text.Length / 2];
        for (int i = 0; i < result.Length; i++)
        {
            int hi = Digit(text[2 * i]), lo = Digit(text[2 * i + 1]);
            if ((hi | lo) < 0) return false;
            result[i] = (byte)(hi << 4 | lo);
        }
        bytes = result;
        return true;
    }

    /// <summary>Lower-case hex, with a "0x" prefix unless <paramref name="prefix"/> is false.</summary>
    public static string Encode(ReadOnlySpan<byte> bytes, bool prefix = true) =>
        prefix ? "0x" + Convert.ToHexStringLower(bytes) : Convert.ToHexStringLower(bytes);

    public static ReadOnlySpan<char> StripPrefix(ReadOnlySpan<char> text) =>
        text.Length >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X') ? text[2..] : text;

    private static void DecodeInto(ReadOnlySpan<char> digits, Span<byte> destination)
    {
        for (int i = 0; i < destination.Length; i++)
        {
            int hi = Digit(digits[2 * i]), lo = Digit(digits[2 * i + 1]);
            if ((hi | lo) < 0)
                throw new FormatException($"bad hex digit near position {2 * i}: '{digits.Slice(2 * i, 2).ToString()}'");
            destination[i] = (byte)(hi << 4 | lo);
        }
    }

    private static int Digit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
