namespace Csevm.Execution.Transactions;

/// <summary>What happened to one EIP-7702 authorization tuple. Skipped tuples never invalidate the transaction.</summary>
public enum AuthorizationOutcome
{
    /// <summary>The delegation was written (or cleared) and the authority's nonce bumped.</summary>
    Applied,
    /// <summary>Chain id is neither 0 nor this chain's.</summary>
    WrongChain,
    /// <summary>Nonce 2^64-1 could not be incremented.</summary>
    NonceAtMax,
    /// <summary>y parity not 0/1, r or s out of range (s above secp256k1n/2), or no recoverable signer.</summary>
    InvalidSignature,
    /// <summary>The authority has code that is not a delegation designator.</summary>
    AuthorityHasCode,
    /// <summary>The authority's nonce differs from the tuple's.</summary>
    NonceMismatch,
}
