using System.Diagnostics.CodeAnalysis;
using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Execution.Transactions;

/// <summary>
/// A state-test <c>transaction</c> object with its fields already parsed: one template stands for
/// many transactions, picked by a <c>post</c> result's indexes into <see cref="Data"/>,
/// <see cref="GasLimits"/> and <see cref="Values"/> (<see cref="AccessLists"/> runs parallel to
/// <see cref="Data"/>). Optional fields are null when the JSON does not have them, because their
/// presence decides the transaction type.
/// </summary>
public sealed class TransactionTemplate
{
    public required IReadOnlyList<ReadOnlyMemory<byte>> Data { get; init; }
    public required IReadOnlyList<ulong> GasLimits { get; init; }
    /// <summary>Value variants; null marks a fixture value above 2^256-1 (written <c>0x:bigint …</c>), which no transaction can carry.</summary>
    public required IReadOnlyList<UInt256?> Values { get; init; }
    public ulong Nonce { get; init; }
    /// <summary>The recipient; null for creation (the fixture's <c>"to": ""</c>).</summary>
    public Address? To { get; init; }
    public required Address Sender { get; init; }
    public UInt256 ChainId { get; init; } = 1;

    public UInt256? GasPrice { get; init; }
    public UInt256? MaxFeePerGas { get; init; }
    public UInt256? MaxPriorityFeePerGas { get; init; }
    /// <summary>One entry per data variant; a null entry means "no access list" for that variant.</summary>
    public IReadOnlyList<IReadOnlyList<AccessListItem>?>? AccessLists { get; init; }
    public UInt256? MaxFeePerBlobGas { get; init; }
    public IReadOnlyList<Hash256>? BlobVersionedHashes { get; init; }
    public IReadOnlyList<Authorization>? AuthorizationList { get; init; }

    /// <summary>The type the fixture format implies for data variant <paramref name="dataIndex"/>: the newest feature present decides.</summary>
    public TransactionType TypeFor(int dataIndex) =>
        AuthorizationList is not null ? TransactionType.SetCode
        : BlobVersionedHashes is not null ? TransactionType.Blob
        : MaxFeePerGas is not null ? TransactionType.DynamicFee
        : AccessListFor(dataIndex) is not null ? TransactionType.AccessList
        : TransactionType.Legacy;

    /// <summary>
    /// The transaction for one <c>post</c> result. Fails with a reason when the chosen variant
    /// cannot be a transaction at all (a value above 2^256-1, a gas limit above 2^63-1); throws
    /// <see cref="ArgumentOutOfRangeException"/> for indexes outside the template (a broken fixture).
    /// </summary>
    public bool TryBuild(int dataIndex, int gasIndex, int valueIndex,
        [NotNullWhen(true)] out Transaction? transaction, out TransactionError error)
    {
        CheckIndex(dataIndex, Data.Count, "data");
        CheckIndex(gasIndex, GasLimits.Count, "gasLimit");
        CheckIndex(valueIndex, Values.Count, "value");
        transaction = null;

        if (Values[valueIndex] is not { } value)
        {
            error = TransactionError.RlpInvalidValue;
            return false;
        }
        // No block can allow more gas than a long holds.
        if (GasLimits[gasIndex] > long.MaxValue)
        {
            error = TransactionError.GasAllowanceExceeded;
            return false;
        }

        var type = TypeFor(dataIndex);
        transaction = new Transaction
        {
            Type = type,
            ChainId = ChainId,
            Nonce = Nonce,
            GasLimit = (long)GasLimits[gasIndex],
            To = To,
            Value = value,
            Data = Data[dataIndex],
            Sender = Sender,
            GasPrice = GasPrice ?? default,
            MaxFeePerGas = MaxFeePerGas ?? default,
            MaxPriorityFeePerGas = MaxPriorityFeePerGas ?? default,
            AccessList = type == TransactionType.Legacy ? [] : AccessListFor(dataIndex) ?? [],
            MaxFeePerBlobGas = MaxFeePerBlobGas ?? default,
            BlobVersionedHashes = BlobVersionedHashes ?? [],
            AuthorizationList = AuthorizationList ?? [],
        };
        error = TransactionError.None;
        return true;
    }

    private IReadOnlyList<AccessListItem>? AccessListFor(int dataIndex) =>
        AccessLists is not null && dataIndex < AccessLists.Count ? AccessLists[dataIndex] : null;

    private static void CheckIndex(int index, int count, string field)
    {
        if ((uint)index >= (uint)count)
            throw new ArgumentOutOfRangeException(field, index, $"index {index} is outside the template's {count} '{field}' variant(s)");
    }
}
