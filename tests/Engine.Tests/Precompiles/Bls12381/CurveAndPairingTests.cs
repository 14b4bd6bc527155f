using System.Numerics;
using Csevm.Precompiles.Crypto.Bls12381;
using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;
using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Tests.Precompiles.Bls12381;

public class CurveAndPairingTests
{
    private static byte[] Scalar(BigInteger k) => k.ToByteArray(isUnsigned: true, isBigEndian: true);

    [Fact]
    public void Generators_AreOnCurve_AndInPrimeSubgroup()
    {
        Assert.True(Generators.G1.TryToAffine(out var x1, out var y1));
        Assert.True(G1Point.IsOnCurve(x1, y1));
        Assert.True(G1Point.Multiply(Generators.G1, ScalarField.ModulusBigEndian).IsInfinity);
        Assert.True(Generators.G2.TryToAffine(out var x2, out var y2));
        Assert.True(G2Point.IsOnCurve(x2, y2));
        Assert.True(G2Point.Multiply(Generators.G2, ScalarField.ModulusBigEndian).IsInfinity);
    }

    [Fact]
    public void CompleteFormulas_AgreeOnDoublingInfinityAndInverse()
    {
        var g = Generators.G1;
        Assert.True(G1Point.AreEqual(G1Point.Double(g), G1Point.Add(g, g)));
        Assert.True(G1Point.AreEqual(g, G1Point.Add(g, G1Point.Infinity)));
        Assert.True(G1Point.Add(g, G1Point.Negate(g)).IsInfinity);
        var threeG = G1Point.Add(G1Point.Double(g), g);
        Assert.True(G1Point.AreEqual(threeG, G1Point.Multiply(g, Scalar(3))));
        Assert.True(threeG.TryToAffine(out var x, out var y) && G1Point.IsOnCurve(x, y));
        var h = Generators.G2;
        Assert.True(G2Point.AreEqual(G2Point.Double(h), G2Point.Add(h, h)));
        Assert.True(G2Point.Add(h, G2Point.Negate(h)).IsInfinity);
        Assert.True(G2Point.Multiply(G2Point.Double(h), Scalar(5)).TryToAffine(out var x2, out var y2) && G2Point.IsOnCurve(x2, y2));
    }

    [Fact]
    public void MulByB3_ByAdditions_EqualsMultiplicationByThreeB()
    {
        var a = Fp.FromHex("0x0fedcba0987654321fedcba0987654321fedcba0987654321fedcba0987654321fedcba0987654321fedcba098765432");
        Assert.True(Fp.AreEqual(Fp.Mul(Fp.FromUInt64(12), a), G1Curve.MulByB3(a)));
        var b = new Fp2(a, Fp.FromUInt64(0x1234567));
        var twelveXi = new Fp2(Fp.FromUInt64(12), Fp.FromUInt64(12));
        Assert.True(Fp2.AreEqual(Fp2.Mul(twelveXi, b), G2Curve.MulByB3(b)));
    }

    [Fact]
    public void ScalarMultiplication_IsLinear()
    {
        var a = BigInteger.Parse("123456789012345678901234567890");
        var b = BigInteger.Parse("987654321098765432109876543210");
        var g = Generators.G1;
        var left = G1Point.Add(G1Point.Multiply(g, Scalar(a)), G1Point.Multiply(g, Scalar(b)));
        Assert.True(G1Point.AreEqual(left, G1Point.Multiply(g, Scalar(a + b))));
    }

    /// <summary>Curve points outside the subgroups: map_to_curve outputs before cofactor clearing.</summary>
    private static IEnumerable<(G1Point G1, G2Point G2)> CurvePoints() =>
        Enumerable.Range(1, 6).Select(i => (
            MapToCurve<Fp, G1Curve, G1Isogeny>.Map(Fp.FromUInt64((ulong)i * 1000003)),
            MapToCurve<Fp2, G2Curve, G2Isogeny>.Map(new Fp2(Fp.FromUInt64((ulong)i), Fp.FromUInt64((ulong)i * 7 + 1)))));

    [Fact]
    public void EndomorphismSubgroupChecks_AgreeWithMultiplicationByR()
    {
        foreach (var (g1, g2) in CurvePoints())
        {
            Assert.False(G1Point.Multiply(g1, ScalarField.ModulusBigEndian).IsInfinity);
            Assert.False(Endomorphisms.IsInG1(g1));
            Assert.False(G2Point.Multiply(g2, ScalarField.ModulusBigEndian).IsInfinity);
            Assert.False(Endomorphisms.IsInG2(g2));
            var cleared1 = CofactorClearing.ClearG1(g1);
            var cleared2 = CofactorClearing.ClearG2(g2);
            Assert.True(G1Point.Multiply(cleared1, ScalarField.ModulusBigEndian).IsInfinity);
            Assert.True(Endomorphisms.IsInG1(cleared1));
            Assert.True(G2Point.Multiply(cleared2, ScalarField.ModulusBigEndian).IsInfinity);
            Assert.True(Endomorphisms.IsInG2(cleared2));
        }
        Assert.True(Endomorphisms.IsInG1(G1Point.Infinity));
        Assert.True(Endomorphisms.IsInG2(G2Point.Infinity));
    }

