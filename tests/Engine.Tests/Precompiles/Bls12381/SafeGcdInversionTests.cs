using System.Numerics;
using Csevm.Precompiles.Crypto.Bls12381;
using static Csevm.Tests.Precompiles.Bls12381.FieldOracle;

namespace Csevm.Tests.Precompiles.Bls12381;

public class SafeGcdInversionTests
{
    /// <summary>p − 2, little-endian limbs: a^(p−2) is Fermat's inverse.</summary>
    private static readonly ulong[] FermatExponent = [0xb9feffffffffaaa9, 0x1eabfffeb153ffff, 0x6730d2a0f6b0f624, 0x64774b84f38512bf, 0x4b1ba7b6434bacd7, 0x1a0111ea397fe69a];

    [Fact]
    public void Inverse_AgreesWithFermat_OnRandomValues()
    {
        var random = new Random(381);
        for (var i = 0; i < 500; i++)
        {
            var a = ToFp(RandomBelowP(random));
            if (a.IsZero) continue;
            Assert.True(Fp.AreEqual(Fp.Pow(a, FermatExponent), Fp.Inverse(a)), a.ToString());
        }
    }

    /// <summary>Values whose divstep runs are extreme: tiny, sparse, all-ones limbs, next to p and to p/2.</summary>
    [Fact]
    public void Inverse_AgreesWithFermat_OnEdgeValues()
    {
        var edges = new List<BigInteger> { 1, 2, 3, P - 1, P - 2, P - 3, (P - 1) / 2, (P + 1) / 2, P / 3, BigInteger.Pow(2, 64) - 1, BigInteger.Pow(2, 380) - 1 };
        for (var k = 1; k < 381; k += 7) edges.Add(BigInteger.Pow(2, k));
        for (var k = 62; k < 381; k += 62) edges.Add(BigInteger.Pow(2, k) - 1);
        foreach (var edge in edges)
        {
            var a = ToFp(edge % P);
            Assert.True(Fp.AreEqual(Fp.Pow(a, FermatExponent), Fp.Inverse(a)), edge.ToString("x"));
            Assert.True(Fp.AreEqual(Fp.One, Fp.Mul(a, Fp.Inverse(a))), edge.ToString("x"));
        }
    }

    /// <summary>The stored limbs are a·R, so these are also inputs whose raw limbs are small, sparse or near p.</summary>
    [Fact]
    public void Inverse_OfMontgomeryOneAndItsNeighbours_IsCorrect()
    {
        Assert.True(Fp.AreEqual(Fp.One, Fp.Inverse(Fp.One)));
        Assert.True(Fp.AreEqual(Fp.Negate(Fp.One), Fp.Inverse(Fp.Negate(Fp.One))));
        var two = Fp.FromUInt64(2);
        Assert.True(Fp.AreEqual(Fp.One, Fp.Mul(two, Fp.Inverse(two))));
    }
}
