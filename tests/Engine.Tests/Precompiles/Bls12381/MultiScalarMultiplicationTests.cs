using System.Numerics;
using Csevm.Precompiles.Crypto.Bls12381;
using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;
using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Tests.Precompiles.Bls12381;

public class MultiScalarMultiplicationTests
{
    private static byte[] RandomScalar(Random random)
    {
        var scalar = new byte[32];
        random.NextBytes(scalar);
        return scalar;
    }

    [Theory]
    [InlineData(3, 128)]
    [InlineData(5, 64)]
    [InlineData(7, 128)]
    public void SignedDigits_RecomposeTheScalar_AndStayWithinHalfTheWindow(int windowBits, int bits)
    {
        var random = new Random(windowBits * 1000 + bits);
        var scalars = new UInt128[20];
        for (var i = 0; i < scalars.Length; i++)
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            scalars[i] = new UInt128(BitConverter.ToUInt64(bytes, 8), BitConverter.ToUInt64(bytes)) >> (128 - bits);
        }
        scalars[0] = UInt128.MaxValue >> (128 - bits); // all ones: the carry runs through every window
        scalars[1] = 0;
        var windows = bits / windowBits + 1;
        var digits = MultiScalarMultiplication<Fp, G1Curve>.SignedDigits(scalars, windowBits, windows);
        for (var i = 0; i < scalars.Length; i++)
        {
            BigInteger value = 0;
            for (var w = windows - 1; w >= 0; w--)
            {
                var digit = digits[i * windows + w];
                Assert.InRange(Math.Abs(digit), 0, 1 << (windowBits - 1));
                value = (value << windowBits) + digit;
            }
            Assert.Equal((BigInteger)scalars[i], value);
        }
    }

    [Fact]
    public void WindowBits_GrowsWithThePointCount()
    {
        var small = MultiScalarMultiplication<Fp, G1Curve>.WindowBits(4, 128);
        var large = MultiScalarMultiplication<Fp, G1Curve>.WindowBits(4096, 128);
        Assert.True(small < large, $"{small} < {large}");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(9)]
    [InlineData(40)]
    public void G1Pippenger_OverEndomorphismParts_EqualsSumOfSingleMultiplications(int count)
    {
        var random = new Random(count);
        var expected = G1Point.Infinity;
        var parts = new G1Point[count * G1Split.Parts];
        var partScalars = new UInt128[count * G1Split.Parts];
        for (var i = 0; i < count; i++)
        {
            var point = G1Point.Multiply(Generators.G1, RandomScalar(random));
            var scalar = i == 0 ? Enumerable.Repeat((byte)0xff, 32).ToArray() : RandomScalar(random);
            expected = G1Point.Add(expected, G1Point.Multiply(point, scalar));
            G1Split.Decompose(point, scalar, parts.AsSpan(i * G1Split.Parts, G1Split.Parts), partScalars.AsSpan(i * G1Split.Parts, G1Split.Parts));
        }
        Assert.True(G1Point.AreEqual(expected, MultiScalarMultiplication<Fp, G1Curve>.Compute(parts, partScalars, G1Split.PartBits)));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(17)]
    public void G2Pippenger_OverEndomorphismParts_EqualsSumOfSingleMultiplications(int count)
    {
        var random = new Random(100 + count);
        var expected = G2Point.Infinity;
        var parts = new G2Point[count * G2Split.Parts];
        var partScalars = new UInt128[count * G2Split.Parts];
        for (var i = 0; i < count; i++)
        {
            var point = G2Point.Multiply(Generators.G2, RandomScalar(random));
            // A repeated point and a zero scalar exercise bucket collisions and empty parts.
            if (i == 1) point = G2Point.Negate(G2Point.Multiply(Generators.G2, [1]));
            var scalar = i == 2 ? new byte[32] : RandomScalar(random);
            expected = G2Point.Add(expected, G2Point.Multiply(point, scalar));
            G2Split.Decompose(point, scalar, parts.AsSpan(i * G2Split.Parts, G2Split.Parts), partScalars.AsSpan(i * G2Split.Parts, G2Split.Parts));
        }
        Assert.True(G2Point.AreEqual(expected, MultiScalarMultiplication<Fp2, G2Curve>.Compute(parts, partScalars, G2Split.PartBits)));
    }

    [Fact]
    public void Pippenger_OfOnlyZeroScalars_IsInfinity()
    {
        var parts = new[] { Generators.G1, Generators.G1, Generators.G1, Generators.G1 };
        Assert.True(MultiScalarMultiplication<Fp, G1Curve>.Compute(parts, new UInt128[4], 128).IsInfinity);
    }

    /// <summary>
    /// Buckets are filled by mixed Jacobian additions, which must special-case a bucket meeting the
    /// same point (doubling), its negation (infinity, then refilled) and points at infinity (skipped).
    /// </summary>
    [Fact]
    public void Pippenger_BucketsHandleEqualOppositeAndInfinitePoints()
    {
        var p = G1Point.Multiply(Generators.G1, [0x3c, 0x5a]);
        var projective = G1Point.Add(p, Generators.G1); // Z ≠ 1: made affine by the shared inversion
        var points = new[] { p, p, G1Point.Negate(p), G1Point.Infinity, p, projective, G1Point.Negate(projective), projective };
        var scalars = Enumerable.Repeat((UInt128)5, points.Length).ToArray();
        var expected = G1Point.Multiply(G1Point.Add(G1Point.Double(p), projective), [5]);
        Assert.True(G1Point.AreEqual(expected, MultiScalarMultiplication<Fp, G1Curve>.Compute(points, scalars, 8)));
    }
}
