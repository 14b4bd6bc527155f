using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Csevm.Precompiles;
using Csevm.Precompiles.Crypto.Bls12381;
using Csevm.Spec;
using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;
using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Tests.Precompiles.Bls12381;

/// <summary>
/// RFC 9380 appendix J.9.1 / J.10.1 vectors of the BLS12381G1/G2_XMD:SHA-256_SSWU_RO_ suites:
/// hash_to_field (expand_message_xmd, implemented here as the oracle's front end) feeds our
/// map_to_curve twice, the sum goes through our clear_cofactor, and the result must be P.
/// </summary>
public class MapToCurveTests
{
    private static readonly BigInteger P = BigInteger.Parse("01a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab", NumberStyles.HexNumber);

    /// <summary>RFC 9380 section 5.3.1 with SHA-256 (b = 32, s = 64 bytes).</summary>
    private static byte[] ExpandMessageXmd(byte[] message, byte[] dst, int length)
    {
        var ell = (length + 31) / 32;
        byte[] dstPrime = [.. dst, (byte)dst.Length];
        var b0 = SHA256.HashData([.. new byte[64], .. message, (byte)(length >> 8), (byte)length, 0, .. dstPrime]);
        var output = new List<byte>();
        var previous = SHA256.HashData([.. b0, 1, .. dstPrime]);
        output.AddRange(previous);
        for (var i = 2; i <= ell; i++)
        {
            var mixed = b0.Zip(previous, (x, y) => (byte)(x ^ y)).ToArray();
            previous = SHA256.HashData([.. mixed, (byte)i, .. dstPrime]);
            output.AddRange(previous);
        }
        return output.Take(length).ToArray();
    }

    /// <summary>hash_to_field with L = 64: <paramref name="count"/> elements of Fp^m.</summary>
    private static Fp[] HashToField(string message, string dst, int count, int degree)
    {
        var bytes = ExpandMessageXmd(Encoding.ASCII.GetBytes(message), Encoding.ASCII.GetBytes(dst), count * degree * 64);
        return Enumerable.Range(0, count * degree)
            .Select(i => Fp.FromHex((new BigInteger(bytes.AsSpan(i * 64, 64), isUnsigned: true, isBigEndian: true) % P).ToString("x")))
            .ToArray();
    }

    [Theory]
    [InlineData("", "052926add2207b76ca4fa57a8734416c8dc95e24501772c814278700eed6d1e4e8cf62d9c09db0fac349612b759e79a1", "08ba738453bfed09cb546dbb0783dbb3a5f1f566ed67bb6be0e8c67e2e81a4cc68ee29813bb7994998f3eae0c9c6a265")]
    [InlineData("abc", "03567bc5ef9c690c2ab2ecdf6a96ef1c139cc0b2f284dca0a9a7943388a49a3aee664ba5379a7655d3c68900be2f6903", "0b9c15f3fe6e5cf4211f346271d7b01c8f3b28be689c8429c85b67af215533311f0b8dfaaa154fa6b88176c229f2885d")]
    [InlineData("abcdef0123456789", "11e0b079dea29a68f0383ee94fed1b940995272407e3bb916bbf268c263ddd57a6a27200a784cbc248e84f357ce82d98", "03a87ae2caf14e8ee52e51fa2ed8eefe80f02457004ba4d486d6aa1f517c0889501dc7413753f9599b099ebcbbd2d709")]
    public void G1_HashToCurve_MatchesRfc9380(string message, string x, string y)
    {
        var u = HashToField(message, "QUUX-V01-CS02-with-BLS12381G1_XMD:SHA-256_SSWU_RO_", 2, 1);
        var q0 = MapToCurve<Fp, G1Curve, G1Isogeny>.Map(u[0]);
        var q1 = MapToCurve<Fp, G1Curve, G1Isogeny>.Map(u[1]);
        var p = CofactorClearing.ClearG1(G1Point.Add(q0, q1));
        Assert.True(G1Point.AreEqual(p, G1Point.FromAffine(Fp.FromHex(x), Fp.FromHex(y))));
    }

