using System.Numerics;
using Csevm.Precompiles;
using Csevm.Spec;
using static Csevm.Tests.Precompiles.PrecompileTestHelpers;

namespace Csevm.Tests.Precompiles;

public class ModExpPrecompileTests
{
    private static string Word(BigInteger value) => value.ToString("x64")[^64..];

    /// <summary>A modexp input: the three lengths as words, then each number left-padded to its length.</summary>
    internal static byte[] Encode(BigInteger b, BigInteger e, BigInteger m, int bl, int el, int ml)
    {
        var bytes = new List<byte>();
        foreach (var length in new[] { bl, el, ml }) bytes.AddRange(Convert.FromHexString(Word(length)));
        foreach (var (value, length) in new[] { (b, bl), (e, el), (m, ml) })
        {
            var be = value.IsZero ? [] : value.ToByteArray(isUnsigned: true, isBigEndian: true);
            bytes.AddRange(new byte[length - be.Length]);
            bytes.AddRange(be);
        }
        return bytes.ToArray();
    }

    private static BigInteger Random(Random random, int bytes)
    {
        var buffer = new byte[bytes + 1];
        random.NextBytes(buffer);
        buffer[^1] = 0;
        return new BigInteger(buffer);
    }

    private static void AssertMatchesBigInteger(BigInteger b, BigInteger e, BigInteger m, int bl, int el, int ml)
    {
        Assert.True(ModExpPrecompile.Instance.TryRun(Encode(b, e, m, bl, el, ml), Revision.Cancun, out var output));
        var expected = m.IsZero ? BigInteger.Zero : BigInteger.ModPow(b, e, m);
        Assert.Equal(ml, output.Length);
        Assert.Equal(expected, new BigInteger(output, isUnsigned: true, isBigEndian: true));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(32)]
    [InlineData(64)]
    [InlineData(100)]
    [InlineData(256)]
    public void OddModulus_MatchesBigIntegerModPow(int size)
    {
        var random = new Random(size);
        for (int i = 0; i < 20; i++)
        {
            var m = Random(random, size) | 1;
            AssertMatchesBigInteger(Random(random, size + 3), Random(random, 1 + i % 40), m, size + 3, 1 + i % 40, size);
        }
    }

