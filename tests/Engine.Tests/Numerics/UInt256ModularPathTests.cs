using System.Numerics;
using Csevm.Numerics;

namespace Csevm.Tests.Numerics;

/// <summary>
/// Drives every path of ADDMOD and MULMOD: moduli of each limb count with the normalising shift at
/// 0, 63 and in between; operands below m, just above it and far above it (ADDMOD's conditional
/// subtractions and its general reduction); products below m; power-of-two moduli; and products
/// that reach Knuth's rare steps in the 512-bit reduction.
/// </summary>
public class UInt256ModularPathTests
{
    private const int CasesPerShape = 1_500;
    private static readonly BigInteger Limb = BigInteger.One << 64;

    public static TheoryData<int> ModulusLimbCounts => new(1, 2, 3, 4);

    [Theory]
    [MemberData(nameof(ModulusLimbCounts))]
    public void MulMod_EveryModulusLimbCountAndShift_MatchesBigInteger(int modulusLimbs)
    {
        var random = Operands.NewRandom(400 + modulusLimbs);
        foreach (int topBits in new[] { 64, 1, -1 })
            for (int i = 0; i < CasesPerShape; i++)
            {
                var m = random.NextWithLimbs(modulusLimbs, topBits > 0 ? topBits : random.Next(1, 65));
                var a = random.NextWithLimbs(random.Next(1, 5), random.Next(1, 65));
                var b = random.NextWithLimbs(random.Next(1, 5), random.Next(1, 65));
                AssertMulMod(a, b, m);
                AssertMulMod(a, UInt256.MaxValue, m);
                AssertMulMod(m - UInt256.One, m - UInt256.One, m);
            }
    }

    [Theory]
    [MemberData(nameof(ModulusLimbCounts))]
    public void AddMod_EveryModulusLimbCountAndOperandSize_MatchesBigInteger(int modulusLimbs)
    {
        var random = Operands.NewRandom(410 + modulusLimbs);
        foreach (int topBits in new[] { 64, 1, -1 })
            for (int i = 0; i < CasesPerShape; i++)
            {
                var m = random.NextWithLimbs(modulusLimbs, topBits > 0 ? topBits : random.Next(1, 65));
                var operands = NearModulus(m, random).ToArray();
                var a = operands[random.Next(operands.Length)];
                var b = operands[random.Next(operands.Length)];
                AssertAddMod(a, b, m);
            }
    }

    [Fact]
    public void AddMod_OperandsAtTheEndsOfTheConditionalSubtraction_MatchBigInteger()
    {
        // With a 4-limb modulus and operand tops not above its top limb, each operand is below 2m:
        // m - 1, m, m + 1, 2m - 1 and the largest value with the modulus's top limb.
        var random = Operands.NewRandom(420);
        for (int i = 0; i < 3_000; i++)
        {
            var m = random.NextWithLimbs(4, i % 3 == 0 ? 64 : i % 3 == 1 ? 1 : random.Next(1, 65));
            var sameTop = new UInt256(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, m.U3);
            var twice = m.ToBigInteger() * 2 - 1;
            var operands = new[] { UInt256.Zero, m - UInt256.One, m, m + UInt256.One, sameTop }
                .Concat(twice < Operands.Modulus ? new[] { UInt256.FromBigInteger(twice) } : Array.Empty<UInt256>()).ToArray();
            foreach (var a in operands)
                foreach (var b in operands)
                    AssertAddMod(a, b, m);
        }
    }

    [Fact]
    public void MulMod_ProductBelowModulus_IsTheProduct()
    {
        var random = Operands.NewRandom(421);
        for (int i = 0; i < 5_000; i++)
        {
            var m = random.NextWithLimbs(random.Next(2, 5), random.Next(1, 65));
            int bits = m.BitLength;
            var a = random.NextWithBitLength(random.Next(1, bits / 2 + 1));
            var b = random.NextWithBitLength(random.Next(1, bits - a.BitLength + 1));
            if (a.ToBigInteger() * b.ToBigInteger() >= m.ToBigInteger()) continue;
            UInt256.MulMod(a, b, m, out var result);
            Assert.Equal(a * b, result);
        }
    }

