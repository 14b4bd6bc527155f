using Csevm.Numerics;
using Csevm.Spec;

namespace Csevm.Execution.Transactions;

/// <summary>
/// Decides whether a transaction may be included: the rules of every fork, checked in a fixed
/// order against the sender's account and the block. The first broken rule is the reason.
/// </summary>
public static class TransactionValidator
{
    /// <summary>EIP-3860 (Shanghai): largest init code a creation transaction may carry (2 × the EIP-170 code limit).</summary>
    public const int MaxInitCodeSize = 49_152;

    /// <summary>EIP-7825 (Osaka): largest gas limit one transaction may ask for.</summary>
    public const long MaxGasLimitFromOsaka = 1L << 24;

    private delegate bool Rule(in Candidate candidate);

    /// <summary>Everything the rules look at, with the derived numbers computed once.</summary>
    private readonly struct Candidate(Transaction transaction, in SenderAccount sender, BlockEnvironment block, Revision revision)
    {
        public readonly Transaction Tx = transaction;
        public readonly SenderAccount Sender = sender;
        public readonly BlockEnvironment Block = block;
        public readonly Revision Revision = revision;
        public readonly IntrinsicGas Intrinsic = IntrinsicGas.Of(transaction, revision);

        public bool Is(TransactionType type) => Tx.Type == type;
        public int BlobCount => Tx.BlobVersionedHashes.Count;
    }

    /// <summary>(reason, broken-when) in checking order; the order only decides which reason wins when several apply.</summary>
    private static readonly (TransactionError Error, Rule IsBroken)[] Rules =
    [
        // The type must exist in this fork.
        (TransactionError.Type1TxPreFork, static (in c) => c.Is(TransactionType.AccessList) && c.Revision < Revision.Berlin),
        (TransactionError.Type2TxPreFork, static (in c) => c.Is(TransactionType.DynamicFee) && c.Revision < Revision.London),
        (TransactionError.Type3TxPreFork, static (in c) => c.Is(TransactionType.Blob) && c.Revision < Revision.Cancun),
        (TransactionError.Type4TxPreFork, static (in c) => c.Is(TransactionType.SetCode) && c.Revision < Revision.Prague),

        // Shape rules.
        (TransactionError.InvalidChainid, static (in c) => c.Tx.ChainId is { } chainId && chainId != c.Block.ChainId),
        (TransactionError.Type3TxContractCreation, static (in c) => c.Is(TransactionType.Blob) && c.Tx.IsContractCreation),
        (TransactionError.Type4TxContractCreation, static (in c) => c.Is(TransactionType.SetCode) && c.Tx.IsContractCreation),
        (TransactionError.Type3TxZeroBlobs, static (in c) => c.Is(TransactionType.Blob) && c.BlobCount == 0),
        (TransactionError.Type4EmptyAuthorizationList, static (in c) => c.Is(TransactionType.SetCode) && c.Tx.AuthorizationList.Count == 0),

        // Stateless limits (EIP-2681, intrinsic gas, EIP-7623, EIP-3860, EIP-7825).
        (TransactionError.NonceIsMax, static (in c) => c.Tx.Nonce == ulong.MaxValue),
        (TransactionError.IntrinsicGasTooLow, static (in c) => c.Tx.GasLimit < c.Intrinsic.Standard),
        (TransactionError.IntrinsicGasBelowFloorGasCost, static (in c) => c.Tx.GasLimit < c.Intrinsic.Floor),
        (TransactionError.InitcodeSizeExceeded, static (in c) =>
            c.Revision >= Revision.Shanghai && c.Tx.IsContractCreation && c.Tx.Data.Length > MaxInitCodeSize),
        (TransactionError.GasLimitExceedsMaximum, static (in c) => c.Revision >= Revision.Osaka && c.Tx.GasLimit > MaxGasLimitFromOsaka),

        // Block limits.
        (TransactionError.GasAllowanceExceeded, static (in c) => c.Tx.GasLimit > c.Block.GasLimit),
        (TransactionError.Type3TxMaxBlobGasAllowanceExceeded, static (in c) =>
            BlobGas.ForBlobs(c.BlobCount) > c.Block.BlobSchedule.MaxBlobGasPerBlock),
        (TransactionError.Type3TxBlobCountExceeded, static (in c) =>
            c.BlobCount > BlobGas.MaxBlobsPerTransaction(c.Revision, c.Block.BlobSchedule)),

        // Prices (EIP-1559, EIP-4844).
        (TransactionError.PriorityGreaterThanMaxFeePerGas, static (in c) => c.Tx.HasFeeCaps && c.Tx.MaxPriorityFeePerGas > c.Tx.MaxFeePerGas),
        (TransactionError.InsufficientMaxFeePerGas, static (in c) => c.Revision >= Revision.London && c.Tx.MaxPricePerGas < c.Block.BaseFee),
        (TransactionError.Type3TxInvalidBlobVersionedHash, static (in c) => HasUnversionedBlobHash(c.Tx)),
        (TransactionError.InsufficientMaxFeePerBlobGas, static (in c) => c.Is(TransactionType.Blob) && c.Tx.MaxFeePerBlobGas < c.Block.BlobBaseFee),

        // The sender's account.
        (TransactionError.NonceMismatchTooLow, static (in c) => c.Sender.Nonce > c.Tx.Nonce),
        (TransactionError.NonceMismatchTooHigh, static (in c) => c.Sender.Nonce < c.Tx.Nonce),
        (TransactionError.InsufficientAccountFunds, static (in c) => !CanAfford(c.Tx, c.Sender.Balance)),
        (TransactionError.SenderNotEoa, static (in c) => !IsExternallyOwned(c.Sender.Code.Span, c.Revision)),
    ];

