using System.Numerics;
using Csevm.Precompiles.Crypto.Bn254;

namespace Csevm.Tests.Precompiles;

/// <summary>
/// The fast paths of ecmul and of the pairing's fixed exponents checked against plain definitions:
/// the GLV split against the scalar mod r, GLV multiplication against the windowed double-and-add,
/// the signed digit forms against the numbers they encode, mixed addition against full addition.
/// </summary>
public class Bn254EndomorphismTests
{
    private static readonly BigInteger P = BigInteger.Parse("030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47", System.Globalization.NumberStyles.HexNumber);
    private static readonly BigInteger R = BigInteger.Parse("030644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001", System.Globalization.NumberStyles.HexNumber);
    private static readonly BigInteger X = Bn254Curve.SeedX;
    private static readonly BigInteger Lambda = 36 * X * X * X + 18 * X * X + 6 * X + 1;
    private static readonly JacobianPoint<Fp> Generator = JacobianPoint<Fp>.FromAffine(Fp.One, Fp.FromUInt64(2));

    private static byte[] ScalarBytes(BigInteger k) => k.ToByteArray(isUnsigned: true, isBigEndian: true).Reverse().Concat(new byte[32]).Take(32).Reverse().ToArray();

    private static IEnumerable<BigInteger> Scalars()
    {
        var random = new Random(23);
        var bytes = new byte[32];
        for (int i = 0; i < 100; i++)
        {
            random.NextBytes(bytes);
            yield return new BigInteger(bytes, isUnsigned: true);
        }
        var max = (BigInteger.One << 256) - 1;
        foreach (var k in new[] { BigInteger.Zero, BigInteger.One, R - 1, R, R + 1, max, max - R, R / 2, (BigInteger.One << 128) - 1, Lambda, R - Lambda })
            yield return k;
        // Where Babai rounding errs most: scalars just below the points where a quotient steps up.
        for (int i = 1; i < 40; i++) yield return R * i / 40 - 1;
    }

    [Fact]
    public void Lambda_IsAPrimitiveCubeRootOfUnityModR() =>
        Assert.Equal(BigInteger.Zero, (Lambda * Lambda + Lambda + 1) % R);

    [Fact]
    public void Beta_IsTheCubeRootOfUnityThatActsAsLambda()
    {
        var beta = GlvMultiplication.Beta;
        Assert.NotEqual(Fp.One, beta);
        Assert.Equal(Fp.One, beta * beta * beta);
        Assert.True(Generator.Multiply(ScalarBytes(Lambda)).TryToAffine(out var x, out var y));
        Assert.Equal(beta, x); // φ(G) = (β·1, 2) = [λ]G
        Assert.Equal(Fp.FromUInt64(2), y);
    }

    [Fact]
    public void RoundingMultipliers_AreTwoTo256TimesTheBasisOverR()
    {
        static BigInteger Of(ulong[] limbs) => limbs.Select((l, i) => (BigInteger)l << (64 * i)).Aggregate(BigInteger.Add);
        Assert.Equal((BigInteger.One << 256) * (2 * X + 1) / R, Of(GlvDecomposition.RoundingMultiplier1));
        Assert.Equal((BigInteger.One << 256) * (6 * X * X + 2 * X) / R, Of(GlvDecomposition.RoundingMultiplier2));
    }

    [Fact]
    public void GlvDecomposition_RecombinesToTheScalarModR_WithHalvesBelow2To128()
    {
        foreach (var k in Scalars())
        {
            GlvDecomposition.Decompose(ScalarBytes(k), out var k1, out var k2Magnitude, out bool k2Negative);
            var k2 = k2Negative ? -(BigInteger)k2Magnitude : k2Magnitude;
            Assert.Equal(k % R, (((BigInteger)k1 + k2 * Lambda) % R + R) % R);
            Assert.True(k1 < (UInt128.One << 127) + (UInt128.One << 125), $"k1 of {k} too large");
            Assert.True(k2Magnitude < (UInt128.One << 127) + (UInt128.One << 125), $"k2 of {k} too large");
        }
    }

    [Fact]
    public void GlvMultiplication_MatchesWindowedDoubleAndAdd()
    {
        var points = new[] { Generator, Generator.Multiply(ScalarBytes(987654321)), Generator.Multiply(ScalarBytes(R - 2)) };
        foreach (var point in points)
        {
            Assert.True(point.TryToAffine(out var x, out var y));
            foreach (var k in Scalars().Take(40).Concat(Scalars().Skip(100)))
            {
                var bytes = ScalarBytes(k);
                Assert.True(point.Multiply(bytes).IsSamePoint(GlvMultiplication.Multiply(x, y, bytes)), $"k = {k}");
            }
        }
    }

    [Fact]
    public void WidthNaf_EncodesTheNumber_WithOddDigitsBelow16AndFourZerosBetween()
    {
        var random = new Random(29);
        Span<sbyte> digits = stackalloc sbyte[130];
        for (int i = 0; i < 500; i++)
        {
            var k = new UInt128((ulong)random.NextInt64() & ~(1UL << 63), (ulong)random.NextInt64());
            if (i == 0) k = (UInt128.One << 127) + (UInt128.One << 125);
            int length = SignedBinary.WidthNonAdjacentForm(k, 5, digits);
            BigInteger value = 0;
            int lastNonzero = -5;
            for (int j = length - 1; j >= 0; j--) value = 2 * value + digits[j];
            for (int j = 0; j < length; j++)
            {
                if (digits[j] == 0) continue;
                Assert.True(digits[j] % 2 != 0 && Math.Abs(digits[j]) < 16);
                Assert.True(j - lastNonzero >= 5);
                lastNonzero = j;
            }
            Assert.Equal((BigInteger)k, value);
        }
    }

