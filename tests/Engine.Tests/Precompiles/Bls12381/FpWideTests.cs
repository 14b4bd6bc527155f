using System.Numerics;
using Csevm.Precompiles.Crypto.Bls12381;
using static Csevm.Tests.Precompiles.Bls12381.FieldOracle;

namespace Csevm.Tests.Precompiles.Bls12381;

public class FpWideTests
{
    private static readonly BigInteger[] Edges =
    [
        0, 1, 2, P - 1, P - 2, (P - 1) / 2, (P + 1) / 2, BigInteger.Pow(2, 380), BigInteger.Pow(2, 64) - 1,
        BigInteger.Pow(2, 320) - 1, P - BigInteger.Pow(2, 64),
    ];

    private static IEnumerable<(BigInteger, BigInteger)> Pairs()
    {
        foreach (var a in Edges)
        foreach (var b in Edges)
            yield return (a, b);
        var random = new Random(768);
        for (var i = 0; i < 300; i++) yield return (RandomBelowP(random), RandomBelowP(random));
    }

    [Fact]
    public void ReducedProduct_EqualsMontgomeryMultiplication()
    {
        foreach (var (a, b) in Pairs())
        {
            var product = FpWide.Reduce(FpWide.Product(ToFp(a), ToFp(b)));
            Assert.True(Fp.AreEqual(Fp.Mul(ToFp(a), ToFp(b)), product), $"{a:x} * {b:x}");
            Assert.Equal(a * b % P, ToBig(product));
        }
    }

    [Fact]
    public void ReducedSquare_EqualsProductOfValueWithItself()
    {
        foreach (var (a, _) in Pairs())
        {
            var square = FpWide.Reduce(FpWide.Square(ToFp(a)));
            Assert.True(Fp.AreEqual(FpWide.Reduce(FpWide.Product(ToFp(a), ToFp(a))), square), a.ToString("x"));
            Assert.Equal(a * a % P, ToBig(square));
        }
    }

    /// <summary>Sums are left unreduced (up to 2p − 2) and differences wrap by p·2³⁸⁴: both must still reduce correctly.</summary>
    [Fact]
    public void UnreducedSumsAndModularDifferences_ReduceToTheFieldResult()
    {
        foreach (var (a, b) in Pairs())
        {
            var (fa, fb) = (ToFp(a), ToFp(b));
            Assert.Equal((a + b) * (a + b) % P, ToBig(FpWide.Reduce(FpWide.ProductOfSums(fa, fb, fa, fb))));
            var difference = FpWide.SubtractModular(FpWide.Product(fa, fa), FpWide.Product(fb, fb));
            Assert.Equal(((a * a - b * b) % P + P) % P, ToBig(FpWide.Reduce(difference)));
            var cross = FpWide.Subtract(FpWide.ProductOfSums(fa, fb, fa, fb), FpWide.Product(fa, fa));
            Assert.Equal((2 * a * b + b * b) % P, ToBig(FpWide.Reduce(cross)));
        }
    }

    [Fact]
    public void Fp2LazyMultiplication_MatchesSchoolbookOracle()
    {
        var values = Edges.Concat(Enumerable.Range(0, 40).Select(i => RandomBelowP(new Random(i)))).ToArray();
        var random = new Random(2);
        for (var i = 0; i < 400; i++)
        {
            var (a0, a1, b0, b1) = (values[random.Next(values.Length)], values[random.Next(values.Length)], values[random.Next(values.Length)], values[random.Next(values.Length)]);
            var product = Fp2.Mul(new Fp2(ToFp(a0), ToFp(a1)), new Fp2(ToFp(b0), ToFp(b1)));
            Assert.Equal(((a0 * b0 - a1 * b1) % P + P) % P, ToBig(product.C0));
            Assert.Equal((a0 * b1 + a1 * b0) % P, ToBig(product.C1));
        }
    }
}
