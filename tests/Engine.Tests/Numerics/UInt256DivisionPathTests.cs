using System.Numerics;
using Csevm.Numerics;

namespace Csevm.Tests.Numerics;

/// <summary>
/// Drives every path of the division: each combination of divisor and dividend limb counts with
/// the normalising shift at 0, 63 and in between, the reciprocal edge divisors, power-of-two
/// divisors, and dividends built to reach Knuth's two rare steps (a window whose top equals the
/// divisor's top, and an estimate one too large that needs the divisor added back).
/// </summary>
public class UInt256DivisionPathTests
{
    private const int CasesPerShape = 1_000;

    public static TheoryData<int, int> LimbCounts
    {
        get
        {
            var data = new TheoryData<int, int>();
            for (int divisorLimbs = 1; divisorLimbs <= 4; divisorLimbs++)
                for (int dividendLimbs = 1; dividendLimbs <= 4; dividendLimbs++)
                    data.Add(divisorLimbs, dividendLimbs);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(LimbCounts))]
    public void DivRem_EveryDivisorAndDividendLimbCountAndShift_MatchesBigInteger(int divisorLimbs, int dividendLimbs)
    {
        var random = Operands.NewRandom(300 + 10 * divisorLimbs + dividendLimbs);
        // Top limbs of 64 bits need no normalising shift, of 1 bit the largest (63); then any width.
        foreach (int topBits in new[] { 64, 1, -1 })
            for (int i = 0; i < CasesPerShape; i++)
            {
                var b = random.NextWithLimbs(divisorLimbs, topBits > 0 ? topBits : random.Next(1, 65));
                var a = random.NextWithLimbs(dividendLimbs, random.Next(1, 65));
                AssertDivision(a, b);
            }
    }

    [Fact]
    public void DivRem_ReciprocalEdgeDivisors_MatchBigInteger()
    {
        var random = Operands.NewRandom(310);
        var dividends = Operands.Edges.Concat(Enumerable.Range(0, 300).Select(_ => random.NextMixedWidth())).ToArray();
        foreach (var b in EdgeDivisors())
        {
            foreach (var a in dividends) AssertDivision(a, b);
            // Exact multiples and their neighbours put the remainder at 0 and at b - 1.
            for (int i = 0; i < 200; i++)
            {
                var maxQuotient = (Operands.Modulus - 1) / b.ToBigInteger();
                var q = random.NextMixedWidth().ToBigInteger() % (maxQuotient + 1);
                var multiple = q * b.ToBigInteger();
                foreach (var a in new[] { multiple, multiple - 1, multiple + 1 })
                    if (a.Sign >= 0 && a < Operands.Modulus) AssertDivision(UInt256.FromBigInteger(a), b);
            }
        }
    }

    [Fact]
    public void DivRem_PowerOfTwoDivisors_AreShiftAndMask()
    {
        var random = Operands.NewRandom(311);
        for (int k = 0; k < 256; k++)
        {
            var b = UInt256.One << k;
            foreach (var a in Operands.NamedEdges.Concat(Enumerable.Range(0, 100).Select(_ => random.NextMixedWidth())))
            {
                AssertDivision(a, b);
                UInt256.DivRem(a, b, out var quotient, out var remainder);
                Assert.Equal(a >> k, quotient);
                Assert.Equal(a & (b - UInt256.One), remainder);
            }
        }
    }

