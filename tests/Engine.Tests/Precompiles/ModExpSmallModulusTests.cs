using System.Numerics;
using Csevm.Numerics;
using Csevm.Precompiles;
using Csevm.Precompiles.Crypto;
using Csevm.Spec;

namespace Csevm.Tests.Precompiles;

/// <summary>
/// Moduli of up to four limbs take rings of their own (one word, four unrolled limbs) with their
/// working numbers on the stack, for every exponent length: each is checked against
/// BigInteger.ModPow, the declared lengths and the significant ones differing.
/// </summary>
public class ModExpSmallModulusTests
{
    private static readonly BigInteger R = BigInteger.One << 256;

    public static TheoryData<string> EdgeModuli => new()
    {
        "1", "2", "3", "ff", "100", "ffffffffffffffff", "10000000000000001",
        "100000000000000000000000000000001",                                   // 2^128 + 1: three limbs
        "ffffffffffffffffffffffffffffffffffffffffffffffff",                   // 2^192 - 1
        "1000000000000000000000000000000000000000000000001",                  // 2^192 + 1: top limb 1
        "7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",   // 2^255 - 1
        "8000000000000000000000000000000000000000000000000000000000000001",   // 2^255 + 1: the bit above 256 in REDC
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff43",   // 2^256 - 189, prime
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",   // 2^256 - 1
        "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe",   // even, 2·odd
        "8000000000000000000000000000000000000000000000000000000000000000",   // 2^255
        "c000000000000000000000000000000000000000000000000000000000000000",   // 3·2^254
    };

    [Theory]
    [MemberData(nameof(EdgeModuli))]
    public void EdgeModuli_MatchBigIntegerModPow_ForEveryKindOfBaseAndExponent(string modulusHex)
    {
        var m = BigInteger.Parse("0" + modulusHex, System.Globalization.NumberStyles.HexNumber);
        var random = new Random(modulusHex.Length);
        var bases = new[] { BigInteger.Zero, BigInteger.One, m - 1, m, m + 1, 2 * m + 3, R - 1, Random(random, 40) };
        var exponents = new[] { BigInteger.Zero, BigInteger.One, 2, 3, 0xffff, 0x10000, 0xffffffff, R - 1, Random(random, 33) };
        foreach (var b in bases)
            foreach (var e in exponents)
                AssertMatchesBigInteger(BigInteger.Abs(b), e, m, declaredModulusLength: 32 + (int)(e % 3));
    }

    [Fact]
    public void RandomModuliOfOneToForty_Bytes_MatchBigIntegerModPow()
    {
        var random = new Random(7823);
        for (int size = 1; size <= 40; size++)
        {
            for (int i = 0; i < 12; i++)
            {
                var m = Random(random, size);
                if (i % 2 == 0) m |= 1;                                    // odd: Montgomery alone
                else m = (m | 1) << random.Next(8 * size) & ((BigInteger.One << (8 * size)) - 1); // even: split by CRT
                int exponentLength = new[] { 0, 1, 2, 4, 9, 32, 33 }[i % 7];
                var e = Random(random, exponentLength);
                var b = Random(random, random.Next(0, 2 * size + 2));
                AssertMatchesBigInteger(b, e, m, declaredModulusLength: size + i % 3);
            }
        }
    }

    [Fact]
    public void ZeroLengthFields_ReadAsZero()
    {
        var m = new BigInteger(1_000_003);
        AssertMatchesBigInteger(BigInteger.Zero, BigInteger.Zero, m, declaredModulusLength: 8, baseLength: 0, exponentLength: 0);
        AssertMatchesBigInteger(BigInteger.Zero, 5, m, declaredModulusLength: 8, baseLength: 0);
        AssertMatchesBigInteger(12345, BigInteger.Zero, m, declaredModulusLength: 8, exponentLength: 0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(32)]
    public void ZeroModulus_GivesZerosOfTheDeclaredLength(int length)
    {
        Assert.True(ModExpPrecompile.Instance.TryRun(ModExpPrecompileTests.Encode(7, 3, 0, 1, 1, length), Revision.Osaka, out var output));
        Assert.Equal(new byte[length], output);
    }

    [Theory]
    [MemberData(nameof(EdgeModuli))]
    public void Montgomery256ProductAndSquare_AreTheProductTimesTheInverseOfR(string modulusHex)
    {
        var m = BigInteger.Parse("0" + modulusHex, System.Globalization.NumberStyles.HexNumber);
        if (m.IsEven || m >= R) return; // the ring is for odd moduli below 2^256
        var ring = new Montgomery256Multiplier(UInt256.FromBigInteger(m));
        var rInverse = ModInverse(R % m, m);
        var random = new Random(modulusHex.Length);
        var values = new[] { BigInteger.Zero, BigInteger.One, m - 1, m - 2, Random(random, 32) % m, Random(random, 32) % m }
            .Where(v => v.Sign >= 0 && v < m).ToArray(); // the ring's operands are residues
        foreach (var a in values)
            foreach (var b in values)
            {
                var product = ring.Multiply(UInt256.FromBigInteger(a), UInt256.FromBigInteger(b));
                Assert.Equal(a * b * rInverse % m, (BigInteger)product);
            }
        foreach (var a in values)
        {
            var limbs = UInt256.FromBigInteger(a);
            Assert.Equal(a * a * rInverse % m, (BigInteger)ring.Square(limbs));
            var span = new[] { limbs.U0, limbs.U1, limbs.U2, limbs.U3 };
            ring.Multiply(span, span, span); // the same limbs twice: the squaring path
            Assert.Equal(a * a * rInverse % m, (BigInteger)new UInt256(span[0], span[1], span[2], span[3]));
        }
    }

    [Fact]
    public void Montgomery256_RefusesAnEvenModulus() =>
        Assert.Throws<ArgumentException>(() => new Montgomery256Multiplier(new UInt256(4, 0, 0, 1)));

    /// <summary>x⁻¹ mod m by the extended Euclidean algorithm (x and m coprime; 0 when m is 1).</summary>
    private static BigInteger ModInverse(BigInteger x, BigInteger m)
    {
        BigInteger r0 = m, r1 = x, t0 = 0, t1 = 1;
        while (!r1.IsZero)
        {
            var q = r0 / r1;
            (r0, r1) = (r1, r0 - q * r1);
            (t0, t1) = (t1, t0 - q * t1);
        }
        return ((t0 % m) + m) % m;
    }

    private static void AssertMatchesBigInteger(BigInteger b, BigInteger e, BigInteger m, int declaredModulusLength, int? baseLength = null, int? exponentLength = null)
    {
        int ml = Math.Max(declaredModulusLength, m.GetByteCount(isUnsigned: true));
        int bl = baseLength ?? b.GetByteCount(isUnsigned: true);
        int el = exponentLength ?? e.GetByteCount(isUnsigned: true);
        Assert.True(ModExpPrecompile.Instance.TryRun(ModExpPrecompileTests.Encode(b, e, m, bl, el, ml), Revision.Osaka, out var output));
        var expected = m.IsZero ? BigInteger.Zero : BigInteger.ModPow(b, e, m);
        Assert.Equal(ml, output.Length);
        Assert.Equal(expected, new BigInteger(output, isUnsigned: true, isBigEndian: true));
    }

    private static BigInteger Random(Random random, int bytes)
    {
        var buffer = new byte[bytes];
        random.NextBytes(buffer);
        return new BigInteger(buffer, isUnsigned: true);
    }
}