    [Fact]
    public void EndomorphismMultiplication_MatchesDoubleAndAdd()
    {
        var random = new Random(7951);
        var scalars = new List<byte[]> { new byte[32], Enumerable.Repeat((byte)0xff, 32).ToArray(), ScalarField.ModulusBigEndian.ToArray() };
        for (var i = 0; i < 4; i++)
        {
            var scalar = new byte[32];
            random.NextBytes(scalar);
            scalars.Add(scalar);
        }
        var p = G1Point.Multiply(Generators.G1, [0x12, 0x34]);
        var q = G2Point.Multiply(Generators.G2, [0x56, 0x78]);
        foreach (var k in scalars)
        {
            Assert.True(G1Point.AreEqual(G1Point.Multiply(p, k), EndomorphismMultiplication.MultiplyG1(p, k)));
            Assert.True(G2Point.AreEqual(G2Point.Multiply(q, k), EndomorphismMultiplication.MultiplyG2(q, k)));
        }
    }

    [Fact]
    public void PairMultiplication_EqualsSumOfSingleMultiplications()
    {
        var random = new Random(4844);
        var p = G1Point.Multiply(Generators.G1, [0x21, 0x43]);
        var q = G1Point.Multiply(Generators.G1, [0x65, 0x87]);
        for (var i = 0; i < 3; i++)
        {
            var k = new byte[32];
            var l = new byte[32];
            random.NextBytes(k);
            random.NextBytes(l);
            if (i == 2) l = new byte[32]; // a zero scalar drops its parts from the joint table
            var expected = G1Point.Add(G1Point.Multiply(p, k), G1Point.Multiply(q, l));
            Assert.True(G1Point.AreEqual(expected, EndomorphismMultiplication.MultiplyG1Pair(p, k, q, l)));
        }
    }

    [Fact]
    public void G2CofactorClearing_EqualsMultiplicationByHEff()
    {
        var hEff = Convert.FromHexString("0bc69f08f2ee75b3584c6a0ea91b352888e2a8e9145ad7689986ff031508ffe1329c2f178731db956d82bf015d1212b02ec0ec69d7477c1ae954cbc06689f6a359894c0adebbf6b4e8020005aaa95551");
        foreach (var (_, g2) in CurvePoints().Take(2))
            Assert.True(G2Point.AreEqual(G2Point.Multiply(g2, hEff), CofactorClearing.ClearG2(g2)));
    }

    [Fact]
    public void CyclotomicSquare_MatchesSquareInTheCyclotomicSubgroup()
    {
        var f = Pairing.MillerLoop([Generators.G1], [Generators.G2]);
        // The easy part of the final exponentiation lands in the cyclotomic subgroup.
        var m = Fp12.Mul(Fp12.Conjugate(f), Fp12.Inverse(f));
        m = Fp12.Mul(Fp12.Frobenius(Fp12.Frobenius(m)), m);
        Assert.True(Fp12.AreEqual(Fp12.Square(m), Fp12.CyclotomicSquare(m)));
        Assert.False(Fp12.AreEqual(Fp12.Square(f), Fp12.CyclotomicSquare(f)));
    }

    [Fact]
    public void SparseLineMultiplication_MatchesFullMultiplication()
    {
        var f = Pairing.MillerLoop([Generators.G1], [Generators.G2]);
        var a = Fp2.FromHex("0x0123456789abcdef", "0x0fedcba987654321");
        var b = Fp2.FromHex("0x1111111111111111222222222222222233333333", "0x07");
        var c = Fp2.FromHex("0x05", "0xabcdefabcdefabcdefabcdef");
        // The line a + b·w² + c·w³: c0 = (a, b, 0), c1 = (0, c, 0).
        var line = new Fp12(new Fp6(a, b, Fp2.Zero), new Fp6(Fp2.Zero, c, Fp2.Zero));
        Assert.True(Fp12.AreEqual(Fp12.Mul(f, line), Fp12.MulByLine(f, a, b, c)));
    }

    [Fact]
    public void Pairing_IsNonDegenerate()
    {
        Assert.False(Pairing.Pair(Generators.G1, Generators.G2).IsOne);
    }

    [Fact]
    public void Pairing_IsBilinear()
    {
        var a = Scalar(BigInteger.Parse("31415926535897932384626433832795028841971"));
        var b = Scalar(BigInteger.Parse("27182818284590452353602874713526624977572"));
        var aP = G1Point.Multiply(Generators.G1, a);
        var bQ = G2Point.Multiply(Generators.G2, b);
        var left = Pairing.Pair(aP, bQ);
        var right = Pairing.Pair(G1Point.Multiply(aP, b), Generators.G2);
        Assert.True(Fp12.AreEqual(left, right));
        var third = Pairing.Pair(Generators.G1, G2Point.Multiply(bQ, a));
        Assert.True(Fp12.AreEqual(left, third));
    }

    [Fact]
    public void Pairing_ResultHasOrderR()
    {
        var e = Pairing.Pair(Generators.G1, Generators.G2);
        // e^r = 1: exponentiate by r with square-and-multiply.
        var result = Fp12.One;
        foreach (var limbByte in ScalarField.ModulusBigEndian)
            for (var bit = 7; bit >= 0; bit--)
            {
                result = Fp12.Square(result);
                if (((limbByte >> bit) & 1) != 0) result = Fp12.Mul(result, e);
            }
        Assert.True(result.IsOne);
    }

    [Fact]
    public void ProductCheck_HoldsForInversePairs_AndNotOtherwise()
    {
        var p = G1Point.Multiply(Generators.G1, Scalar(7));
        var q = G2Point.Multiply(Generators.G2, Scalar(11));
        var p77 = G1Point.Multiply(Generators.G1, Scalar(77));
        Assert.True(Pairing.IsProductOne([p, G1Point.Negate(p77)], [q, Generators.G2]));
        Assert.False(Pairing.IsProductOne([p, G1Point.Negate(p77)], [q, G2Point.Double(Generators.G2)]));
        Assert.True(Pairing.IsProductOne([], []));
        Assert.True(Pairing.IsProductOne([G1Point.Infinity], [Generators.G2]));
    }
}
