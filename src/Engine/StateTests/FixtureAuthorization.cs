using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.StateTests;

/// <summary>
/// One EIP-7702 authorization tuple as a fixture spells it. <see cref="Signer"/> is the recovered
/// authority when the file gives it (some invalid tuples leave it out).
/// </summary>
public sealed record FixtureAuthorization(
    UInt256 ChainId,
    Address Address,
    UInt256 Nonce,
    UInt256 V,
    UInt256 R,
    UInt256 S,
    UInt256 YParity,
    Address? Signer);
