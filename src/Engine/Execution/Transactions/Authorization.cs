using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Execution.Transactions;

/// <summary>
/// One EIP-7702 authorization tuple: "let <see cref="Address"/>'s code run for the signer",
/// valid on <see cref="ChainId"/> (or any chain when 0) while the signer's nonce is <see cref="Nonce"/>.
/// </summary>
public sealed record Authorization
{
    public UInt256 ChainId { get; init; }
    public Address Address { get; init; }
    public ulong Nonce { get; init; }
    public UInt256 YParity { get; init; }
    public UInt256 R { get; init; }
    public UInt256 S { get; init; }

    /// <summary>
    /// The authority recovered from (yParity, r, s), when known. The engine does not recover
    /// signatures itself: a tuple without a signer counts as one whose signature does not recover.
    /// </summary>
    public Address? Signer { get; init; }
}
