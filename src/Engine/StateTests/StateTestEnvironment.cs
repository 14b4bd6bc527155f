using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.StateTests;

/// <summary>A state test's block context (the fixture's <c>env</c>). Fork-specific fields are null when the file leaves them out.</summary>
public sealed record StateTestEnvironment(
    Address Coinbase,
    UInt256 GasLimit,
    UInt256 Number,
    UInt256 Timestamp,
    UInt256 Difficulty,
    UInt256? Random,
    UInt256? BaseFee,
    UInt256? ExcessBlobGas);
