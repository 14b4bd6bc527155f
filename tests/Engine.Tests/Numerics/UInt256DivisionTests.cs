using System.Numerics;
using Csevm.Numerics;

namespace Csevm.Tests.Numerics;

public class UInt256DivisionTests
{
    [Fact]
    public void Divide_RoundsDown_MatchesBigInteger() =>
        ReferenceCheck.Binary(11, (a, b) => { UInt256.Divide(a, b, out var r); return r; }, (a, b) => b.IsZero ? 0 : a / b);

    [Fact]
    public void Mod_MatchesBigInteger() =>
        ReferenceCheck.Binary(12, (a, b) => { UInt256.Mod(a, b, out var r); return r; }, (a, b) => b.IsZero ? 0 : a % b);

    [Fact]
    public void DivRem_QuotientTimesDivisorPlusRemainderIsDividend()
    {
        foreach (var (a, b) in Operands.Pairs(13))
        {
            if (b.IsZero) continue;
            UInt256.DivRem(a, b, out var quotient, out var remainder);
            var expectedQuotient = BigInteger.DivRem(a.ToBigInteger(), b.ToBigInteger(), out var expectedRemainder);
            Assert.Equal(expectedQuotient, quotient.ToBigInteger());
            Assert.Equal(expectedRemainder, remainder.ToBigInteger());
        }
    }

    [Fact]
    public void Divide_SpecialisedDivisorShapes_MatchBigInteger()
    {
        // Divisors whose top limb is just below, at and above the normalisation boundary, and
        // dividends built to make the quotient estimate B-1 and the add-back step happen.
        var random = Operands.NewRandom(14);
        for (int i = 0; i < 20_000; i++)
        {
            int divisorBits = random.Next(1, 257);
            var b = random.NextWithBitLength(divisorBits);
            var q = random.NextWithBitLength(random.Next(0, 257 - divisorBits + 1));
            var r = random.NextWithBitLength(random.Next(0, divisorBits));
            var exact = q.ToBigInteger() * b.ToBigInteger() + (r.ToBigInteger() % b.ToBigInteger());
            if (exact >= Operands.Modulus) continue;
            var a = UInt256.FromBigInteger(exact);
            UInt256.DivRem(a, b, out var quotient, out var remainder);
            Assert.Equal(exact / b.ToBigInteger(), quotient.ToBigInteger());
            Assert.Equal(exact % b.ToBigInteger(), remainder.ToBigInteger());
        }
    }

    [Fact]
    public void Divide_ByZero_IsZero()
    {
        foreach (var a in Operands.Edges)
        {
            UInt256.Divide(a, UInt256.Zero, out var result);
            Assert.Equal(UInt256.Zero, result);
        }
    }

    [Fact]
    public void Mod_ByZero_IsZero()
    {
        foreach (var a in Operands.Edges)
        {
            UInt256.Mod(a, UInt256.Zero, out var result);
            Assert.Equal(UInt256.Zero, result);
            UInt256.DivRem(a, UInt256.Zero, out var quotient, out var remainder);
            Assert.Equal(UInt256.Zero, quotient);
            Assert.Equal(UInt256.Zero, remainder);
        }
    }

    [Fact]
    public void Operators_AgreeWithNamedMethods()
    {
        foreach (var (a, b) in Operands.Pairs(15).Take(2_000))
        {
            UInt256.Divide(a, b, out var quotient);
            UInt256.Mod(a, b, out var remainder);
            Assert.Equal(quotient, a / b);
            Assert.Equal(remainder, a % b);
        }
    }

    [Fact]
    public void DivRem_OutputsMayShareStorageWithOperands()
    {
        var a = UInt256.Parse("0x1234");
        var b = UInt256.Parse("0x123456789");
        UInt256.DivRem(a, b, out a, out var remainder);
        Assert.Equal(UInt256.Zero, a);
        Assert.Equal(UInt256.Parse("0x1234"), remainder);
    }
}
