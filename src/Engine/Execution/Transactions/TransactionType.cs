namespace Csevm.Execution.Transactions;

/// <summary>The EIP-2718 transaction type byte.</summary>
public enum TransactionType : byte
{
    /// <summary>Untyped (pre-EIP-2718) transaction with a single gas price.</summary>
    Legacy = 0,
    /// <summary>EIP-2930: gas price plus an access list (Berlin).</summary>
    AccessList = 1,
    /// <summary>EIP-1559: max fee and max priority fee per gas (London).</summary>
    DynamicFee = 2,
    /// <summary>EIP-4844: carries blob versioned hashes and a max fee per blob gas (Cancun).</summary>
    Blob = 3,
    /// <summary>EIP-7702: carries an authorization list that sets EOA code delegations (Prague).</summary>
    SetCode = 4,
}
