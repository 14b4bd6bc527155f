using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Execution;

/// <summary>
/// A call or create request: what a transaction starts with and what CALL*/CREATE* ask the
/// executor to run (the shape of EVMC's evmc_message).
/// </summary>
public sealed class Message
{
    public CallKind Kind;
    /// <summary>STATICCALL, or any call made inside a static frame: state changes are forbidden.</summary>
    public bool IsStatic;
    /// <summary>0 for the transaction's own frame.</summary>
    public int Depth;
    public long Gas;
    /// <summary>The account whose storage and balance the frame acts on (the new address for creates, filled by the executor).</summary>
    public Address Recipient;
    public Address Sender;
    /// <summary>Call data, or init code for creates.</summary>
    public ReadOnlyMemory<byte> Input;
    public UInt256 Value;
    /// <summary>CREATE2's salt.</summary>
    public UInt256 Salt;
    /// <summary>Whose code runs: differs from <see cref="Recipient"/> for DELEGATECALL and CALLCODE.</summary>
    public Address CodeAddress;

    /// <summary>Copies every field from <paramref name="other"/> (messages are pooled per depth; nothing allocates per call).</summary>
    public void CopyFrom(Message other)
    {
        Kind = other.Kind; IsStatic = other.IsStatic; Depth = other.Depth; Gas = other.Gas;
        Recipient = other.Recipient; Sender = other.Sender; Input = other.Input; Value = other.Value;
        Salt = other.Salt; CodeAddress = other.CodeAddress;
    }
}
