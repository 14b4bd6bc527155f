using System.Numerics;
using Csevm.Numerics;

namespace Csevm.Tests.Numerics;

/// <summary>
/// The Möller–Granlund primitives on their own, against their BigInteger definitions: the reciprocals
/// of normalised divisors and the 2-by-1 and 3-by-2 quotient steps (the latter also without a
/// reciprocal), over the edge divisors (2^63, 2^63 + 1, 2^64 - 1, ...) and numerators at the ends
/// of each step's domain, then random ones.
/// </summary>
public class UInt256DivisionStepTests
{
    private static readonly BigInteger Limb = BigInteger.One << 64;

    private static readonly ulong[] EdgeNormalisedLimbs =
    {
        1UL << 63, (1UL << 63) + 1, (1UL << 63) + 2, (1UL << 63) | (1UL << 62), 0xC000_0000_0000_0001,
        ulong.MaxValue - 2, ulong.MaxValue - 1, ulong.MaxValue,
    };

    private static readonly ulong[] EdgeLimbs = { 0, 1, 2, 1UL << 63, (1UL << 63) - 1, ulong.MaxValue - 1, ulong.MaxValue };

    [Fact]
    public void Reciprocal2By1_IsFloorOf2To128Minus1OverDivisorMinus2To64()
    {
        foreach (ulong d in NormalisedLimbs(101, 20_000))
        {
            var expected = ((BigInteger.One << 128) - 1) / d - Limb;
            Assert.Equal(expected, new BigInteger(UInt256.Reciprocal2By1(d)));
        }
    }

    /// <summary>
    /// Two-limb divisors for which the reciprocal's last correction is decided by the low limbs (its
    /// middle limb lands exactly on d1): about one random divisor in 2^64 does this, so these were
    /// found by solving for d0 given d1.
    /// </summary>
    private static readonly (ulong D1, ulong D0)[] LowLimbDecidedDivisors =
    {
        (0x82f4b342742a8063, 0x8aaf31e7e1dbc7e5), (0x823a80a22ed51b12, 0x96334d44713de523),
        (0x933ad73dee1fdde0, 0xe9c44faa42ce48af), (0x869e87dc22dd113c, 0xb45a30936ce69994),
        (0x8c6f2fcc87dd58d9, 0xc6e902e0aa1756e1),
    };

    [Fact]
    public void Reciprocal3By2_IsFloorOf2To192Minus1OverDivisorMinus2To64()
    {
        var random = Operands.NewRandom(102);
        var divisors = NormalisedLimbs(103, 10_000)
            .SelectMany(d1 => EdgeLimbs.Append(NextLimb(random)).Select(d0 => (d1, d0)))
            .Concat(LowLimbDecidedDivisors);
        foreach (var (d1, d0) in divisors)
        {
            var divisor = d1 * Limb + d0;
            var expected = ((BigInteger.One << 192) - 1) / divisor - Limb;
            Assert.Equal(expected, new BigInteger(UInt256.Reciprocal3By2(d1, d0)));
        }
    }

    [Fact]
    public void DivRem2By1_MatchesBigIntegerOverItsWholeDomain()
    {
        var random = Operands.NewRandom(104);
        foreach (ulong d in NormalisedLimbs(105, 4_000))
        {
            ulong v = UInt256.Reciprocal2By1(d);
            // The domain is u1 < d: its ends, then random high limbs below d.
            foreach (ulong u1 in new[] { 0UL, 1UL, d - 1, d - 2, d >> 1, NextLimb(random) % d })
                foreach (ulong u0 in EdgeLimbs.Append(NextLimb(random)))
                {
                    ulong quotient = UInt256.DivRem2By1(u1, u0, d, v, out ulong remainder);
                    var dividend = u1 * Limb + u0;
                    Assert.Equal(dividend / d, new BigInteger(quotient));
                    Assert.Equal(dividend % d, new BigInteger(remainder));
                }
        }
    }

    [Fact]
    public void DivRem3By2_WithAndWithoutReciprocal_MatchesBigIntegerOverItsWholeDomain()
    {
        var random = Operands.NewRandom(106);
        var divisors = NormalisedLimbs(107, 1_500)
            .SelectMany(d1 => EdgeLimbs.Append(NextLimb(random)).Select(d0 => (d1, d0)))
            .Concat(LowLimbDecidedDivisors);
        foreach (var (d1, d0) in divisors)
        {
            ulong v = UInt256.Reciprocal3By2(d1, d0);
            var divisor = d1 * Limb + d0;
            // The domain is (u2, u1) < (d1, d0): its ends, then random tops below the divisor.
            var top = (BigInteger)NextLimb(random) * Limb + NextLimb(random);
            foreach (var u21 in new[] { BigInteger.Zero, BigInteger.One, divisor - 1, divisor - 2, divisor >> 1, divisor - Limb, top % divisor })
                foreach (ulong u0 in EdgeLimbs.Append(NextLimb(random)))
                {
                    ulong u2 = (ulong)(u21 >> 64), u1 = (ulong)(u21 & ulong.MaxValue);
                    ulong quotient = UInt256.DivRem3By2(u2, u1, u0, d1, d0, v, out ulong r1, out ulong r0);
                    var dividend = u21 * Limb + u0;
                    Assert.Equal(dividend / divisor, new BigInteger(quotient));
                    Assert.Equal(dividend % divisor, r1 * Limb + r0);
                    ulong direct = UInt256.DivRem3By2Direct(u2, u1, u0, d1, d0, out ulong directR1, out ulong directR0);
                    Assert.Equal(quotient, direct);
                    Assert.Equal((r1, r0), (directR1, directR0));
                }
        }
    }

    /// <summary>Every edge normalised limb, then random limbs with the top bit set.</summary>
    private static IEnumerable<ulong> NormalisedLimbs(int seed, int randomCount)
    {
        foreach (ulong d in EdgeNormalisedLimbs) yield return d;
        var random = Operands.NewRandom(seed);
        for (int i = 0; i < randomCount; i++) yield return NextLimb(random) | (1UL << 63);
    }

    private static ulong NextLimb(Random random) => (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);
}
