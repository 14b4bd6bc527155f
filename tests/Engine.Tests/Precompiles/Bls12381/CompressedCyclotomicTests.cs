using Csevm.Precompiles.Crypto.Bls12381;

namespace Csevm.Tests.Precompiles.Bls12381;

public class CompressedCyclotomicTests
{
    /// <summary>An element of the cyclotomic subgroup: a Miller-loop value after the easy part of the final exponentiation.</summary>
    private static Fp12 CyclotomicElement()
    {
        var f = Pairing.MillerLoop([Generators.G1], [Generators.G2]);
        var m = Fp12.Mul(Fp12.Conjugate(f), Fp12.Inverse(f));
        return Fp12.Mul(Fp12.Frobenius(Fp12.Frobenius(m)), m);
    }

    [Fact]
    public void CompressedSquarings_ThenDecompression_MatchGrangerScottSquarings()
    {
        var expected = CyclotomicElement();
        var compressed = CompressedCyclotomic.Compress(expected);
        var snapshots = new CompressedCyclotomic[5];
        var wanted = new Fp12[5];
        for (var i = 0; i < 5; i++)
        {
            for (var k = 0; k <= i; k++)
            {
                compressed = CompressedCyclotomic.Square(compressed);
                expected = Fp12.CyclotomicSquare(expected);
            }
            snapshots[i] = compressed;
            wanted[i] = expected;
        }
        var decompressed = new Fp12[5];
        CompressedCyclotomic.DecompressAll(snapshots, decompressed);
        for (var i = 0; i < 5; i++) Assert.True(Fp12.AreEqual(wanted[i], decompressed[i]), $"snapshot {i}");
    }

    [Fact]
    public void Decompression_OfOne_IsOne()
    {
        var results = new Fp12[1];
        CompressedCyclotomic.DecompressAll([CompressedCyclotomic.Compress(Fp12.One)], results);
        Assert.True(results[0].IsOne);
    }

    [Fact]
    public void Decompression_WhenG2IsZero_UsesTheOtherFormula()
    {
        // An element of Fp6 ⊂ Fp12 has g2 = 0 (and g3 ≠ 0 in general); the easy part of the final
        // exponentiation applied to one keeps it in Fp6 and makes it cyclotomic.
        var a = new Fp6(Fp2.FromHex("0x05", "0x07"), Fp2.FromHex("0x0b", "0x0d"), Fp2.FromHex("0x11", "0x13"));
        var x = new Fp12(a, Fp6.Zero);
        var unitary = Fp12.Mul(Fp12.Conjugate(x), Fp12.Inverse(x));
        var m = Fp12.Mul(Fp12.Frobenius(Fp12.Frobenius(unitary)), unitary);
        Assert.True(m.C1.C0.IsZero);
        var results = new Fp12[1];
        CompressedCyclotomic.DecompressAll([CompressedCyclotomic.Compress(m)], results);
        Assert.True(Fp12.AreEqual(m, results[0]));
    }

    [Fact]
    public void BatchInversion_MatchesSingleInversions_AndKeepsZeros()
    {
        var values = new[] { Fp2.FromHex("0x03", "0x09"), Fp2.Zero, Fp2.FromHex("0x1234", "0x00"), Fp2.FromHex("0x00", "0xabcdef") };
        var inverted = values.ToArray();
        BatchInversion.Invert(inverted);
        for (var i = 0; i < values.Length; i++) Assert.True(Fp2.AreEqual(Fp2.Inverse(values[i]), inverted[i]), $"value {i}");
        Assert.True(inverted[1].IsZero);
    }
}
