using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.StateTests;

/// <summary>One entry of an EIP-2930 access list as a fixture spells it.</summary>
public sealed record FixtureAccessListItem(Address Address, IReadOnlyList<UInt256> StorageKeys);