    [Theory]
    [InlineData("3")]
    [InlineData("18446744073709551557")] // 2^64 - 59: REDC's intermediate exceeds 64 bits
    [InlineData("18446744073709551615")] // 2^64 - 1
    [InlineData("9223372036854775809")]  // 2^63 + 1
    public void SingleWordOddModulus_MatchesBigIntegerModPow(string modulus)
    {
        var m = BigInteger.Parse(modulus);
        var random = new Random(modulus.Length);
        for (int i = 0; i < 30; i++)
            AssertMatchesBigInteger(Random(random, 9), Random(random, 1 + i % 32), m, 9, 1 + i % 32, 8);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(33)]
    [InlineData(96)]
    [InlineData(200)]
    public void EvenModulus_MatchesBigIntegerModPow(int size)
    {
        var random = new Random(1000 + size);
        for (int i = 0; i < 20; i++)
        {
            // Shifts spread across limb boundaries, including all-but-one bit of the modulus.
            var m = ((Random(random, size) | 1) << (i * 13 % (8 * size - 8))) & ((BigInteger.One << (8 * size)) - 1);
            AssertMatchesBigInteger(Random(random, size), Random(random, 1 + i % 33), m, size, 1 + i % 33, size);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(64)]
    [InlineData(1024)]
    public void ShortExponents_ReducedDirectly_MatchBigIntegerModPow(int size)
    {
        // Exponents below 2^16 take the multiply-and-reduce ring for every kind of modulus.
        var random = new Random(2000 + size);
        for (int i = 0; i < 24; i++)
        {
            var m = (i % 3) switch
            {
                0 => Random(random, size) | 1,
                1 => (Random(random, size) | 1) << (i % (8 * size)) & ((BigInteger.One << (8 * size)) - 1),
                _ => BigInteger.One << (i * 7 % (8 * size)),
            };
            if (m.IsZero) m = 1;
            var e = i < 4 ? new BigInteger(i) : (BigInteger)(random.Next(1 << (i % 17)) | (1 << (i % 16)));
            AssertMatchesBigInteger(Random(random, size + 2), e, m, size + 2, 2, size);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(1000)]
    public void PowerOfTwoModulus_MatchesBigIntegerModPow(int bits)
    {
        var random = new Random(bits);
        var m = BigInteger.One << bits;
        int size = m.GetByteCount(isUnsigned: true);
        for (int i = 0; i < 10; i++)
            AssertMatchesBigInteger(Random(random, size + 5), Random(random, 20), m, size + 5, 20, size);
    }

    [Theory]
    [InlineData("", "", "0x")]                    // empty modulus: empty output
    [InlineData("00", "00", "01")]                // 0^0 mod 1 = 0
    [InlineData("", "", "0002")]                  // 0^0 mod 2 = 1
    [InlineData("05", "00", "0007")]              // x^0 = 1
    [InlineData("05", "03", "0000")]              // modulus zero: zeros
    [InlineData("00", "05", "07")]                // 0^e = 0
    [InlineData("ff", "ff", "01")]                // modulus one: zero
    public void EdgeValues_FollowEip198(string b, string e, string m)
    {
        var modulus = m == "0x" ? "" : m;
        var input = Word(b.Length / 2) + Word(e.Length / 2) + Word(modulus.Length / 2) + b + e + modulus;
        var expected = modulus.Length == 0 ? BigInteger.Zero : new BigInteger(Convert.FromHexString(modulus), isUnsigned: true, isBigEndian: true);
        var (success, output) = Run(ModExpPrecompile.Instance, input, Revision.Byzantium);
        Assert.True(success);
        Assert.Equal(modulus.Length, output.Length);
        if (expected.IsZero) return;
        var value = BigInteger.ModPow(new BigInteger(Convert.FromHexString(b), true, true), new BigInteger(Convert.FromHexString(e), true, true), expected);
        Assert.Equal(value, new BigInteger(Convert.FromHexString(output), true, true));
    }

    [Fact]
    public void Eip198Example_FermatLittleTheoremGivesOne()
    {
        const string input = "0000000000000000000000000000000000000000000000000000000000000001"
            + "0000000000000000000000000000000000000000000000000000000000000020"
            + "0000000000000000000000000000000000000000000000000000000000000020"
            + "03"
            + "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2e"
            + "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f";
        Assert.Equal((true, Word(1)), Run(ModExpPrecompile.Instance, input, Revision.Byzantium));
        Assert.Equal(13056, Gas(ModExpPrecompile.Instance, input, Revision.Byzantium));
        Assert.Equal(1360, Gas(ModExpPrecompile.Instance, input, Revision.Berlin));
        Assert.Equal(4080, Gas(ModExpPrecompile.Instance, input, Revision.Osaka));
    }

    [Fact]
    public void Eip198Example_ZeroBaseGivesZero()
    {
        const string input = "0000000000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000020"
            + "0000000000000000000000000000000000000000000000000000000000000020"
            + "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2e"
            + "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f";
        Assert.Equal((true, Word(0)), Run(ModExpPrecompile.Instance, input, Revision.Byzantium));
    }

    [Fact]
    public void ModulusPartlyPastTheInput_IsRightPaddedWithZeros()
    {
        // modulus declared 4 bytes, only 0x0100 present: m = 0x01000000.
        var input = Convert.FromHexString(Word(1) + Word(1) + Word(4) + "03" + "05" + "0100");
        Assert.True(ModExpPrecompile.Instance.TryRun(input, Revision.Berlin, out var output));
        Assert.Equal("000000f3", Convert.ToHexStringLower(output));
    }

    [Fact]
    public void BaseCutByTheEndOfInput_LeavesAZeroModulusAndZeroOutput()
    {
        var input = Convert.FromHexString(Word(40) + Word(1) + Word(33) + "010203");
        Assert.True(ModExpPrecompile.Instance.TryRun(input, Revision.Berlin, out var output));
        Assert.Equal(new byte[33], output);
    }

    [Fact]
    public void LongBaseWithTrailingZeroBytes_IsReducedExactly()
    {
        var m = BigInteger.Parse("0fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff61", System.Globalization.NumberStyles.HexNumber);
        var b = new BigInteger(Convert.FromHexString("ab"), true, true) << (8 * 100);
        AssertMatchesBigInteger(b, 65537, m, 101, 3, 32);
        AssertMatchesBigInteger(b, 65537, m << 70, 101, 3, 41);
    }

    [Fact]
    public void Osaka_RejectsLengthsAbove1024Bytes()
    {
        foreach (var (bl, el, ml) in new[] { (1025, 1, 1), (1, 1025, 1), (1, 1, 1025) })
        {
            var input = Convert.FromHexString(Word(bl) + Word(el) + Word(ml) + "02" + "03" + "05");
            Assert.False(ModExpPrecompile.Instance.TryRun(input, Revision.Osaka, out _));
            Assert.True(ModExpPrecompile.Instance.TryRun(input, Revision.Prague, out _));
        }
        var atLimit = Convert.FromHexString(Word(1024) + Word(1) + Word(1024));
        Assert.True(ModExpPrecompile.Instance.TryRun(atLimit, Revision.Osaka, out var output));
        Assert.Equal(1024, output.Length);
    }

    [Fact]
    public void HugeDeclaredLengths_NeitherThrowNorAllocate()
    {
        var ones = new string('f', 64);
        foreach (var input in new[] { ones + ones + ones, Word(0) + ones + Word(1), ones + Word(1) + Word(1), Word(1) + Word(1) + ones })
        {
            foreach (var revision in new[] { Revision.Byzantium, Revision.Berlin, Revision.Osaka })
            {
                Assert.Equal(long.MaxValue, Gas(ModExpPrecompile.Instance, input, revision));
                ModExpPrecompile.Instance.TryRun(Convert.FromHexString(input), revision, out _);
            }
        }
    }
}
