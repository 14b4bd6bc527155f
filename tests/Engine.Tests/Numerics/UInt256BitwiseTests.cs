using System.Numerics;
using Csevm.Numerics;

namespace Csevm.Tests.Numerics;

public class UInt256BitwiseTests
{
    /// <summary>Shift counts wider than 64 bits: each has a high limb set and a small low limb.</summary>
    private static readonly UInt256[] HugeShifts = { new(1, 1), new(0, 0, 1), new(3, 0, 0, 1), new(256), new(257), new(ulong.MaxValue), UInt256.MaxValue };

    [Fact]
    public void And_MatchesBigInteger() => ReferenceCheck.Binary(51, (a, b) => a & b, (a, b) => a & b);

    [Fact]
    public void Or_MatchesBigInteger() => ReferenceCheck.Binary(52, (a, b) => a | b, (a, b) => a | b);

    [Fact]
    public void Xor_MatchesBigInteger() => ReferenceCheck.Binary(53, (a, b) => a ^ b, (a, b) => a ^ b);

    [Fact]
    public void Not_FlipsAll256Bits() => ReferenceCheck.Binary(54, (a, _) => ~a, (a, _) => Operands.Modulus - 1 - a);

    [Fact]
    public void NamedMethods_AgreeWithOperators()
    {
        foreach (var (a, b) in Operands.Pairs(55).Take(2_000))
        {
            UInt256.And(a, b, out var and);
            UInt256.Or(a, b, out var or);
            UInt256.Xor(a, b, out var xor);
            UInt256.Not(a, out var not);
            Assert.Equal(a & b, and);
            Assert.Equal(a | b, or);
            Assert.Equal(a ^ b, xor);
            Assert.Equal(~a, not);
        }
    }

    [Fact]
    public void Shl_EveryShiftCount_MatchesBigInteger() =>
        CheckEveryShift(56, UInt256.Shl, (shift, value) => value << shift);

    [Fact]
    public void Shr_EveryShiftCount_MatchesBigInteger() =>
        CheckEveryShift(57, UInt256.Shr, (shift, value) => value >> shift);

    [Fact]
    public void Shl_MixedWidthShiftAmounts_MatchesBigInteger() =>
        ReferenceCheck.Binary(58, (s, v) => { UInt256.Shl(s, v, out var r); return r; }, (s, v) => s >= 256 ? 0 : v << (int)s);

    [Fact]
    public void Shr_MixedWidthShiftAmounts_MatchesBigInteger() =>
        ReferenceCheck.Binary(59, (s, v) => { UInt256.Shr(s, v, out var r); return r; }, (s, v) => s >= 256 ? 0 : v >> (int)s);

    [Fact]
    public void Shifts_Of256OrMoreOrWithHighLimbsSet_GiveZero()
    {
        foreach (var shift in HugeShifts)
        {
            UInt256.Shl(shift, UInt256.MaxValue, out var left);
            UInt256.Shr(shift, UInt256.MaxValue, out var right);
            Assert.Equal(UInt256.Zero, left);
            Assert.Equal(UInt256.Zero, right);
        }
    }

    [Fact]
    public void ShiftOperators_RejectNegativeCounts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UInt256.One << -1);
        Assert.Throws<ArgumentOutOfRangeException>(() => UInt256.One >> -1);
    }

    [Fact]
    public void ShiftOperators_CountsOf256OrMore_GiveZero()
    {
        Assert.Equal(UInt256.Zero, UInt256.MaxValue << 256);
        Assert.Equal(UInt256.Zero, UInt256.MaxValue >> int.MaxValue);
    }

    [Fact]
    public void Byte_EveryIndex_MatchesBigInteger()
    {
        var random = Operands.NewRandom(60);
        foreach (var value in Operands.Edges.Concat(Enumerable.Range(0, 500).Select(_ => random.NextMixedWidth())))
            for (int index = 0; index <= 40; index++)
            {
                UInt256.Byte(new UInt256((ulong)index), value, out var result);
                var expected = index >= 32 ? 0 : (value.ToBigInteger() >> (8 * (31 - index))) & 0xFF;
                Assert.Equal(expected, result.ToBigInteger());
            }
    }

    [Fact]
    public void Byte_IndexZeroIsMostSignificant()
    {
        var value = UInt256.Parse("0xAB000000000000000000000000000000000000000000000000000000000000CD");
        UInt256.Byte(UInt256.Zero, value, out var first);
        UInt256.Byte(new UInt256(31), value, out var last);
        Assert.Equal(new UInt256(0xAB), first);
        Assert.Equal(new UInt256(0xCD), last);
    }

    [Fact]
    public void Byte_Index32OrMore_IsZero()
    {
        foreach (var index in HugeShifts.Append(new UInt256(32)))
        {
            UInt256.Byte(index, UInt256.MaxValue, out var result);
            Assert.Equal(UInt256.Zero, result);
        }
    }

    [Fact]
    public void LeadingZeroCount_MatchesBitLength()
    {
        foreach (var (a, _) in Operands.Pairs(61))
            Assert.Equal(256 - (int)a.ToBigInteger().GetBitLength(), UInt256.LeadingZeroCount(a));
    }

    [Fact]
    public void LeadingZeroCount_OfZero_Is256_AndOfSignBit_IsZero()
    {
        Assert.Equal(256, UInt256.LeadingZeroCount(UInt256.Zero));
        Assert.Equal(255, UInt256.LeadingZeroCount(UInt256.One));
        Assert.Equal(0, UInt256.LeadingZeroCount(UInt256.One << 255));
    }

    private delegate void ShiftOperation(in UInt256 shift, in UInt256 value, out UInt256 result);

    private static void CheckEveryShift(int seed, ShiftOperation operation, Func<int, BigInteger, BigInteger> expected)
    {
        var random = Operands.NewRandom(seed);
        foreach (var value in Operands.NamedEdges.Concat(Enumerable.Range(0, 200).Select(_ => random.NextMixedWidth())))
            for (int shift = 0; shift <= 260; shift++)
            {
                operation(new UInt256((ulong)shift), value, out var result);
                var want = shift >= 256 ? 0 : Operands.Wrap(expected(shift, value.ToBigInteger()));
                Assert.Equal(want, result.ToBigInteger());
            }
    }
}
