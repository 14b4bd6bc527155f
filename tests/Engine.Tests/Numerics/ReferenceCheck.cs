using System.Numerics;
using Csevm.Numerics;

namespace Csevm.Tests.Numerics;

/// <summary>Runs an operation over the shared operands and reports the first disagreement with the BigInteger model.</summary>
internal static class ReferenceCheck
{
    public static void Binary(int seed, Func<UInt256, UInt256, UInt256> actual, Func<BigInteger, BigInteger, BigInteger> expected)
    {
        int checkedCount = 0;
        foreach (var (a, b) in Operands.Pairs(seed))
        {
            var want = Operands.Wrap(expected(a.ToBigInteger(), b.ToBigInteger()));
            var got = actual(a, b);
            if (got.ToBigInteger() != want)
                Assert.Fail($"a={a} b={b}: expected {UInt256.FromBigInteger(want)}, got {got}");
            checkedCount++;
        }
        Assert.True(checkedCount > Operands.RandomCount);
    }

    public static void Predicate(int seed, Func<UInt256, UInt256, bool> actual, Func<BigInteger, BigInteger, bool> expected)
    {
        foreach (var (a, b) in Operands.Pairs(seed))
        {
            bool want = expected(a.ToBigInteger(), b.ToBigInteger());
            if (actual(a, b) != want)
                Assert.Fail($"a={a} b={b}: expected {want}");
        }
    }

    public static void Ternary(int seed, Func<UInt256, UInt256, UInt256, UInt256> actual, Func<BigInteger, BigInteger, BigInteger, BigInteger> expected)
    {
        int checkedCount = 0;
        foreach (var (a, b, m) in Operands.Triples(seed))
        {
            var want = Operands.Wrap(expected(a.ToBigInteger(), b.ToBigInteger(), m.ToBigInteger()));
            var got = actual(a, b, m);
            if (got.ToBigInteger() != want)
                Assert.Fail($"a={a} b={b} m={m}: expected {UInt256.FromBigInteger(want)}, got {got}");
            checkedCount++;
        }
        Assert.True(checkedCount > Operands.RandomCount);
    }
}
