namespace Csevm.Spec;

/// <summary>
/// Ethereum protocol revisions, numbered as EVMC numbers them (0 = Frontier ... 14 = Osaka),
/// so a revision crosses the C ABI unchanged.
/// </summary>
public enum Revision
{
    Frontier = 0,
    Homestead = 1,
    TangerineWhistle = 2,
    SpuriousDragon = 3,
    Byzantium = 4,
    Constantinople = 5,
    Petersburg = 6,
    Istanbul = 7,
    Berlin = 8,
    London = 9,
    Paris = 10,
    Shanghai = 11,
    Cancun = 12,
    Prague = 13,
    Osaka = 14,
}

/// <summary>Names of revisions as users, fixtures and EVMC spell them.</summary>
public static class RevisionNames
{
    public const Revision Latest = Revision.Osaka;

    private static readonly Dictionary<string, Revision> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EIP150"] = Revision.TangerineWhistle,
        ["EIP158"] = Revision.SpuriousDragon,
        ["ConstantinopleFix"] = Revision.Petersburg,
        ["Merge"] = Revision.Paris,
    };

    /// <summary>Parses a canonical name, a fixture alias (EIP150, EIP158, ConstantinopleFix, Merge) or an EVMC number.</summary>
    public static bool TryParse(string? text, out Revision revision)
    {
        revision = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        if (Aliases.TryGetValue(text, out revision)) return true;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            revision = (Revision)number;
            return number >= 0 && number <= (int)Latest;
        }
        return Enum.TryParse(text, ignoreCase: true, out revision) && Enum.IsDefined(revision);
    }

    /// <summary>Parses like <see cref="TryParse"/> or throws a <see cref="FormatException"/> naming the accepted values.</summary>
    public static Revision Parse(string? text) =>
        TryParse(text, out var revision)
            ? revision
            : throw new FormatException($"unknown fork '{text}'; expected one of {string.Join(", ", Enum.GetNames<Revision>())}, an alias (EIP150, EIP158, ConstantinopleFix, Merge) or 0-{(int)Latest}");

    /// <summary>The name the state-test fixtures use for a revision.</summary>
    public static string FixtureName(Revision revision) => revision switch
    {
        Revision.TangerineWhistle => "EIP150",
        Revision.SpuriousDragon => "EIP158",
        Revision.Petersburg => "ConstantinopleFix",
        _ => revision.ToString(),
    };
}