    [Fact]
    public void PowerOfTwoModuli_KeepTheLowBits()
    {
        var random = Operands.NewRandom(422);
        for (int k = 0; k < 256; k++)
        {
            var m = UInt256.One << k;
            for (int i = 0; i < 60; i++)
            {
                var a = random.NextMixedWidth();
                var b = random.NextMixedWidth();
                AssertMulMod(a, b, m);
                AssertAddMod(a, b, m);
            }
        }
    }

    [Fact]
    public void MulMod_ReductionStepsWithTopEqualToModulusOrAddBack_MatchBigInteger()
    {
        // The product r * 2^(64k) of r = m - small: a later window's top two limbs equal m's. The
        // product (q * m - 1) * 2^(64k) for m with all-ones lower limbs: one window's estimate is
        // one too large (see UInt256DivisionPathTests for both constructions).
        var random = Operands.NewRandom(423);
        var lowOnes = Limb * Limb - 1;
        for (int i = 0; i < 4_000; i++)
        {
            int topBits = i % 3 == 0 ? 64 : i % 3 == 1 ? 1 : random.Next(1, 65);
            var shiftLimbs = UInt256.One << (64 * random.Next(1, 4));

            var m = random.NextWithLimbs(4, topBits) | UInt256.One;
            var belowTop = m.ToBigInteger() & ((BigInteger.One << (64 + topBits)) - 1);
            var partial = UInt256.FromBigInteger(m.ToBigInteger() - 1 - random.NextMixedWidth().ToBigInteger() % belowTop);
            AssertMulMod(partial, shiftLimbs, m);

            var d = UInt256.FromBigInteger(m.ToBigInteger() | lowOnes);
            var maxQuotient = (Operands.Modulus - 1) / d.ToBigInteger();
            if (maxQuotient < 2) continue;
            var q = 2 + random.NextMixedWidth().ToBigInteger() % (maxQuotient - 1);
            AssertMulMod(UInt256.FromBigInteger(q * d.ToBigInteger() - 1), shiftLimbs, d);
        }
    }

    /// <summary>Operands around m: below it, at it, just and far above it, up to the largest word.</summary>
    private static IEnumerable<UInt256> NearModulus(UInt256 m, Random random)
    {
        var modulus = m.ToBigInteger();
        var candidates = new[]
        {
            BigInteger.Zero, modulus - 1, modulus, modulus + 1, 2 * modulus - 1, 2 * modulus, 3 * modulus + 7,
            random.NextMixedWidth().ToBigInteger() % modulus, modulus + random.NextMixedWidth().ToBigInteger() % modulus,
            random.NextMixedWidth().ToBigInteger(), Operands.Modulus - 1,
        };
        return candidates.Where(c => c < Operands.Modulus).Select(UInt256.FromBigInteger);
    }

    private static void AssertMulMod(UInt256 a, UInt256 b, UInt256 m)
    {
        UInt256.MulMod(a, b, m, out var result);
        var expected = a.ToBigInteger() * b.ToBigInteger() % m.ToBigInteger();
        if (result.ToBigInteger() != expected)
            Assert.Fail($"MulMod a={a} b={b} m={m}: expected {UInt256.FromBigInteger(expected)}, got {result}");
    }

    private static void AssertAddMod(UInt256 a, UInt256 b, UInt256 m)
    {
        UInt256.AddMod(a, b, m, out var result);
        var expected = (a.ToBigInteger() + b.ToBigInteger()) % m.ToBigInteger();
        if (result.ToBigInteger() != expected)
            Assert.Fail($"AddMod a={a} b={b} m={m}: expected {UInt256.FromBigInteger(expected)}, got {result}");
    }
}
