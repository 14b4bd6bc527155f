using System.Text.Json;
using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.StateTests;

/// <summary>
/// Reading the fixture's JSON values: hex quantities (leading zeros allowed, e.g. "0x00"),
/// byte strings, addresses and hashes, each failure naming the field.
/// </summary>
internal static class FixtureJson
{
    // Old retesteth fills mark numbers wider than the field with this prefix.
    private const string BigIntPrefix = "0x:bigint ";

    public static JsonElement Required(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object)
            throw new FixtureFormatException($"expected an object holding '{name}', got {obj.ValueKind}");
        return obj.TryGetProperty(name, out var value) ? value : throw new FixtureFormatException($"missing field '{name}'");
    }

    public static JsonElement? Optional(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static UInt256 Quantity(JsonElement obj, string name)
    {
        try { return Quantity(Required(obj, name)); }
        catch (FormatException e) { throw FixtureFormatException.At(name, e); }
    }

    public static UInt256? OptionalQuantity(JsonElement obj, string name)
    {
        if (Optional(obj, name) is not { } value) return null;
        try { return Quantity(value); }
        catch (FormatException e) { throw FixtureFormatException.At(name, e); }
    }

    public static UInt256 Quantity(JsonElement value) => Quantity(Text(value));

    public static UInt256 Quantity(string text) =>
        TryQuantity(text, out var result) ? result : throw new FixtureFormatException($"'{Shorten(text)}' is wider than 256 bits");

    /// <summary>Parses a quantity; false when it is well-formed but does not fit 256 bits.</summary>
    public static bool TryQuantity(JsonElement value, out UInt256 result) => TryQuantity(Text(value), out result);

    private static bool TryQuantity(string quantity, out UInt256 result)
    {
        var text = quantity.AsSpan().Trim();
        if (text.StartsWith(BigIntPrefix, StringComparison.Ordinal)) text = text[BigIntPrefix.Length..];
        if (!text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            if (UInt256.TryParse(text.ToString(), out result)) return true;
            throw new FixtureFormatException($"'{Shorten(quantity)}' is not a number (expected 0x-prefixed hex)");
        }
        var digits = text[2..].TrimStart('0');
        foreach (char c in digits)
            if (!char.IsAsciiHexDigit(c)) throw new FixtureFormatException($"bad hex digit '{c}' in '{Shorten(quantity)}'");
        result = default;
        if (digits.Length > 64) return false;
        result = UInt256.Parse("0x" + digits.ToString());
        return true;
    }

    public static ulong Ulong(JsonElement obj, string name)
    {
        try { return Ulong(Required(obj, name)); }
        catch (FormatException e) { throw FixtureFormatException.At(name, e); }
    }

    public static ulong Ulong(JsonElement value)
    {
        var quantity = Quantity(value);
        return quantity.IsUlong ? quantity.U0 : throw new FixtureFormatException($"{quantity} does not fit 64 bits");
    }

    public static int Index(JsonElement obj, string name)
    {
        var value = Required(obj, name);
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int index) && index >= 0) return index;
        if (value.ValueKind == JsonValueKind.String)
        {
            var quantity = Quantity(obj, name);
            if (quantity.IsUlong && quantity.U0 <= int.MaxValue) return (int)quantity.U0;
        }
        throw new FixtureFormatException($"{name}: '{value}' is not an index");
    }

    public static byte[] Bytes(JsonElement value)
    {
        var text = Text(value);
        try { return Hex.Decode(text); }
        catch (FormatException e) { throw new FixtureFormatException($"'{Shorten(text)}': {e.Message}"); }
    }

    public static byte[] Bytes(JsonElement obj, string name)
    {
        try { return Bytes(Required(obj, name)); }
        catch (FormatException e) { throw FixtureFormatException.At(name, e); }
    }

    public static Address Address(JsonElement value) => Address(Text(value));

    public static Address Address(string text)
    {
        try { return Primitives.Address.Parse(text); }
        catch (FormatException e) { throw new FixtureFormatException($"'{Shorten(text)}': {e.Message}"); }
    }

    public static Address Address(JsonElement obj, string name)
    {
        try { return Address(Required(obj, name)); }
        catch (FormatException e) { throw FixtureFormatException.At(name, e); }
    }

    public static Hash256 Hash(JsonElement value)
    {
        var text = Text(value);
        try { return Hash256.Parse(text); }
        catch (FormatException e) { throw new FixtureFormatException($"'{Shorten(text)}': {e.Message}"); }
    }

    public static Hash256 Hash(JsonElement obj, string name)
    {
        try { return Hash(Required(obj, name)); }
        catch (FormatException e) { throw FixtureFormatException.At(name, e); }
    }

    public static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FixtureFormatException($"expected a string, got {value.ValueKind} {Shorten(value.GetRawText())}");

    public static JsonElement.ArrayEnumerator Array(JsonElement obj, string name)
    {
        var value = Required(obj, name);
        return value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : throw new FixtureFormatException($"{name}: expected an array, got {value.ValueKind}");
    }

    public static JsonElement.ObjectEnumerator Object(JsonElement value, string what) =>
        value.ValueKind == JsonValueKind.Object
            ? value.EnumerateObject()
            : throw new FixtureFormatException($"{what}: expected an object, got {value.ValueKind}");

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
