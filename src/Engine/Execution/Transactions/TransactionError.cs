namespace Csevm.Execution.Transactions;

/// <summary>
/// Why a transaction is invalid: it must be rejected before execution and leaves the state
/// untouched. <see cref="TransactionErrorNames"/> maps each reason to the fixtures' names.
/// </summary>
public enum TransactionError
{
    None = 0,

    Type1TxPreFork,
    Type2TxPreFork,
    Type3TxPreFork,
    Type4TxPreFork,

    /// <summary>Signed for another chain.</summary>
    InvalidChainid,

    /// <summary>Malformed encoding, or a field out of its range (e.g. a value above 2^256-1).</summary>
    RlpInvalidValue,
    /// <summary>A type byte this engine does not know.</summary>
    TypeNotSupported,
    /// <summary>Signature values no signer can have (e.g. a legacy v that is neither 27/28 nor EIP-155).</summary>
    InvalidSignatureVrs,

    NonceIsMax,
    NonceMismatchTooLow,
    NonceMismatchTooHigh,

    IntrinsicGasTooLow,
    IntrinsicGasBelowFloorGasCost,
    InitcodeSizeExceeded,
    /// <summary>EIP-7825 (Osaka): gas limit above 2^24.</summary>
    GasLimitExceedsMaximum,
    /// <summary>Gas limit above the block's gas limit.</summary>
    GasAllowanceExceeded,

    PriorityGreaterThanMaxFeePerGas,
    InsufficientMaxFeePerGas,
    InsufficientAccountFunds,
    /// <summary>EIP-3607: the sender has code (other than an EIP-7702 delegation from Prague).</summary>
    SenderNotEoa,

    Type3TxContractCreation,
    Type3TxZeroBlobs,
    Type3TxBlobCountExceeded,
    Type3TxMaxBlobGasAllowanceExceeded,
    Type3TxInvalidBlobVersionedHash,
    InsufficientMaxFeePerBlobGas,

    Type4TxContractCreation,
    Type4EmptyAuthorizationList,
}