    [Theory]
    [InlineData("",
        "0141ebfbdca40eb85b87142e130ab689c673cf60f1a3e98d69335266f30d9b8d4ac44c1038e9dcdd5393faf5c41fb78a", "05cb8437535e20ecffaef7752baddf98034139c38452458baeefab379ba13dff5bf5dd71b72418717047f5b0f37da03d",
        "0503921d7f6a12805e72940b963c0cf3471c7b2a524950ca195d11062ee75ec076daf2d4bc358c4b190c0c98064fdd92", "12424ac32561493f3fe3c260708a12b7c620e7be00099a974e259ddc7d1f6395c3c811cdd19f1e8dbf3e9ecfdcbab8d6")]
    [InlineData("abc",
        "02c2d18e033b960562aae3cab37a27ce00d80ccd5ba4b7fe0e7a210245129dbec7780ccc7954725f4168aff2787776e6", "139cddbccdc5e91b9623efd38c49f81a6f83f175e80b06fc374de9eb4b41dfe4ca3a230ed250fbe3a2acf73a41177fd8",
        "1787327b68159716a37440985269cf584bcb1e621d3a7202be6ea05c4cfe244aeb197642555a0645fb87bf7466b2ba48", "00aa65dae3c8d732d10ecd2c50f8a1baf3001578f71c694e03866e9f3d49ac1e1ce70dd94a733534f106d4cec0eddd16")]
    public void G2_HashToCurve_MatchesRfc9380(string message, string x0, string x1, string y0, string y1)
    {
        var u = HashToField(message, "QUUX-V01-CS02-with-BLS12381G2_XMD:SHA-256_SSWU_RO_", 2, 2);
        var q0 = MapToCurve<Fp2, G2Curve, G2Isogeny>.Map(new Fp2(u[0], u[1]));
        var q1 = MapToCurve<Fp2, G2Curve, G2Isogeny>.Map(new Fp2(u[2], u[3]));
        var p = CofactorClearing.ClearG2(G2Point.Add(q0, q1));
        Assert.True(G2Point.AreEqual(p, G2Point.FromAffine(Fp2.FromHex(x0, x1), Fp2.FromHex(y0, y1))));
    }

    [Fact]
    public void MapPrecompiles_OutputSubgroupPoints_AndRejectNonCanonicalOrMisSizedInput()
    {
        var u = new byte[64];
        u[63] = 5;
        Assert.True(Bls12MapFpToG1Precompile.Instance.TryRun(u, Revision.Prague, out var g1));
        Assert.True(Eip2537Encoding.TryReadG1InSubgroup(g1, out var point) && !point.IsInfinity);
        Assert.True(Bls12MapFpToG1Precompile.Instance.TryRun(new byte[64], Revision.Prague, out _)); // u = 0: the exceptional case
        var nonCanonical = new byte[64];
        Convert.FromHexString("1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab").CopyTo(nonCanonical, 16);
        Assert.False(Bls12MapFpToG1Precompile.Instance.TryRun(nonCanonical, Revision.Prague, out _));
        var dirtyPadding = (byte[])u.Clone();
        dirtyPadding[0] = 1;
        Assert.False(Bls12MapFpToG1Precompile.Instance.TryRun(dirtyPadding, Revision.Prague, out _));
        Assert.False(Bls12MapFpToG1Precompile.Instance.TryRun(u[..63], Revision.Prague, out _));

        var u2 = new byte[128];
        u2[63] = 5;
        u2[127] = 7;
        Assert.True(Bls12MapFp2ToG2Precompile.Instance.TryRun(u2, Revision.Prague, out var g2));
        Assert.True(Eip2537Encoding.TryReadG2InSubgroup(g2, out var point2) && !point2.IsInfinity);
        Assert.True(Bls12MapFp2ToG2Precompile.Instance.TryRun(new byte[128], Revision.Prague, out _));
        Assert.False(Bls12MapFp2ToG2Precompile.Instance.TryRun([.. u2, 0], Revision.Prague, out _));
        Assert.Equal(5500, Bls12MapFpToG1Precompile.Instance.GasCost(u, Revision.Prague));
        Assert.Equal(23800, Bls12MapFp2ToG2Precompile.Instance.GasCost(u2, Revision.Prague));
    }
}
