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

    /// <summary>A typed transaction signed for another chain (EIP-2930 onward carry the chain id).</summary>
    InvalidChainid,

    /// <summary>A field is out of its range (e.g. a value above 2^256-1): no valid encoding exists.</summary>
    RlpInvalidValue,

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
