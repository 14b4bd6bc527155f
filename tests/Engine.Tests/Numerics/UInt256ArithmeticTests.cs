using System.Numerics;
using Csevm.Numerics;

namespace Csevm.Tests.Numerics;

public class UInt256ArithmeticTests
{
    [Fact]
    public void Add_WrapsModulo2To256_MatchesBigInteger() =>
        ReferenceCheck.Binary(1, (a, b) => { UInt256.Add(a, b, out var r); return r; }, (a, b) => a + b);

    [Fact]
    public void AddOverflow_ReportsCarryExactlyWhenSumReaches2To256()
    {
        foreach (var (a, b) in Operands.Pairs(2))
        {
            bool carry = UInt256.AddOverflow(a, b, out var sum);
            var exact = a.ToBigInteger() + b.ToBigInteger();
            Assert.Equal(exact >= Operands.Modulus, carry);
            Assert.Equal(Operands.Wrap(exact), sum.ToBigInteger());
        }
    }

    [Fact]
    public void Subtract_WrapsModulo2To256_MatchesBigInteger() =>
        ReferenceCheck.Binary(3, (a, b) => { UInt256.Subtract(a, b, out var r); return r; }, (a, b) => a - b);

    [Fact]
    public void SubtractUnderflow_ReportsBorrowExactlyWhenSubtrahendIsLarger()
    {
        foreach (var (a, b) in Operands.Pairs(4))
        {
            bool borrow = UInt256.SubtractUnderflow(a, b, out var difference);
            Assert.Equal(b.ToBigInteger() > a.ToBigInteger(), borrow);
            Assert.Equal(Operands.Wrap(a.ToBigInteger() - b.ToBigInteger()), difference.ToBigInteger());
        }
    }

    [Fact]
    public void Multiply_KeepsLow256BitsOfProduct_MatchesBigInteger() =>
        ReferenceCheck.Binary(5, (a, b) => { UInt256.Multiply(a, b, out var r); return r; }, (a, b) => a * b);

    [Fact]
    public void Square_KeepsLow256BitsOfSquare_MatchesBigInteger() =>
        ReferenceCheck.Binary(8, (a, _) => { UInt256.Square(a, out var r); return r; }, (a, _) => a * a);

    [Fact]
    public void Square_ResultMayShareStorageWithOperand()
    {
        foreach (var (a, _) in Operands.Pairs(9).Take(2_000))
        {
            var x = a;
            UInt256.Square(x, out x);
            Assert.Equal(a * a, x);
        }
    }

    [Fact]
    public void Negate_IsTwosComplement_MatchesBigInteger() =>
        ReferenceCheck.Binary(6, (a, _) => { UInt256.Negate(a, out var r); return r; }, (a, _) => -a);

    [Fact]
    public void Operators_AgreeWithNamedMethods()
    {
        foreach (var (a, b) in Operands.Pairs(7).Take(2_000))
        {
            UInt256.Add(a, b, out var sum);
            UInt256.Subtract(a, b, out var difference);
            UInt256.Multiply(a, b, out var product);
            UInt256.Negate(a, out var negated);
            Assert.Equal(sum, a + b);
            Assert.Equal(difference, a - b);
            Assert.Equal(product, a * b);
            Assert.Equal(negated, -a);
        }
    }

    [Fact]
    public void Add_MaxPlusOne_IsZero()
    {
        Assert.True(UInt256.AddOverflow(UInt256.MaxValue, UInt256.One, out var sum));
        Assert.Equal(UInt256.Zero, sum);
    }

    [Fact]
    public void Subtract_ZeroMinusOne_IsMax()
    {
        Assert.True(UInt256.SubtractUnderflow(UInt256.Zero, UInt256.One, out var difference));
        Assert.Equal(UInt256.MaxValue, difference);
    }

    [Fact]
    public void Multiply_MaxTimesMax_IsOne() => Assert.Equal(UInt256.One, UInt256.MaxValue * UInt256.MaxValue);

    [Fact]
    public void Multiply_ResultMayShareStorageWithAnOperand()
    {
        var a = UInt256.FromBigInteger(BigInteger.Parse("123456789012345678901234567890123456789"));
        var b = UInt256.FromBigInteger(BigInteger.Parse("98765432109876543210987654321"));
        var expected = a * b;
        UInt256.Multiply(a, b, out a);
        Assert.Equal(expected, a);
    }
}
