using System.Numerics;
using Csevm.Precompiles.Crypto.Bn254;

namespace Csevm.Tests.Precompiles;

/// <summary>The BN254 field tower checked against BigInteger and against its own definitions.</summary>
public class Bn254FieldTests
{
    private static readonly BigInteger P = BigInteger.Parse("030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47", System.Globalization.NumberStyles.HexNumber);

    private static Fp FromBig(BigInteger value)
    {
        var bytes = new byte[32];
        value.TryWriteBytes(bytes.AsSpan(32 - value.GetByteCount(true)), out _, isUnsigned: true, isBigEndian: true);
        Assert.True(Fp.TryFromBigEndian(bytes, out var element));
        return element;
    }

    private static BigInteger ToBig(Fp value)
    {
        var bytes = new byte[32];
        value.WriteBigEndian(bytes);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    private static BigInteger RandomBelowP(Random random)
    {
        var bytes = new byte[32];
        random.NextBytes(bytes);
        return new BigInteger(bytes, isUnsigned: true) % P;
    }

    private static Fp12 RandomFp12(Random random)
    {
        Fp2 Next() => new(FromBig(RandomBelowP(random)), FromBig(RandomBelowP(random)));
        return new Fp12(new Fp6(Next(), Next(), Next()), new Fp6(Next(), Next(), Next()));
    }

    /// <summary>f^e by square and multiply: the definition the optimised maps are checked against.</summary>
    internal static Fp12 Pow(Fp12 f, BigInteger exponent)
    {
        var result = Fp12.One;
        for (long bit = (long)exponent.GetBitLength() - 1; bit >= 0; bit--)
        {
            result = result.Square();
            if (!(exponent >> (int)bit).IsEven) result *= f;
        }
        return result;
    }

    [Fact]
    public void MontgomeryConstant_IsMinusTheInverseOfTheLowLimb() =>
        Assert.Equal(ulong.MaxValue, unchecked(0x3c208c16d87cfd47UL * Fp.NegInverse));

    [Fact]
    public void Arithmetic_MatchesBigIntegerModP()
    {
        var random = new Random(7);
        for (int i = 0; i < 200; i++)
        {
            var a = RandomBelowP(random);
            var b = RandomBelowP(random);
            Assert.Equal(a * b % P, ToBig(FromBig(a) * FromBig(b)));
            Assert.Equal((a + b) % P, ToBig(FromBig(a) + FromBig(b)));
            Assert.Equal(((a - b) % P + P) % P, ToBig(FromBig(a) - FromBig(b)));
            if (!a.IsZero) Assert.Equal(BigInteger.ModPow(a, P - 2, P), ToBig(FromBig(a).Inverse()));
        }
    }

    [Fact]
    public void Inverse_OfRepresentativesWithZeroLowLimbsAndExtremes_MatchesFermat()
    {
        // Elements whose Montgomery representative aR is 2^64, 2^128 or 2^192 exercise the whole-limb shifts.
        var rInverse = BigInteger.ModPow(BigInteger.One << 256, P - 2, P);
        var values = new[] { BigInteger.One, 2, P - 1, P - 2, (P + 1) / 2 }
            .Concat(new[] { 64, 128, 192, 253 }.Select(shift => (BigInteger.One << shift) * rInverse % P));
        foreach (var a in values)
            Assert.Equal(BigInteger.ModPow(a, P - 2, P), ToBig(FromBig(a).Inverse()));
        Assert.True(Fp.Zero.Inverse().IsZero);
        Assert.True(Fp.Divide(Fp.One, Fp.Zero).IsZero);
    }

    [Fact]
    public void InverseAndDivision_OfManyElementsOfEveryMagnitude_MatchFermat()
    {
        // The binary GCD's batches work on 63-bit approximations once a or b exceeds 63 bits: elements
        // of every bit length and with long runs of ones or zeros take every path through them.
        var random = new Random(23);
        var values = new List<BigInteger>();
        for (int i = 0; i < 2000; i++) values.Add(RandomBelowP(random));
        for (int bits = 1; bits < 254; bits++)
        {
            values.Add((BigInteger.One << bits) - 1);
            values.Add(BigInteger.One << bits);
            values.Add(RandomBelowP(random) >> (254 - bits));
        }
        var rInverse = BigInteger.ModPow(BigInteger.One << 256, P - 2, P);
        foreach (var value in values)
        {
            var a = value % P;
            if (a.IsZero) continue;
            // Both the element and the element whose Montgomery representative is the value.
            foreach (var element in new[] { a, a * rInverse % P })
            {
                var inverse = BigInteger.ModPow(element, P - 2, P);
                Assert.Equal(inverse, ToBig(FromBig(element).Inverse()));
                var numerator = RandomBelowP(random);
                Assert.Equal(numerator * inverse % P, ToBig(Fp.Divide(FromBig(numerator), FromBig(element))));
            }
        }
    }

    [Fact]
    public void Fp2ProductSquareAndXiMultiple_MatchBigInteger_IncludingExtremeCoefficients()
    {
        // The lazily reduced Karatsuba keeps 512-bit intermediates: coefficients at 0, 1 and p − 1
        // push a0b0 − a1b1 to both ends of its range and the unreduced sums to their largest.
        var random = new Random(29);
        var special = new[] { BigInteger.Zero, BigInteger.One, P - 1, P - 2, (P - 1) / 2 };
        var samples = new List<BigInteger[]>();
        for (int i = 0; i < 500; i++) samples.Add([RandomBelowP(random), RandomBelowP(random), RandomBelowP(random), RandomBelowP(random)]);
        foreach (var a0 in special)
            foreach (var a1 in special)
                foreach (var b0 in special)
                    samples.Add([a0, a1, b0, P - 1]);
        foreach (var v in samples)
        {
            var product = new Fp2(FromBig(v[0]), FromBig(v[1])) * new Fp2(FromBig(v[2]), FromBig(v[3]));
            // (a0 + a1·u)(b0 + b1·u) with u² = −1.
            Assert.Equal(((v[0] * v[2] - v[1] * v[3]) % P + P) % P, ToBig(product.A));
            Assert.Equal((v[0] * v[3] + v[1] * v[2]) % P, ToBig(product.B));
            var xi = new Fp2(FromBig(v[0]), FromBig(v[1])).MultiplyByXi();
            Assert.Equal(((9 * v[0] - v[1]) % P + P) % P, ToBig(xi.A));
            Assert.Equal((v[0] + 9 * v[1]) % P, ToBig(xi.B));
            var square = new Fp2(FromBig(v[0]), FromBig(v[1])).Square();
            Assert.Equal(((v[0] * v[0] - v[1] * v[1]) % P + P) % P, ToBig(square.A));
            Assert.Equal(2 * v[0] * v[1] % P, ToBig(square.B));
        }
    }

    [Fact]
    public void AdditionAndSubtraction_TakeTheChainedPath_WhenCarriesRunThroughMiddleLimbs()
    {
        // Representatives built limb by limb so that a middle limb of the sum is all ones, limbs of the
        // two operands are equal, or the top limb of a sum equals p's: the cases where the side-by-side
        // carries would be wrong and the chained path must answer.
        var random = new Random(37);
        var rInverse = BigInteger.ModPow(BigInteger.One << 256, P - 2, P);
        const ulong P3 = 0x30644e72e131a029;
        BigInteger Representative(ulong l0, ulong l1, ulong l2, ulong l3) =>
            (((BigInteger)l3 << 192) + ((BigInteger)l2 << 128) + ((BigInteger)l1 << 64) + l0) % P;
        ulong Next() => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63);
        for (int i = 0; i < 300; i++)
        {
            ulong a0 = Next(), a1 = Next(), a2 = Next(), a3 = Next() % (P3 / 2);
            var pairs = new (BigInteger, BigInteger)[]
            {
                (Representative(a0, a1, a2, a3), Representative(Next(), ~a1, Next(), Next() % (P3 / 2))),
                (Representative(a0, a1, a2, a3), Representative(Next(), Next(), ~a2, Next() % (P3 / 2))),
                (Representative(a0, a1, a2, a3), Representative(Next(), a1, Next(), Next() % (P3 / 2))),
                (Representative(a0, a1, a2, a3), Representative(Next(), Next(), a2, Next() % (P3 / 2))),
                (Representative(a0, a1, a2, a3), Representative(Next(), Next(), Next(), a3)),
                (Representative(a0, a1, a2, a3), Representative(Next(), Next(), Next(), P3 - a3)),
                (Representative(a0, a1, a2, a3), Representative(~a0, ~a1, ~a2, P3 - a3 - 1)),
            };
            foreach (var (x, y) in pairs)
            {
                var a = x * rInverse % P;
                var b = y * rInverse % P;
                Assert.Equal((a + b) % P, ToBig(FromBig(a) + FromBig(b)));
                Assert.Equal(((a - b) % P + P) % P, ToBig(FromBig(a) - FromBig(b)));
                Assert.Equal(((b - a) % P + P) % P, ToBig(FromBig(b) - FromBig(a)));
            }
        }
        Assert.True((Fp.Zero - Fp.Zero).IsZero);
        Assert.True((Fp.One - Fp.One).IsZero);
    }

