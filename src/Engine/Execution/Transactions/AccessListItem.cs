using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Execution.Transactions;

/// <summary>One EIP-2930 access-list entry: an address and the storage keys to pre-warm in it.</summary>
public sealed record AccessListItem(Address Address, IReadOnlyList<UInt256> StorageKeys);
