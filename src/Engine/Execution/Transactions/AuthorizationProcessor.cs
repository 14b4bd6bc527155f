using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Execution.Transactions;

/// <summary>
/// EIP-7702: applies a set-code transaction's authorization list, in order, after the sender's
/// nonce is bumped and before execution starts. Each valid tuple points its authority's code at a
/// delegate; invalid ones are skipped.
/// </summary>
public static class AuthorizationProcessor
{
    /// <summary>PER_AUTH_BASE_COST: what a tuple costs when its authority already exists.</summary>
    public const long PerAuthorizationBaseCost = 12_500;

    /// <summary>Refund for a tuple whose authority exists: the intrinsic charge assumed a new account.</summary>
    public const long ExistingAuthorityRefund = IntrinsicGas.PerAuthorization - PerAuthorizationBaseCost;

    /// <summary>secp256k1 group order n.</summary>
    public static readonly UInt256 Secp256k1N = UInt256.Parse("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");

    /// <summary>n / 2: EIP-2 forbids the high-s twin of a signature.</summary>
    public static readonly UInt256 Secp256k1HalfN = UInt256.Parse("0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");

    /// <summary>
    /// Applies every tuple of <paramref name="authorizations"/> to <paramref name="state"/> and
    /// returns the gas refund earned (to add to the transaction's refund counter).
    /// </summary>
    public static long ApplyAll<TState>(IReadOnlyList<Authorization> authorizations, in UInt256 chainId, TState state)
        where TState : IAuthorityState
    {
        long refund = 0;
        for (int i = 0; i < authorizations.Count; i++)
            if (Apply(authorizations[i], chainId, state, out bool authorityExisted) == AuthorizationOutcome.Applied && authorityExisted)
                refund += ExistingAuthorityRefund;
        return refund;
    }

    /// <summary>Applies one tuple; <paramref name="authorityExisted"/> says whether it earns <see cref="ExistingAuthorityRefund"/>.</summary>
    public static AuthorizationOutcome Apply<TState>(Authorization authorization, in UInt256 chainId, TState state, out bool authorityExisted)
        where TState : IAuthorityState
    {
        authorityExisted = false;
        if (!authorization.ChainId.IsZero && authorization.ChainId != chainId) return AuthorizationOutcome.WrongChain;
        if (authorization.Nonce == ulong.MaxValue) return AuthorizationOutcome.NonceAtMax;
        if (!TryGetAuthority(authorization, out var authority)) return AuthorizationOutcome.InvalidSignature;

        // The authority is warm from here on, even if the tuple is skipped below.
        state.AccessAccount(authority);
        var code = state.GetCode(authority);
        if (code.Length != 0 && !Delegation.IsDesignator(code)) return AuthorizationOutcome.AuthorityHasCode;
        if (state.GetNonce(authority) != authorization.Nonce) return AuthorizationOutcome.NonceMismatch;

        authorityExisted = state.Exists(authority);
        state.SetCode(authority, authorization.Address.IsZero ? [] : Delegation.Designator(authorization.Address));
        state.IncrementNonce(authority);
        return AuthorizationOutcome.Applied;
    }

    /// <summary>
    /// The tuple's signer, if its signature values are in range (y parity 0 or 1, 0 &lt; r &lt; n,
    /// 0 &lt; s ≤ n/2) and a signer was recovered.
    /// </summary>
    public static bool TryGetAuthority(Authorization authorization, out Address authority)
    {
        authority = default;
        if (authorization.YParity > UInt256.One) return false;
        if (authorization.R.IsZero || authorization.R >= Secp256k1N) return false;
        if (authorization.S.IsZero || authorization.S > Secp256k1HalfN) return false;
        if (authorization.Signer is not { } signer) return false;
        authority = signer;
        return true;
    }
}
