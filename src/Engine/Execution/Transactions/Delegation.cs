using Csevm.Primitives;

namespace Csevm.Execution.Transactions;

/// <summary>
/// The EIP-7702 delegation designator: the 23-byte code 0xef0100 ‖ address that an authorization
/// writes into an EOA, making calls to it run the code at that address.
/// </summary>
public static class Delegation
{
    public const int DesignatorLength = 3 + Address.Size;

    private static ReadOnlySpan<byte> Prefix => [0xef, 0x01, 0x00];

    /// <summary>True when <paramref name="code"/> is exactly a delegation designator.</summary>
    public static bool IsDesignator(ReadOnlySpan<byte> code) =>
        code.Length == DesignatorLength && code.StartsWith(Prefix);

    /// <summary>The delegate named by <paramref name="code"/>, if it is a designator.</summary>
    public static bool TryGetTarget(ReadOnlySpan<byte> code, out Address target)
    {
        target = default;
        if (!IsDesignator(code)) return false;
        target = new Address(code[Prefix.Length..]);
        return true;
    }

    /// <summary>The designator code pointing at <paramref name="target"/>.</summary>
    public static byte[] Designator(Address target)
    {
        var code = new byte[DesignatorLength];
        Prefix.CopyTo(code);
        target.CopyTo(code.AsSpan(Prefix.Length));
        return code;
    }
}
