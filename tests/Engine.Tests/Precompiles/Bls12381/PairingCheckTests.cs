using Csevm.Precompiles.Crypto.Bls12381;
using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;
using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Tests.Precompiles.Bls12381;

/// <summary>The pairing check that tests G2 membership on the way (<see cref="Pairing.TryIsProductOne"/>) and its shortcuts.</summary>
public class PairingCheckTests
{
    private static readonly byte[] AbsoluteX = [0xd2, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00];

    private static G1Point P(int k) => G1Point.Multiply(Generators.G1, [(byte)k, 0x31]);

    private static G2Point Q(int k) => G2Point.Multiply(Generators.G2, [(byte)k, 0x17]);

    /// <summary>On the twist but outside G2: a mapped point before cofactor clearing.</summary>
    private static G2Point OutsideG2(int k) => MapToCurve<Fp2, G2Curve, G2Isogeny>.Map(new Fp2(Fp.FromUInt64((ulong)k), Fp.FromUInt64(3)));

    [Fact]
    public void LinePreparation_ComputesAbsoluteXMultiple_ForAnyPointOnTheTwist()
    {
        foreach (var q in new[] { Q(1), Q(9), OutsideG2(1), OutsideG2(2), Generators.G2 })
            Assert.True(G2Point.AreEqual(G2Point.Multiply(q, AbsoluteX), G2Lines.Prepare(q)!.AbsoluteXMultiple));
        Assert.Null(G2Lines.Prepare(G2Point.Infinity));
    }

    [Fact]
    public void MembershipFromPreparedMultiple_AgreesWithTheDirectTest()
    {
        foreach (var q in new[] { Q(1), Q(5), OutsideG2(1), OutsideG2(4) })
        {
            var lines = G2Lines.Prepare(q)!;
            Assert.Equal(Endomorphisms.IsInG2(q), Endomorphisms.IsInG2(q, lines.AbsoluteXMultiple));
        }
        Assert.False(Endomorphisms.IsInG2(OutsideG2(1), G2Lines.Prepare(OutsideG2(1))!.AbsoluteXMultiple));
    }

    [Fact]
    public void ProductOfInversePairs_IsOne_AndAChangedPairIsNot()
    {
        var p = P(3);
        var q = Q(5);
        var pTimes7 = G1Point.Multiply(p, [7]);
        var qTimes7 = G2Point.Multiply(q, [7]);
        Assert.True(Pairing.TryIsProductOne([pTimes7, G1Point.Negate(p)], [q, qTimes7], out var isOne));
        Assert.True(isOne);
        Assert.True(Pairing.TryIsProductOne([pTimes7, G1Point.Negate(p), P(8)], [q, qTimes7, G2Point.Infinity], out isOne));
        Assert.True(isOne);
        Assert.True(Pairing.TryIsProductOne([pTimes7, G1Point.Negate(p)], [q, G2Point.Double(qTimes7)], out isOne));
        Assert.False(isOne);
    }

    /// <summary>One pair of finite points never pairs to one (non-degeneracy), so no loop runs; none leaves the empty product.</summary>
    [Fact]
    public void SingleNonTrivialPair_IsNeverOne_AndOnlyInfinityPairsAre()
    {
        Assert.True(Pairing.TryIsProductOne([P(2)], [Q(2)], out var isOne));
        Assert.False(isOne);
        Assert.False(Pairing.FinalExponentiation(Pairing.MillerLoop([P(2)], [Q(2)])).IsOne);
        Assert.True(Pairing.TryIsProductOne([P(2), G1Point.Infinity], [Q(2), Q(3)], out isOne));
        Assert.False(isOne);
        Assert.True(Pairing.TryIsProductOne([G1Point.Infinity, P(4)], [Q(2), G2Point.Infinity], out isOne));
        Assert.True(isOne);
    }

    [Fact]
    public void G2PointOutsideSubgroup_IsRejected_WhetherOrNotItEntersAMillerLoop()
    {
        var bad = OutsideG2(5);
        Assert.False(Pairing.TryIsProductOne([P(1), P(2)], [Q(1), bad], out _));
        Assert.False(Pairing.TryIsProductOne([P(1)], [bad], out _));
        Assert.False(Pairing.TryIsProductOne([G1Point.Infinity, P(2), P(3)], [bad, Q(2), Q(3)], out _));
        Assert.True(Pairing.TryIsProductOne([G1Point.Infinity, P(2), P(3)], [Q(9), Q(2), Q(3)], out _));
    }

    /// <summary>Normalized lines differ from the plain ones by Fp2 factors only, so after the final exponentiation the pairings agree.</summary>
    [Fact]
    public void NormalizedLines_GiveTheSamePairing_AsPlainLines()
    {
        foreach (var (p, q) in new[] { (P(1), Q(1)), (P(7), Q(3)), (Generators.G1, Generators.G2) })
        {
            var plain = Pairing.FinalExponentiation(Pairing.MillerLoopPrepared([p], [G2Lines.Prepare(q)]));
            var normalized = G2Lines.PrepareNormalized(q)!;
            Assert.True(normalized.IsNormalized);
            Assert.True(Fp12.AreEqual(plain, Pairing.FinalExponentiation(Pairing.MillerLoopPrepared([p], [normalized]))));
            Assert.False(Fp12.AreEqual(Fp12.One, plain));
        }
        var mixed = Pairing.MillerLoopPrepared([P(2), G1Point.Negate(P(2))], [G2Lines.PrepareNormalized(Q(4)), G2Lines.Prepare(Q(4))]);
        Assert.True(Pairing.FinalExponentiation(mixed).IsOne);
    }

    [Fact]
    public void NormalizedLineMultiplication_MatchesFullMultiplication()
    {
        var f = Pairing.MillerLoop([P(5)], [Q(6)]);
        var a = new Fp2(Fp.FromUInt64(11), Fp.FromUInt64(13));
        var b = new Fp2(Fp.FromUInt64(17), Fp.FromUInt64(19));
        var line = new Fp12(new Fp6(a, b, Fp2.Zero), new Fp6(Fp2.Zero, Fp2.One, Fp2.Zero));
        Assert.True(Fp12.AreEqual(Fp12.Mul(f, line), Fp12.MulByNormalizedLine(f, a, b)));
    }
}
