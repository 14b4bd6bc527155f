using System.Numerics;
using Csevm.Numerics;

namespace Csevm.Tests.Numerics;

public class UInt256SignedTests
{
    private static readonly UInt256 MinSigned = UInt256.One << 255;
    private static readonly UInt256 MinusOne = UInt256.MaxValue;

    [Fact]
    public void SDiv_TruncatesTowardZero_MatchesBigInteger() =>
        ReferenceCheck.Binary(41, (a, b) => { UInt256.SDiv(a, b, out var r); return r; },
            (a, b) => b.IsZero ? 0 : BigInteger.Divide(Operands.ToSigned(a), Operands.ToSigned(b)));

    [Fact]
    public void SMod_TakesSignOfDividend_MatchesBigInteger() =>
        ReferenceCheck.Binary(42, (a, b) => { UInt256.SMod(a, b, out var r); return r; },
            (a, b) => b.IsZero ? 0 : BigInteger.Remainder(Operands.ToSigned(a), Operands.ToSigned(b)));

    [Fact]
    public void SignedLessThan_MatchesBigInteger() =>
        ReferenceCheck.Predicate(43, (a, b) => UInt256.SignedLessThan(a, b), (a, b) => Operands.ToSigned(a) < Operands.ToSigned(b));

    [Fact]
    public void SignedGreaterThan_MatchesBigInteger() =>
        ReferenceCheck.Predicate(44, (a, b) => UInt256.SignedGreaterThan(a, b), (a, b) => Operands.ToSigned(a) > Operands.ToSigned(b));

    [Fact]
    public void Sar_MatchesFloorShiftOfSignedValue()
    {
        var random = Operands.NewRandom(45);
        foreach (var value in Operands.Edges.Concat(Enumerable.Range(0, 200).Select(_ => random.NextMixedWidth())))
            for (int shift = 0; shift <= 260; shift++)
            {
                UInt256.Sar(new UInt256((ulong)shift), value, out var result);
                var expected = Operands.Wrap(Operands.ToSigned(value.ToBigInteger()) >> shift);
                Assert.Equal(expected, result.ToBigInteger());
            }
    }

    [Fact]
    public void Sar_MixedWidthShiftAmounts_MatchesBigInteger() =>
        ReferenceCheck.Binary(46, (s, v) => { UInt256.Sar(s, v, out var r); return r; },
            (s, v) => Operands.ToSigned(v) >> (int)BigInteger.Min(s, 256));

    [Fact]
    public void Sar_ShiftOf256OrMore_GivesZeroOrAllOnesBySign()
    {
        foreach (var shift in new[] { new UInt256(256), new UInt256(1000), new UInt256(0, 1), UInt256.MaxValue })
        {
            UInt256.Sar(shift, MinSigned, out var negative);
            UInt256.Sar(shift, MinSigned - UInt256.One, out var positive);
            Assert.Equal(MinusOne, negative);
            Assert.Equal(UInt256.Zero, positive);
        }
    }

    [Fact]
    public void SignExtend_MatchesBigInteger()
    {
        var random = Operands.NewRandom(47);
        foreach (var value in Operands.Edges.Concat(Enumerable.Range(0, 300).Select(_ => random.NextMixedWidth())))
            for (int byteIndex = 0; byteIndex <= 40; byteIndex++)
            {
                UInt256.SignExtend(new UInt256((ulong)byteIndex), value, out var result);
                Assert.Equal(ExpectedSignExtend(byteIndex, value.ToBigInteger()), result.ToBigInteger());
            }
    }

    [Fact]
    public void SignExtend_ByteIndex31OrHuge_LeavesValueUnchanged()
    {
        var value = UInt256.Parse("0x80ff");
        foreach (var byteIndex in new[] { new UInt256(31), new UInt256(32), new UInt256(ulong.MaxValue), new UInt256(0, 1), new UInt256(0, 0, 0, 1), UInt256.MaxValue })
        {
            UInt256.SignExtend(byteIndex, value, out var result);
            Assert.Equal(value, result);
        }
    }

    [Fact]
    public void SignExtend_ByteZeroWithHighBitSet_FillsWithOnes()
    {
        UInt256.SignExtend(UInt256.Zero, UInt256.Parse("0x1234ff"), out var result);
        Assert.Equal(MinusOne, result);
        UInt256.SignExtend(UInt256.Zero, UInt256.Parse("0xffff7f"), out var positive);
        Assert.Equal(new UInt256(0x7f), positive);
    }

    [Fact]
    public void SDiv_MinSignedByMinusOne_IsMinSigned()
    {
        UInt256.SDiv(MinSigned, MinusOne, out var result);
        Assert.Equal(MinSigned, result);
    }

    [Fact]
    public void SDiv_ByZero_IsZero()
    {
        UInt256.SDiv(MinSigned, UInt256.Zero, out var result);
        Assert.Equal(UInt256.Zero, result);
    }

    [Fact]
    public void SMod_ResultHasSignOfDividend()
    {
        var minusSeven = -new UInt256(7);
        UInt256.SMod(minusSeven, new UInt256(3), out var negativeDividend);
        UInt256.SMod(new UInt256(7), -new UInt256(3), out var negativeDivisor);
        UInt256.SMod(minusSeven, UInt256.Zero, out var byZero);
        Assert.Equal(-UInt256.One, negativeDividend);
        Assert.Equal(UInt256.One, negativeDivisor);
        Assert.Equal(UInt256.Zero, byZero);
    }

    [Fact]
    public void IsNegative_IsTheSignBit()
    {
        Assert.True(MinSigned.IsNegative);
        Assert.True(MinusOne.IsNegative);
        Assert.False((MinSigned - UInt256.One).IsNegative);
        Assert.False(UInt256.Zero.IsNegative);
    }

    private static BigInteger ExpectedSignExtend(int byteIndex, BigInteger value)
    {
        if (byteIndex >= 31) return value;
        int bits = 8 * (byteIndex + 1);
        var low = value & ((BigInteger.One << bits) - 1);
        var signed = low >= BigInteger.One << (bits - 1) ? low - (BigInteger.One << bits) : low;
        return Operands.Wrap(signed);
    }
}
