using Csevm.Execution.Transactions;
using Csevm.Interpreter;
using Csevm.Numerics;
using Csevm.Primitives;
using static Csevm.Tests.Execution.Transactions.TestTransactions;

namespace Csevm.Tests.Execution.Transactions;

public class AuthorizationProcessorTests
{
    /// <summary>A dictionary-backed state that records which addresses were warmed.</summary>
    private sealed class FakeState : IAuthorityState
    {
        public readonly Dictionary<Address, (ulong Nonce, byte[] Code)> Accounts = [];
        public readonly HashSet<Address> Warm = [];

        public bool Exists(in Address address) => Accounts.ContainsKey(address);
        public ulong GetNonce(in Address address) => Accounts.TryGetValue(address, out var account) ? account.Nonce : 0;
        public byte[] GetCode(in Address address) => Accounts.TryGetValue(address, out var account) ? account.Code : [];
        public void SetCode(in Address address, byte[] code) => Accounts[address] = (GetNonce(address), code);

        public bool IncrementNonce(in Address address)
        {
            if (GetNonce(address) == ulong.MaxValue) return false;
            Accounts[address] = (GetNonce(address) + 1, GetCode(address));
            return true;
        }

        public AccessStatus AccessAccount(in Address address) => Warm.Add(address) ? AccessStatus.Cold : AccessStatus.Warm;
    }

    private static readonly Address Authority = Address.Parse("0x00000000000000000000000000000000000a0001");
    private static readonly UInt256 ChainId = 1;

    private static AuthorizationOutcome ApplyOne(Authorization authorization, FakeState state) =>
        AuthorizationProcessor.Apply(authorization, ChainId, state, out _);

    [Fact]
    public void ValidTuple_WritesTheDesignatorBumpsTheNonceAndWarmsTheAuthority()
    {
        var state = new FakeState();
        Assert.Equal(AuthorizationOutcome.Applied, ApplyOne(SignedAuthorization(Authority, DelegateTarget), state));
        Assert.Equal(Delegation.Designator(DelegateTarget), state.GetCode(Authority));
        Assert.Equal(1ul, state.GetNonce(Authority));
        Assert.Contains(Authority, state.Warm);
    }

    [Fact]
    public void Refund_OnlyForAuthoritiesThatAlreadyExist()
    {
        var state = new FakeState();
        state.Accounts[Recipient] = (0, []);
        long refund = AuthorizationProcessor.ApplyAll(
            [SignedAuthorization(Authority, DelegateTarget), SignedAuthorization(Recipient, DelegateTarget)], ChainId, state);
        Assert.Equal(25_000 - 12_500, refund);
    }

    [Fact]
    public void ZeroAddress_ClearsTheDelegation()
    {
        var state = new FakeState();
        state.Accounts[Authority] = (4, Delegation.Designator(DelegateTarget));
        Assert.Equal(AuthorizationOutcome.Applied, ApplyOne(SignedAuthorization(Authority, Address.Zero, nonce: 4), state));
        Assert.Empty(state.GetCode(Authority));
        Assert.Equal(5ul, state.GetNonce(Authority));
    }

    [Fact]
    public void ExistingDelegation_CanBeReplaced()
    {
        var state = new FakeState();
        state.Accounts[Authority] = (0, Delegation.Designator(Recipient));
        Assert.Equal(AuthorizationOutcome.Applied, ApplyOne(SignedAuthorization(Authority, DelegateTarget), state));
        Assert.Equal(Delegation.Designator(DelegateTarget), state.GetCode(Authority));
    }

    [Fact]
    public void ChainId_MustBeZeroOrThisChains()
    {
        Assert.Equal(AuthorizationOutcome.Applied, ApplyOne(SignedAuthorization(Authority, DelegateTarget, chainId: 0), new FakeState()));
        var state = new FakeState();
        Assert.Equal(AuthorizationOutcome.WrongChain, ApplyOne(SignedAuthorization(Authority, DelegateTarget, chainId: 2), state));
        Assert.False(state.Exists(Authority));
        Assert.Empty(state.Warm);
    }

    [Fact]
    public void NonceAtTheMaximum_IsSkipped() =>
        Assert.Equal(AuthorizationOutcome.NonceAtMax, ApplyOne(SignedAuthorization(Authority, DelegateTarget, nonce: ulong.MaxValue), new FakeState()));

    public static TheoryData<string, Authorization> BadSignatures => new()
    {
        { "y parity 2", SignedAuthorization(Authority, DelegateTarget) with { YParity = 2 } },
        { "r zero", SignedAuthorization(Authority, DelegateTarget) with { R = UInt256.Zero } },
        { "r = n", SignedAuthorization(Authority, DelegateTarget) with { R = AuthorizationProcessor.Secp256k1N } },
        { "s zero", SignedAuthorization(Authority, DelegateTarget) with { S = UInt256.Zero } },
        { "s above n/2", SignedAuthorization(Authority, DelegateTarget) with { S = AuthorizationProcessor.Secp256k1HalfN + UInt256.One } },
        { "no signer", SignedAuthorization(Authority, DelegateTarget) with { Signer = null } },
    };

    [Theory]
    [MemberData(nameof(BadSignatures))]
    public void SignatureOutOfRangeOrUnrecovered_IsSkippedWithoutWarming(string why, Authorization authorization)
    {
        var state = new FakeState();
        Assert.True(AuthorizationOutcome.InvalidSignature == ApplyOne(authorization, state), why);
        Assert.Empty(state.Warm);
        Assert.False(state.Exists(Authority));
    }

    [Fact]
    public void HighestLowS_IsAccepted() =>
        Assert.Equal(AuthorizationOutcome.Applied,
            ApplyOne(SignedAuthorization(Authority, DelegateTarget) with { S = AuthorizationProcessor.Secp256k1HalfN, YParity = 1 }, new FakeState()));

    [Fact]
    public void AuthorityWithContractCode_IsSkippedButWarmed()
    {
        var state = new FakeState();
        state.Accounts[Authority] = (0, [0x60, 0x00]);
        Assert.Equal(AuthorizationOutcome.AuthorityHasCode, ApplyOne(SignedAuthorization(Authority, DelegateTarget), state));
        Assert.Equal(new byte[] { 0x60, 0x00 }, state.GetCode(Authority));
        Assert.Contains(Authority, state.Warm);
    }

    [Fact]
    public void NonceMismatch_IsSkippedButWarmed()
    {
        var state = new FakeState();
        Assert.Equal(AuthorizationOutcome.NonceMismatch, ApplyOne(SignedAuthorization(Authority, DelegateTarget, nonce: 1), state));
        Assert.Equal(0ul, state.GetNonce(Authority));
        Assert.Contains(Authority, state.Warm);
    }

    [Fact]
    public void TuplesApplyInOrder_SoASecondTupleSeesTheBumpedNonce()
    {
        var state = new FakeState();
        long refund = AuthorizationProcessor.ApplyAll(
            [SignedAuthorization(Authority, Recipient, nonce: 0), SignedAuthorization(Authority, DelegateTarget, nonce: 1)], ChainId, state);
        Assert.Equal(Delegation.Designator(DelegateTarget), state.GetCode(Authority));
        Assert.Equal(2ul, state.GetNonce(Authority));
        // The first tuple created the account, so the second one earns the refund.
        Assert.Equal(12_500, refund);
    }
}
