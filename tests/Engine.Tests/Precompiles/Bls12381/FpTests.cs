using System.Numerics;
using Csevm.Precompiles.Crypto.Bls12381;
using static Csevm.Tests.Precompiles.Bls12381.FieldOracle;

namespace Csevm.Tests.Precompiles.Bls12381;

public class FpTests
{
    [Fact]
    public void Arithmetic_MatchesBigIntegerOracle()
    {
        var random = new Random(2537);
        for (var i = 0; i < 200; i++)
        {
            var a = RandomBelowP(random);
            var b = RandomBelowP(random);
            Assert.Equal((a + b) % P, ToBig(Fp.Add(ToFp(a), ToFp(b))));
            Assert.Equal(((a - b) % P + P) % P, ToBig(Fp.Sub(ToFp(a), ToFp(b))));
            Assert.Equal(a * b % P, ToBig(Fp.Mul(ToFp(a), ToFp(b))));
            Assert.Equal((P - a) % P, ToBig(Fp.Negate(ToFp(a))));
        }
    }

    [Fact]
    public void Arithmetic_EdgeValuesNearModulus()
    {
        var edges = new[] { BigInteger.Zero, BigInteger.One, P - 1, P - 2, (P - 1) / 2, (P + 1) / 2, BigInteger.Pow(2, 380), BigInteger.Pow(2, 64) - 1 };
        foreach (var a in edges)
        foreach (var b in edges)
        {
            Assert.Equal((a + b) % P, ToBig(Fp.Add(ToFp(a), ToFp(b))));
            Assert.Equal(((a - b) % P + P) % P, ToBig(Fp.Sub(ToFp(a), ToFp(b))));
            Assert.Equal(a * b % P, ToBig(Fp.Mul(ToFp(a), ToFp(b))));
        }
    }

    [Fact]
    public void Inverse_TimesValueIsOne_AndZeroMapsToZero()
    {
        var random = new Random(1);
        for (var i = 0; i < 20; i++)
        {
            var value = RandomBelowP(random);
            var a = ToFp(value);
            Assert.True(Fp.AreEqual(Fp.One, Fp.Mul(a, Fp.Inverse(a))));
            Assert.Equal(BigInteger.ModPow(value, P - 2, P), ToBig(Fp.Inverse(a)));
        }
        foreach (var edge in new[] { BigInteger.One, P - 1, BigInteger.Pow(2, 380), BigInteger.Pow(2, 64), (P + 1) / 2 })
            Assert.True(Fp.AreEqual(Fp.One, Fp.Mul(ToFp(edge), Fp.Inverse(ToFp(edge)))));
        Assert.True(Fp.Inverse(Fp.Zero).IsZero);
    }

    [Fact]
    public void Sqrt_OfSquareSquaresBack_AndNonResidueHasNone()
    {
        var random = new Random(2);
        for (var i = 0; i < 20; i++)
        {
            var a = ToFp(RandomBelowP(random));
            Assert.True(Fp.TrySqrt(Fp.Square(a), out var root));
            Assert.True(Fp.AreEqual(Fp.Square(root), Fp.Square(a)));
        }
        // −1 is a non-residue because p = 3 mod 4.
        Assert.False(Fp.TrySqrt(Fp.Negate(Fp.One), out _));
    }

    [Fact]
    public void TryRead_RejectsModulusAndAbove_AcceptsModulusMinusOne()
    {
        var bytes = (P).ToByteArray(isUnsigned: true, isBigEndian: true);
        Assert.False(Fp.TryRead(bytes, out _));
        Assert.True(Fp.TryRead((P - 1).ToByteArray(isUnsigned: true, isBigEndian: true), out var max));
        Assert.Equal(P - 1, ToBig(max));
        var allOnes = Enumerable.Repeat((byte)0xff, 48).ToArray();
        Assert.False(Fp.TryRead(allOnes, out _));
    }

    [Fact]
    public void Fp2_InverseAndSqrt_AreConsistent()
    {
        var random = new Random(3);
        for (var i = 0; i < 20; i++)
        {
            var a = new Fp2(ToFp(RandomBelowP(random)), ToFp(RandomBelowP(random)));
            Assert.True(Fp2.AreEqual(Fp2.One, Fp2.Mul(a, Fp2.Inverse(a))));
            Assert.True(Fp2.AreEqual(Fp2.Square(a), Fp2.Mul(a, a)));
            Assert.True(Fp2.TrySqrt(Fp2.Square(a), out var root));
            Assert.True(Fp2.AreEqual(Fp2.Square(root), Fp2.Square(a)));
        }
        // Pure Fp values whose root is imaginary: −4 = (2u)².
        Assert.True(Fp2.TrySqrt(new Fp2(Fp.Negate(Fp.FromUInt64(4)), Fp.Zero), out var imaginary));
        Assert.True(Fp2.AreEqual(Fp2.Square(imaginary), new Fp2(Fp.Negate(Fp.FromUInt64(4)), Fp.Zero)));
    }

    [Fact]
    public void Fp12_FrobeniusTwelveTimesIsIdentity_AndInverseWorks()
    {
        var random = new Random(4);
        Fp2 R() => new(ToFp(RandomBelowP(random)), ToFp(RandomBelowP(random)));
        var a = new Fp12(new Fp6(R(), R(), R()), new Fp6(R(), R(), R()));
        var b = a;
        for (var i = 0; i < 12; i++) b = Fp12.Frobenius(b);
        Assert.True(Fp12.AreEqual(a, b));
        Assert.False(Fp12.AreEqual(a, Fp12.Frobenius(a)));
        Assert.True(Fp12.Mul(a, Fp12.Inverse(a)).IsOne);
        Assert.True(Fp12.AreEqual(Fp12.Square(a), Fp12.Mul(a, a)));
        // Frobenius is a ring homomorphism.
        var c = new Fp12(new Fp6(R(), R(), R()), new Fp6(R(), R(), R()));
        Assert.True(Fp12.AreEqual(Fp12.Frobenius(Fp12.Mul(a, c)), Fp12.Mul(Fp12.Frobenius(a), Fp12.Frobenius(c))));
    }

    [Fact]
    public void Fp12_MulByLine_MatchesFullMultiplication()
    {
        var random = new Random(5);
        Fp2 R() => new(ToFp(RandomBelowP(random)), ToFp(RandomBelowP(random)));
        var f = new Fp12(new Fp6(R(), R(), R()), new Fp6(R(), R(), R()));
        Fp2 a = R(), b = R(), c = R();
        var line = new Fp12(new Fp6(a, b, Fp2.Zero), new Fp6(Fp2.Zero, c, Fp2.Zero));
        Assert.True(Fp12.AreEqual(Fp12.Mul(f, line), Fp12.MulByLine(f, a, b, c)));
    }

    [Fact]
    public void DoublingByShift_EqualsAddingToItself()
    {
        var values = new[] { Fp.Zero, Fp.One, Fp.Negate(Fp.One), Fp.FromHex("0x0d0088f51cbff34d258dd3db21a5d66bb23ba5c279c2895fb39869507b587b120f55ffff58a9ffffdcff7fffffffd555"), Fp.FromUInt64(ulong.MaxValue) };
        foreach (var a in values.Concat(Enumerable.Range(1, 50).Select(i => Fp.Square(Fp.FromUInt64((ulong)i * 0x9e3779b97f4a7c15)))))
            Assert.True(Fp.AreEqual(Fp.Add(a, a), Fp.Double(a)), a.ToString());
    }
}
