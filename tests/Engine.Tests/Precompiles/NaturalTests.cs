using System.Numerics;
using Csevm.Precompiles.Crypto;

namespace Csevm.Tests.Precompiles;

/// <summary>modexp's multi-limb helpers against BigInteger.</summary>
public class NaturalTests
{
    private static ulong[] Limbs(BigInteger value, int count)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var limbs = new ulong[count];
        Natural.FromBigEndian(bytes, limbs);
        return limbs;
    }

    private static BigInteger Value(ReadOnlySpan<ulong> limbs)
    {
        var bytes = new byte[8 * limbs.Length];
        Natural.ToBigEndian(limbs, bytes);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    private static BigInteger Random(Random random, int limbs)
    {
        var bytes = new byte[8 * limbs + 1];
        random.NextBytes(bytes);
        bytes[^1] = 0;
        return new BigInteger(bytes);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(128)]
    public void Square_MatchesBigInteger(int n)
    {
        var random = new Random(n);
        var allOnes = (BigInteger.One << (64 * n)) - 1; // every cross product and diagonal carries
        foreach (var value in new[] { BigInteger.Zero, BigInteger.One, allOnes, allOnes >> 1, Random(random, n), Random(random, n) })
        {
            var square = new ulong[2 * n];
            new Random(1).NextBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(square.AsSpan())); // stale content must not leak in
            Natural.Square(Limbs(value, n), square);
            Assert.Equal(value * value, Value(square));
        }
    }

    [Fact]
    public void Remainder_MatchesBigInteger()
    {
        var random = new Random(3);
        for (int i = 0; i < 300; i++)
        {
            int n = 1 + i % 9, m = 1 + i * 7 % 20;
            var divisor = Random(random, n) | (BigInteger.One << (64 * n - 1 - i % 64));
            var numerator = Random(random, m);
            var remainder = new ulong[n];
            Natural.Remainder(Limbs(numerator, m), Limbs(divisor, n), remainder);
            Assert.Equal(numerator % divisor, Value(remainder));
        }
    }

    [Fact]
    public void MultiplyTruncated_KeepsTheLowLimbsEvenWithAShortOperand()
    {
        var random = new Random(5);
        for (int i = 0; i < 100; i++)
        {
            int n = 1 + i % 6;
            var a = Random(random, n);
            var b = Random(random, 1 + i % 3);
            var result = new ulong[n];
            Natural.MultiplyTruncated(Limbs(a, n), Limbs(b, 1 + i % 3), result);
            Assert.Equal(a * b % (BigInteger.One << (64 * n)), Value(result));
        }
    }

    [Fact]
    public void MultiplyAdd_IsExact()
    {
        var random = new Random(9);
        for (int i = 0; i < 100; i++)
        {
            var a = Random(random, 3);
            var b = Random(random, 2);
            var c = Random(random, 4);
            var result = new ulong[6];
            Natural.MultiplyAdd(Limbs(a, 3), Limbs(b, 2), Limbs(c, 4), result);
            Assert.Equal(a * b + c, Value(result));
        }
    }
}
