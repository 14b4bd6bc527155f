using System.Numerics;
using System.Security.Cryptography;
using Csevm.Precompiles;
using Csevm.Precompiles.Crypto.Bls12381;
using Csevm.Spec;
using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;

namespace Csevm.Tests.Precompiles;

/// <summary>
/// A constant polynomial p(x) = c has commitment [c]G1 and, for every z, the quotient 0: proof =
/// infinity, y = c. That opening is valid for any τ, so it exercises the real setup's [τ]₂.
/// </summary>
public class KzgPointEvaluationTests
{
    private static readonly BigInteger R = BigInteger.Parse("073eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", System.Globalization.NumberStyles.HexNumber);

    private static byte[] Word(BigInteger value)
    {
        var word = new byte[32];
        value.ToByteArray(isUnsigned: true, isBigEndian: true).CopyTo(word.AsSpan(32 - value.GetByteCount(isUnsigned: true)));
        return word;
    }

    private static byte[] Compress(G1Point point)
    {
        var bytes = new byte[48];
        if (!point.TryToAffine(out var x, out var y))
        {
            bytes[0] = 0xc0;
            return bytes;
        }
        x.Write(bytes);
        bytes[0] |= (byte)(0x80 | (Fp.IsLexicographicallyLargest(y) ? 0x20 : 0));
        return bytes;
    }

    private static byte[] Input(byte[] commitment, BigInteger z, BigInteger y, byte[] proof)
    {
        var hash = SHA256.HashData(commitment);
        hash[0] = 0x01;
        return [.. hash, .. Word(z), .. Word(y), .. commitment, .. proof];
    }

    private static byte[] ConstantPolynomialInput(BigInteger c, BigInteger z) =>
        Input(Compress(G1Point.Multiply(Generators.G1, c.ToByteArray(isUnsigned: true, isBigEndian: true))), z, c, Compress(G1Point.Infinity));

    private static bool Run(byte[] input, out byte[] output) => KzgPointEvaluationPrecompile.Instance.TryRun(input, Revision.Cancun, out output);

    [Fact]
    public void ConstantPolynomialOpening_IsValidAtAnyPoint_AndReturnsBlobParameters()
    {
        foreach (var z in new[] { BigInteger.Zero, BigInteger.One, R - 1, BigInteger.Parse("123456789123456789") })
        {
            Assert.True(Run(ConstantPolynomialInput(42, z), out var output));
            Assert.Equal(4096, (int)new BigInteger(output.AsSpan(0, 32), isUnsigned: true, isBigEndian: true));
            Assert.Equal(R, new BigInteger(output.AsSpan(32, 32), isUnsigned: true, isBigEndian: true));
        }
        Assert.Equal(50000, KzgPointEvaluationPrecompile.Instance.GasCost(ConstantPolynomialInput(1, 1), Revision.Cancun));
    }

    [Fact]
    public void WrongEvaluation_Fails()
    {
        var commitment = Compress(G1Point.Multiply(Generators.G1, [42]));
        Assert.False(Run(Input(commitment, 5, 43, Compress(G1Point.Infinity)), out var output));
        Assert.Empty(output);
    }

    [Fact]
    public void NonCanonicalZOrY_Fails()
    {
        var commitment = Compress(G1Point.Infinity); // p(x) = 0
        Assert.True(Run(Input(commitment, 5, 0, Compress(G1Point.Infinity)), out _));
        Assert.False(Run(Input(commitment, R, 0, Compress(G1Point.Infinity)), out _));
        Assert.False(Run(Input(commitment, 5, R, Compress(G1Point.Infinity)), out _));
    }

    [Fact]
    public void VersionedHashMismatch_Fails()
    {
        var input = ConstantPolynomialInput(7, 3);
        input[0] = 0x02;
        Assert.False(Run(input, out _));
        input = ConstantPolynomialInput(7, 3);
        input[31] ^= 1;
        Assert.False(Run(input, out _));
    }

    [Fact]
    public void MalformedCompressedPoints_Fail()
    {
        var infinity = Compress(G1Point.Infinity);
        var infinityWithSign = (byte[])infinity.Clone();
        infinityWithSign[0] |= 0x20;
        var uncompressedFlag = (byte[])infinity.Clone();
        uncompressedFlag[0] = 0x40;
        var infinityWithPayload = (byte[])infinity.Clone();
        infinityWithPayload[47] = 1;
        var xNotOnCurve = new byte[48];
        xNotOnCurve[0] = 0x80;
        xNotOnCurve[47] = 1; // x = 1: 1³ + 4 = 5 is not a square mod p
        var xAboveModulus = Enumerable.Repeat((byte)0xff, 48).ToArray();
        xAboveModulus[0] = 0x9f;
        foreach (var bad in new[] { infinityWithSign, uncompressedFlag, infinityWithPayload, xNotOnCurve, xAboveModulus })
        {
            Assert.False(Run(Input(bad, 1, 0, infinity), out _));
            Assert.False(Run(Input(infinity, 1, 0, bad), out _));
        }
        Assert.False(Fp.TrySqrt(Fp.FromUInt64(5), out _));
    }

    [Fact]
    public void WrongLength_Fails()
    {
        var input = ConstantPolynomialInput(1, 1);
        Assert.False(Run(input[..191], out _));
        Assert.False(Run([.. input, 0], out _));
    }
}