    [Fact]
    public void Square_EqualsTheProductWithItself_ForRandomAndExtremeElements()
    {
        // The dedicated squaring doubles the cross products by a shift: representatives with top bits set
        // in every limb carry out of each shifted limb.
        var random = new Random(41);
        var rInverse = BigInteger.ModPow(BigInteger.One << 256, P - 2, P);
        var values = new List<BigInteger> { 0, 1, 2, P - 1, P - 2, (P - 1) / 2, (P - 1) * rInverse % P };
        for (int i = 0; i < 500; i++) values.Add(RandomBelowP(random));
        for (int bits = 1; bits < 254; bits += 7) values.Add(((BigInteger.One << bits) - 1) * rInverse % P);
        foreach (var a in values)
        {
            var element = FromBig(a);
            Assert.Equal(a * a % P, ToBig(element.Square()));
            Assert.Equal(element * element, element.Square());
        }
    }

    [Fact]
    public void NonCanonicalEncoding_IsRejected()
    {
        Assert.False(Fp.TryFromBigEndian(P.ToByteArray(true, true), out _));
        Assert.False(Fp.TryFromBigEndian(Enumerable.Repeat((byte)0xff, 32).ToArray(), out _));
        Assert.True(Fp.TryFromBigEndian((P - 1).ToByteArray(true, true), out _));
    }