    [Fact]
    public void NonAdjacentForm_EncodesTheNumber_WithNoAdjacentNonzeroDigits()
    {
        foreach (var k in new UInt128[] { 1, 2, 3, 7, Bn254Curve.SeedX, (UInt128)Bn254Curve.SeedX * 6 + 2, UInt128.MaxValue >> 1 })
        {
            var digits = SignedBinary.NonAdjacentForm(k);
            BigInteger value = 0;
            for (int j = digits.Length - 1; j >= 0; j--) value = 2 * value + digits[j];
            Assert.Equal((BigInteger)k, value);
            Assert.Equal(1, digits[^1]);
            for (int j = 1; j < digits.Length; j++) Assert.True(digits[j] == 0 || digits[j - 1] == 0);
        }
    }

    [Fact]
    public void MixedAddition_MatchesFullAddition_IncludingDoublingAndNegation()
    {
        var p = Generator.Multiply(ScalarBytes(12345));
        var q = Generator.Multiply(ScalarBytes(678));
        Assert.True(q.TryToAffine(out var qx, out var qy));
        Assert.True(p.AddAffine(qx, qy).IsSamePoint(p.Add(q)));
        Assert.True(q.AddAffine(qx, qy).IsSamePoint(q.Double()));
        Assert.True(q.AddAffine(qx, -qy).IsInfinity);
        Assert.True(JacobianPoint<Fp>.Infinity.AddAffine(qx, qy).IsSamePoint(q));
    }

    [Fact]
    public void AffineAddition_MatchesJacobianAddition_IncludingDoublingAndNegation()
    {
        var p = Generator.Multiply(ScalarBytes(424242));
        var q = Generator.Multiply(ScalarBytes(R - 5));
        Assert.True(p.TryToAffine(out var px, out var py));
        Assert.True(q.TryToAffine(out var qx, out var qy));
        Assert.True(Bn254Curve.TryAddAffine(px, py, qx, qy, out var x, out var y));
        Assert.True(p.Add(q).IsSamePoint(JacobianPoint<Fp>.FromAffine(x, y)));
        Assert.True(Bn254Curve.TryAddAffine(qx, qy, qx, qy, out x, out y));
        Assert.True(q.Double().IsSamePoint(JacobianPoint<Fp>.FromAffine(x, y)));
        Assert.False(Bn254Curve.TryAddAffine(qx, qy, qx, -qy, out _, out _));
    }

    [Fact]
    public void CyclotomicPow_MatchesThePlainPower()
    {
        var random = new Random(31);
        Fp2 Next() => new(Fp.FromUInt64((ulong)random.NextInt64()), Fp.FromUInt64((ulong)random.NextInt64()));
        var f = new Fp12(new Fp6(Next(), Next(), Next()), new Fp6(Next(), Next(), Next()));
        var t = f.Conjugate() * f.Inverse();
        t = t.FrobeniusSquared() * t;
        Assert.Equal(Bn254FieldTests.Pow(t, X), t.CyclotomicPow(SignedBinary.NonAdjacentForm(Bn254Curve.SeedX)));
        Assert.Equal(Bn254FieldTests.Pow(t, X), t.CyclotomicPow(SignedBinary.WidthNonAdjacentForm(Bn254Curve.SeedX, 4)));
        Assert.Equal(Bn254FieldTests.Pow(t, 12345), t.CyclotomicPow(SignedBinary.WidthNonAdjacentForm(12345, 4)));
        Assert.Equal(Bn254FieldTests.Pow(t, 6 * X + 2), t.CyclotomicPow(SignedBinary.NonAdjacentForm((UInt128)Bn254Curve.SeedX * 6 + 2)));
    }

    [Fact]
    public void Pairing_IsBilinear_EOfAPAndBQ_IsEOfPAndQToTheAB()
    {
        Assert.True(Bn254Curve.TryReadG2(Convert.FromHexString(
            "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2" + "1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
            + "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b" + "12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa"), out var qx, out var qy, out _));
        var q = JacobianPoint<Fp2>.FromAffine(qx, qy);
        Fp12 Pairing(JacobianPoint<Fp> p, JacobianPoint<Fp2> g2)
        {
            Assert.True(p.TryToAffine(out var px, out var py));
            Assert.True(g2.TryToAffine(out var x, out var y));
            return Bn254Pairing.FinalExponentiation(Bn254Pairing.MillerLoop([new PairingArgument(px, py, x, y)]));
        }
        const int a = 1234567, b = 7654321;
        var baseValue = Pairing(Generator, q);
        Assert.NotEqual(Fp12.One, baseValue);
        Assert.Equal(Bn254FieldTests.Pow(baseValue, (BigInteger)a * b), Pairing(Generator.Multiply(ScalarBytes(a)), q.Multiply(ScalarBytes(b))));
        Assert.Equal(Fp12.One, Bn254FieldTests.Pow(baseValue, R));
    }
}