    [Fact]
    public void DivRem_WindowTopEqualsDivisorTop_MatchesBigInteger()
    {
        // With three-limb divisors m, the dividend (m - k) * 2^64 + low leaves the partial remainder
        // m - k after the first quotient limb, whose top two normalised limbs equal m's: the quotient
        // limb there is exactly 2^64 - 1, outside the 3-by-2 step's domain.
        var random = Operands.NewRandom(312);
        for (int i = 0; i < 5_000; i++)
        {
            // m odd and k no larger than m's bits that the normalising shift keeps below the top two limbs.
            var m = random.NextWithLimbs(3, i % 3 == 0 ? 64 : i % 3 == 1 ? 1 : random.Next(1, 65)).ToBigInteger() | 1;
            int shift = 192 - (int)m.GetBitLength();
            var belowTop = m & ((BigInteger.One << (64 - shift)) - 1);
            var partial = m - 1 - random.NextMixedWidth().ToBigInteger() % belowTop;
            var a = partial * (BigInteger.One << 64) + (ulong)random.NextInt64();
            Assert.Equal(TopTwoNormalisedLimbs(m, m, 3), TopTwoNormalisedLimbs(partial, m, 3));
            AssertDivision(UInt256.FromBigInteger(a), UInt256.FromBigInteger(m));
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void DivRem_EstimateOneTooLarge_AddsTheDivisorBack(int divisorLimbs)
    {
        // A divisor whose limbs below the top two are all ones and the dividend q * d - 1: the top
        // limbs alone suggest q, the true quotient is q - 1 with remainder d - 1.
        var random = Operands.NewRandom(313 + divisorLimbs);
        var lowOnes = (BigInteger.One << (64 * (divisorLimbs - 2))) - 1;
        for (int i = 0; i < 5_000; i++)
        {
            int topBits = i % 3 == 0 ? 64 : i % 3 == 1 ? 1 : random.Next(1, 65);
            var d = (random.NextWithLimbs(divisorLimbs, topBits).ToBigInteger() | lowOnes);
            var maxQuotient = BigInteger.Min((Operands.Modulus - 1) / d, ulong.MaxValue);
            if (maxQuotient < 2) continue;
            var q = 2 + random.NextMixedWidth().ToBigInteger() % (maxQuotient - 1);
            var a = q * d - 1;
            Assert.Equal(q, Estimate(a, d, divisorLimbs));
            AssertDivision(UInt256.FromBigInteger(a), UInt256.FromBigInteger(d));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public unsafe void DivideLimbs_WideDividends_GiveQuotientAndRemainder(int divisorLimbs)
    {
        // The limb routine behind MULMOD, with the quotient kept: 512-bit dividends, random and of
        // the form (d - k) * 2^(64j) whose later windows start with the divisor's top two limbs.
        var random = Operands.NewRandom(314 + divisorLimbs);
        ulong* u = stackalloc ulong[9];
        ulong* d = stackalloc ulong[5];
        ulong* quotient = stackalloc ulong[8];
        ulong* remainder = stackalloc ulong[4];
        for (int i = 0; i < 3_000; i++)
        {
            var divisor = random.NextWithLimbs(divisorLimbs, i % 3 == 0 ? 64 : i % 3 == 1 ? 1 : random.Next(1, 65)) | UInt256.One;
            var big = divisor.ToBigInteger();
            BigInteger dividend = i % 2 == 0
                ? random.NextMixedWidth().ToBigInteger() << 256 | random.NextMixedWidth().ToBigInteger()
                : (big - 1) << (64 * random.Next(1, 9 - divisorLimbs));
            int length = (int)((dividend.GetBitLength() + 63) / 64);
            if (length < divisorLimbs) continue;
            for (int k = 0; k < 8; k++) u[k] = (ulong)((dividend >> (64 * k)) & ulong.MaxValue);
            for (int k = 0; k < 4; k++) d[k] = divisor.Limb(k);
            for (int k = 0; k < 8; k++) quotient[k] = 0;
            for (int k = 0; k < 4; k++) remainder[k] = 0;
            UInt256.DivideLimbs(u, length, d, divisorLimbs, quotient, remainder);
            var expectedQuotient = BigInteger.DivRem(dividend, big, out var expectedRemainder);
            BigInteger gotQuotient = 0, gotRemainder = 0;
            for (int k = 7; k >= 0; k--) gotQuotient = gotQuotient << 64 | quotient[k];
            for (int k = 3; k >= 0; k--) gotRemainder = gotRemainder << 64 | remainder[k];
            Assert.Equal(expectedQuotient, gotQuotient);
            Assert.Equal(expectedRemainder, gotRemainder);
        }
    }

    /// <summary>Divisors where the reciprocals and the normalising shift are at their ends, for every limb count.</summary>
    private static IEnumerable<UInt256> EdgeDivisors()
    {
        for (int limbs = 1; limbs <= 4; limbs++)
        {
            var unit = BigInteger.One << (64 * (limbs - 1));
            var values = new[]
            {
                unit << 63, (unit << 63) + 1, (unit << 63) - 1, (unit << 64) - 1, (unit << 64) - unit,
                unit + 1, unit * 3, (unit << 63) + (unit >> 1), (unit << 62) + 1,
            };
            foreach (var value in values)
                if (value > 1 && value < Operands.Modulus) yield return UInt256.FromBigInteger(value);
        }
    }

    /// <summary>The divisor's normalising shift applied to value; then its limbs from n - 2 up.</summary>
    private static BigInteger TopTwoNormalisedLimbs(BigInteger value, BigInteger divisor, int n)
    {
        int shift = 64 * n - (int)divisor.GetBitLength();
        return (value << shift) >> (64 * (n - 2));
    }

    /// <summary>The 3-by-2 estimate for a one-limb quotient: the top three of the n + 1 normalised limbs over the top two of d.</summary>
    private static BigInteger Estimate(BigInteger a, BigInteger d, int n)
    {
        int shift = 64 * n - (int)d.GetBitLength();
        return ((a << shift) >> (64 * (n - 2))) / ((d << shift) >> (64 * (n - 2)));
    }

    private static void AssertDivision(UInt256 a, UInt256 b)
    {
        var dividend = a.ToBigInteger();
        var divisor = b.ToBigInteger();
        var expectedQuotient = BigInteger.DivRem(dividend, divisor, out var expectedRemainder);
        UInt256.DivRem(a, b, out var quotient, out var remainder);
        UInt256.Divide(a, b, out var divided);
        UInt256.Mod(a, b, out var modded);
        if (quotient.ToBigInteger() != expectedQuotient || remainder.ToBigInteger() != expectedRemainder
            || divided != quotient || modded != remainder)
            Assert.Fail($"a={a} b={b}: expected {UInt256.FromBigInteger(expectedQuotient)} rem {UInt256.FromBigInteger(expectedRemainder)}, "
                + $"got {quotient} rem {remainder} (Divide {divided}, Mod {modded})");
    }
}