    [Fact]
    public void Inverses_RoundTripThroughEveryLevelOfTheTower()
    {
        var random = new Random(11);
        var f = RandomFp12(random);
        Assert.Equal(Fp12.One, f * f.Inverse());
        Assert.Equal(Fp6.One, f.C0 * f.C0.Inverse());
        Assert.Equal(Fp2.One, f.C0.C0 * f.C0.C0.Inverse());
    }

    [Fact]
    public void Frobenius_IsThePthPower()
    {
        var f = RandomFp12(new Random(13));
        var expected = Pow(f, P);
        Assert.Equal(expected, f.Frobenius());
        Assert.Equal(expected.Frobenius(), f.FrobeniusSquared());
    }

    [Fact]
    public void CyclotomicSquare_EqualsSquareOnTheCyclotomicSubgroup()
    {
        var f = RandomFp12(new Random(17));
        // The easy part of the final exponentiation maps into the cyclotomic subgroup.
        var t = f.Conjugate() * f.Inverse();
        t = t.FrobeniusSquared() * t;
        Assert.Equal(t.Square(), t.CyclotomicSquare());
        Assert.NotEqual(f.Square(), f.CyclotomicSquare());
    }

    [Fact]
    public void SparseLineProduct_EqualsTheFullProduct()
    {
        var random = new Random(19);
        var f = RandomFp12(random);
        var line = RandomFp12(random);
        var a = line.C0.C0;
        var b = line.C1.C0;
        var c = line.C1.C1;
        var sparse = new Fp12(new Fp6(a, Fp2.Zero, Fp2.Zero), new Fp6(b, c, Fp2.Zero));
        Assert.Equal(f * sparse, f.MultiplyByLine(a, b, c));
    }
}
