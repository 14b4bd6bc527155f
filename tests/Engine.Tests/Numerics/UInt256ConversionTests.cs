using System.Numerics;
using Csevm.Numerics;

namespace Csevm.Tests.Numerics;

public class UInt256ConversionTests
{
    [Fact]
    public void BigEndian32Bytes_RoundTrips()
    {
        Span<byte> bytes = stackalloc byte[32];
        foreach (var (a, _) in Operands.Pairs(81))
        {
            a.ToBigEndian(bytes);
            Assert.Equal(a, UInt256.FromBigEndian(bytes));
            Assert.Equal(a.ToBigInteger(), new BigInteger(bytes, isUnsigned: true, isBigEndian: true));
        }
    }

    [Fact]
    public void BigEndianShortInput_IsTheLowBytes()
    {
        var random = Operands.NewRandom(82);
        for (int length = 0; length <= 32; length++)
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            var value = UInt256.FromBigEndian(bytes);
            Assert.Equal(new BigInteger(bytes, isUnsigned: true, isBigEndian: true), value.ToBigInteger());
            Assert.Equal(bytes, value.ToBigEndian()[(32 - length)..]);
            Assert.True(value.ByteLength <= length);
        }
    }

    [Fact]
    public void BigEndianLongerThan32Bytes_IsRejected() =>
        Assert.Throws<ArgumentException>(() => UInt256.FromBigEndian(new byte[33]));

    [Fact]
    public void Hex_FormatsMinimallyAndParsesBack()
    {
        foreach (var (a, _) in Operands.Pairs(83))
        {
            string text = a.ToString();
            Assert.Equal("0x" + (a.IsZero ? "0" : a.ToBigInteger().ToString("x").TrimStart('0')), text);
            Assert.Equal(a, UInt256.Parse(text));
            Assert.Equal(a, UInt256.Parse(a.ToHexWord()));
            Assert.Equal(a, UInt256.Parse(a.ToBigInteger().ToString()));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("0xg")]
    [InlineData("-1")]
    [InlineData("0x10000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("115792089237316195423570985008687907853269984665640564039457584007913129639936")]
    public void Parse_RejectsInvalidOrOversizedText(string text)
    {
        Assert.False(UInt256.TryParse(text, out _));
        Assert.Throws<FormatException>(() => UInt256.Parse(text));
    }

    [Fact]
    public void Ulong_RoundTripsAndNarrowingChecksAreExact()
    {
        var random = Operands.NewRandom(84);
        for (int i = 0; i < 10_000; i++)
        {
            ulong raw = (ulong)random.NextInt64() << 1 ^ (ulong)random.Next(2);
            UInt256 value = raw;
            Assert.True(value.IsUlong);
            Assert.True(value.TryGetUlong(out ulong back));
            Assert.Equal(raw, back);
            Assert.Equal(raw, (ulong)value);
            Assert.Equal(raw <= long.MaxValue, value.FitsInLong(out long asLong));
            if (raw <= long.MaxValue) Assert.Equal((long)raw, asLong);
            Assert.Equal(raw <= int.MaxValue, value.FitsInInt(out int asInt));
            if (raw <= int.MaxValue) Assert.Equal((int)raw, asInt);
        }
        foreach (var wide in new[] { new UInt256(0, 1), new UInt256(5, 0, 1), new UInt256(5, 0, 0, 1) })
        {
            Assert.False(wide.TryGetUlong(out _));
            Assert.False(wide.FitsInLong(out _));
            Assert.False(wide.FitsInInt(out _));
        }
    }

    [Fact]
    public void FromBigInteger_ReducesModulo2To256AndTakesTwosComplementOfNegatives()
    {
        Assert.Equal(UInt256.MaxValue, UInt256.FromBigInteger(BigInteger.MinusOne));
        Assert.Equal(UInt256.One << 255, UInt256.FromBigInteger(-(BigInteger.One << 255)));
        Assert.Equal(UInt256.Zero, UInt256.FromBigInteger(Operands.Modulus));
        Assert.Equal(new UInt256(5), UInt256.FromBigInteger((Operands.Modulus * 7) + 5));
        foreach (var (a, _) in Operands.Pairs(85))
            Assert.Equal(a, UInt256.FromBigInteger(a.ToBigInteger()));
    }
}
