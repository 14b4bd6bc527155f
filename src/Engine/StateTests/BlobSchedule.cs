using Csevm.Numerics;

namespace Csevm.StateTests;

/// <summary>A fork's blob parameters from the fixture's <c>config.blobSchedule</c> (EIP-4844, EIP-7691).</summary>
public sealed record BlobSchedule(UInt256 Target, UInt256 Max, UInt256 BaseFeeUpdateFraction);
