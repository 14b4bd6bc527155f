using Csevm.Numerics;

namespace Csevm.Tests.Numerics;

public class UInt256ComparisonTests
{
    [Fact]
    public void LessThan_MatchesBigInteger() => ReferenceCheck.Predicate(71, (a, b) => UInt256.LessThan(a, b), (a, b) => a < b);

    [Fact]
    public void GreaterThan_MatchesBigInteger() => ReferenceCheck.Predicate(72, (a, b) => UInt256.GreaterThan(a, b), (a, b) => a > b);

    [Fact]
    public void OperatorsAndCompareTo_MatchBigInteger()
    {
        foreach (var (a, b) in Operands.Pairs(73))
        {
            var x = a.ToBigInteger();
            var y = b.ToBigInteger();
            Assert.Equal(x < y, a < b);
            Assert.Equal(x > y, a > b);
            Assert.Equal(x <= y, a <= b);
            Assert.Equal(x >= y, a >= b);
            Assert.Equal(x == y, a == b);
            Assert.Equal(x.CompareTo(y), a.CompareTo(b));
        }
    }

    [Fact]
    public void Sorting_OrdersUnsigned()
    {
        var values = new[] { UInt256.MaxValue, UInt256.Zero, UInt256.One << 255, UInt256.One << 64, new UInt256(ulong.MaxValue) };
        Array.Sort(values);
        Assert.Equal(new[] { UInt256.Zero, new UInt256(ulong.MaxValue), UInt256.One << 64, UInt256.One << 255, UInt256.MaxValue }, values);
    }
}
