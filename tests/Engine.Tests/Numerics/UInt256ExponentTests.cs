using System.Numerics;
using Csevm.Numerics;

namespace Csevm.Tests.Numerics;

public class UInt256ExponentTests
{
    [Fact]
    public void Exp_MixedWidthOperands_MatchesModPow() =>
        ReferenceCheck.Binary(31, (b, e) => { UInt256.Exp(b, e, out var r); return r; }, (b, e) => BigInteger.ModPow(b, e, Operands.Modulus));

    [Fact]
    public void Exp_SmallExponents_MatchesModPow()
    {
        var random = Operands.NewRandom(32);
        for (int i = 0; i < 10_000; i++)
        {
            var b = i < Operands.Edges.Count ? Operands.Edges[i] : random.NextMixedWidth();
            var e = new UInt256((ulong)random.Next(0, 600));
            UInt256.Exp(b, e, out var result);
            Assert.Equal(BigInteger.ModPow(b.ToBigInteger(), e.ToBigInteger(), Operands.Modulus), result.ToBigInteger());
        }
    }

    [Fact]
    public void Exp_PowersOfTwoBase_BecomeShiftsThatVanishAt256Bits()
    {
        for (int k = 1; k < 64; k++)
            for (ulong e = 0; e < 300; e += 7)
            {
                UInt256.Exp(new UInt256(1UL << k), new UInt256(e), out var result);
                Assert.Equal(BigInteger.ModPow(BigInteger.One << k, e, Operands.Modulus), result.ToBigInteger());
            }
    }

    [Fact]
    public void Exp_ZeroToTheZero_IsOne()
    {
        UInt256.Exp(UInt256.Zero, UInt256.Zero, out var result);
        Assert.Equal(UInt256.One, result);
    }

    [Fact]
    public void Exp_AnythingToTheZero_IsOne()
    {
        foreach (var b in Operands.Edges)
        {
            UInt256.Exp(b, UInt256.Zero, out var result);
            Assert.Equal(UInt256.One, result);
        }
    }

    [Fact]
    public void Exp_ZeroToAPositivePower_IsZero()
    {
        UInt256.Exp(UInt256.Zero, UInt256.MaxValue, out var result);
        Assert.Equal(UInt256.Zero, result);
    }

    [Fact]
    public void Exp_MinusOneToHugeOddPower_IsMinusOne()
    {
        UInt256.Exp(UInt256.MaxValue, UInt256.MaxValue, out var result);
        Assert.Equal(UInt256.MaxValue, result);
    }
}