    /// <summary>
    /// Checks <paramref name="transaction"/> for inclusion in <paramref name="block"/> under
    /// <paramref name="revision"/>. Returns <see cref="TransactionError.None"/> when valid;
    /// <paramref name="intrinsicGas"/> is computed either way.
    /// </summary>
    public static TransactionError Validate(Transaction transaction, in SenderAccount sender, BlockEnvironment block,
        Revision revision, out IntrinsicGas intrinsicGas)
    {
        var candidate = new Candidate(transaction, sender, block, revision);
        intrinsicGas = candidate.Intrinsic;
        foreach (var (error, isBroken) in Rules)
            if (isBroken(candidate)) return error;
        return TransactionError.None;
    }

    /// <summary>
    /// The most the transaction can cost the sender: gas limit × max price per gas + value +
    /// blob gas × max fee per blob gas. False when that exceeds 2^256-1 (no balance covers it).
    /// </summary>
    public static bool TryGetMaxCost(Transaction transaction, out UInt256 maxCost)
    {
        maxCost = default;
        if (!TryMultiply(transaction.MaxPricePerGas, (ulong)transaction.GasLimit, out var gasCost)) return false;
        if (!TryMultiply(transaction.MaxFeePerBlobGas, BlobGas.ForBlobs(transaction.BlobVersionedHashes.Count), out var blobCost)) return false;
        if (UInt256.AddOverflow(gasCost, transaction.Value, out var sum)) return false;
        return !UInt256.AddOverflow(sum, blobCost, out maxCost);
    }

    private static bool CanAfford(Transaction transaction, in UInt256 balance) =>
        TryGetMaxCost(transaction, out var maxCost) && maxCost <= balance;

    /// <summary>
    /// EIP-3607: only accounts without code send transactions; from Prague an EIP-7702 delegation
    /// designator does not count as code.
    /// </summary>
    private static bool IsExternallyOwned(ReadOnlySpan<byte> code, Revision revision) =>
        code.IsEmpty || (revision >= Revision.Prague && Delegation.IsDesignator(code));

    private static bool HasUnversionedBlobHash(Transaction transaction)
    {
        var hashes = transaction.BlobVersionedHashes;
        // Indexing, not foreach: enumerating an IReadOnlyList boxes its enumerator.
        for (int i = 0; i < hashes.Count; i++)
            if (hashes[i].Bytes[0] != BlobGas.VersionedHashVersionKzg) return true;
        return false;
    }

    /// <summary>a × b, or false when the product needs more than 256 bits.</summary>
    private static bool TryMultiply(in UInt256 a, ulong b, out UInt256 product)
    {
        UInt256.Multiply(a, b, out product);
        // The truncated product divided back gives a only when nothing was cut off.
        return b == 0 || product / b == a;
    }
}
