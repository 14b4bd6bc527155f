namespace Csevm.Primitives.Rlp;

/// <summary>Malformed RLP: truncated, overlong, non-canonical, or not the expected kind of item.</summary>
public sealed class RlpException : FormatException
{
    public RlpException(string message) : base(message) { }
}
