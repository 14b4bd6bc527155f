using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.StateTests;

/// <summary>
/// A state test's transaction with its variants: <see cref="Data"/> (with the parallel
/// <see cref="AccessLists"/>), <see cref="GasLimit"/> and <see cref="Value"/> are lists, and each
/// post result picks one of each by index. Fields a transaction type does not use are null.
/// </summary>
public sealed record TransactionTemplate
{
    public required UInt256 Nonce { get; init; }
    /// <summary>The recipient; null for contract creation (the fixture's <c>"to": ""</c>).</summary>
    public required Address? To { get; init; }
    public required Address Sender { get; init; }
    /// <summary>The sender's secp256k1 private key (32 bytes), for building signed transactions.</summary>
    public required byte[] SecretKey { get; init; }
    public required IReadOnlyList<byte[]> Data { get; init; }
    public required IReadOnlyList<UInt256> GasLimit { get; init; }
    /// <summary>Value variants; null where the fixture's number does not fit 256 bits (such a transaction cannot be encoded and is invalid).</summary>
    public required IReadOnlyList<UInt256?> Value { get; init; }
    public UInt256? GasPrice { get; init; }
    public UInt256? MaxFeePerGas { get; init; }
    public UInt256? MaxPriorityFeePerGas { get; init; }
    /// <summary>Parallel to <see cref="Data"/>; a null list means "no access list" (a legacy transaction) for that data index.</summary>
    public IReadOnlyList<IReadOnlyList<FixtureAccessListItem>?>? AccessLists { get; init; }
    public UInt256? MaxFeePerBlobGas { get; init; }
    public IReadOnlyList<Hash256>? BlobVersionedHashes { get; init; }
    public IReadOnlyList<FixtureAuthorization>? AuthorizationList { get; init; }

    /// <summary>The access list used with data variant <paramref name="dataIndex"/>, or null for none.</summary>
    public IReadOnlyList<FixtureAccessListItem>? AccessListFor(int dataIndex) =>
        AccessLists is { } lists && dataIndex < lists.Count ? lists[dataIndex] : null;
}
