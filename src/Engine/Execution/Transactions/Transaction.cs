using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Execution.Transactions;

/// <summary>
/// A transaction of any type (0 to 4), already decoded and with its sender known. Fields a type
/// does not carry keep their empty defaults (no access list for legacy, no blobs unless type 3 ...).
/// Gas limits are <see cref="long"/> like the gas counter: a limit above 2^63-1 can never fit a
/// block, so a decoder rejects it before it gets here.
/// </summary>
public sealed class Transaction
{
    private readonly long _gasLimit;

    public TransactionType Type { get; init; }
    /// <summary>
    /// The chain the transaction was signed for (1 for mainnet and every state-test fixture); null
    /// for a legacy transaction signed before EIP-155, which is valid on any chain.
    /// </summary>
    public UInt256? ChainId { get; init; } = 1;
    public ulong Nonce { get; init; }
    public long GasLimit
    {
        get => _gasLimit;
        init => _gasLimit = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(GasLimit), value, "a gas limit cannot be negative");
    }
    /// <summary>The recipient, or null for a contract creation.</summary>
    public Address? To { get; init; }
    public UInt256 Value { get; init; }
    /// <summary>Call data, or init code for a creation.</summary>
    public ReadOnlyMemory<byte> Data { get; init; }
    public required Address Sender { get; init; }

    /// <summary>Price per gas of types 0 and 1.</summary>
    public UInt256 GasPrice { get; init; }
    /// <summary>EIP-1559 fee cap of types 2 to 4.</summary>
    public UInt256 MaxFeePerGas { get; init; }
    /// <summary>EIP-1559 tip cap of types 2 to 4.</summary>
    public UInt256 MaxPriorityFeePerGas { get; init; }

    public IReadOnlyList<AccessListItem> AccessList { get; init; } = [];

    public UInt256 MaxFeePerBlobGas { get; init; }
    public IReadOnlyList<Hash256> BlobVersionedHashes { get; init; } = [];

    public IReadOnlyList<Authorization> AuthorizationList { get; init; } = [];

    public bool IsContractCreation => To is null;

    /// <summary>True for the types priced by EIP-1559 fee caps rather than one gas price.</summary>
    public bool HasFeeCaps => Type >= TransactionType.DynamicFee;

    /// <summary>The most the sender can be asked to pay per gas: the gas price or the max fee.</summary>
    public UInt256 MaxPricePerGas => HasFeeCaps ? MaxFeePerGas : GasPrice;
}
