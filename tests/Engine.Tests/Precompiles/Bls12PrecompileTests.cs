using Csevm.Precompiles;
using Csevm.Precompiles.Crypto.Bls12381;
using Csevm.Spec;
using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;
using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Tests.Precompiles;

public class Bls12PrecompileTests
{
    private static byte[] G1(int k) => Eip2537Encoding.EncodeG1(G1Point.Multiply(Generators.G1, [(byte)k]));
    private static byte[] G2(int k) => Eip2537Encoding.EncodeG2(G2Point.Multiply(Generators.G2, [(byte)k]));

    /// <summary>A point on E but not in G1 (map_to_curve output before cofactor clearing).</summary>
    private static byte[] G1OutsideSubgroup() => Eip2537Encoding.EncodeG1(MapToCurve<Fp, G1Curve, G1Isogeny>.Map(Fp.FromUInt64(3)));

    private static byte[] G2OutsideSubgroup() => Eip2537Encoding.EncodeG2(MapToCurve<Fp2, G2Curve, G2Isogeny>.Map(new Fp2(Fp.FromUInt64(3), Fp.One)));

    private static byte[] Scalar(byte fill, byte last)
    {
        var scalar = Enumerable.Repeat(fill, 32).ToArray();
        scalar[31] = last;
        return scalar;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(9)]
    public void Msm_EqualsSumOfScalarMultiplications(int count)
    {
        var scalars = Enumerable.Range(0, count).Select(i => i == 1 ? new byte[32] : Scalar((byte)(0xff - 17 * i), (byte)i)).ToArray();
        var g1Input = Enumerable.Range(0, count).SelectMany(i => G1(i + 1).Concat(scalars[i])).ToArray();
        var g2Input = Enumerable.Range(0, count).SelectMany(i => G2(i + 1).Concat(scalars[i])).ToArray();
        var g1Expected = G1Point.Infinity;
        var g2Expected = G2Point.Infinity;
        for (var i = 0; i < count; i++)
        {
            g1Expected = G1Point.Add(g1Expected, G1Point.Multiply(G1Point.Multiply(Generators.G1, [(byte)(i + 1)]), scalars[i]));
            g2Expected = G2Point.Add(g2Expected, G2Point.Multiply(G2Point.Multiply(Generators.G2, [(byte)(i + 1)]), scalars[i]));
        }
        Assert.True(Bls12G1MsmPrecompile.Instance.TryRun(g1Input, Revision.Prague, out var g1Output));
        Assert.Equal(Eip2537Encoding.EncodeG1(g1Expected), g1Output);
        Assert.True(Bls12G2MsmPrecompile.Instance.TryRun(g2Input, Revision.Prague, out var g2Output));
        Assert.Equal(Eip2537Encoding.EncodeG2(g2Expected), g2Output);
    }

    [Theory]
    [InlineData(1, 12000, 22500)]
    [InlineData(2, 22776, 45000)]
    [InlineData(3, 30528, 62302)]
    [InlineData(128, 797184, 1509120)]
    [InlineData(200, 1245600, 2358000)]
    public void MsmGas_FollowsTheDiscountTables(int count, long g1Gas, long g2Gas)
    {
        Assert.Equal(g1Gas, Bls12G1MsmPrecompile.Instance.GasCost(new byte[count * 160], Revision.Prague));
        Assert.Equal(g2Gas, Bls12G2MsmPrecompile.Instance.GasCost(new byte[count * 288], Revision.Prague));
        Assert.Equal(0, Bls12G1MsmPrecompile.Instance.GasCost([], Revision.Prague));
    }

    [Fact]
    public void FixedGas_MatchesTheEip()
    {
        Assert.Equal(375, Bls12G1AddPrecompile.Instance.GasCost(new byte[256], Revision.Prague));
        Assert.Equal(600, Bls12G2AddPrecompile.Instance.GasCost(new byte[512], Revision.Prague));
        Assert.Equal(37700 + 32600, Bls12PairingCheckPrecompile.Instance.GasCost(new byte[384], Revision.Prague));
        Assert.Equal(37700 + 3 * 32600, Bls12PairingCheckPrecompile.Instance.GasCost(new byte[3 * 384], Revision.Prague));
    }

    [Fact]
    public void Add_HandlesInfinityAndInverses()
    {
        var infinity = new byte[128];
        Assert.True(Bls12G1AddPrecompile.Instance.TryRun([.. G1(5), .. infinity], Revision.Prague, out var same));
        Assert.Equal(G1(5), same);
        Assert.True(Bls12G1AddPrecompile.Instance.TryRun([.. infinity, .. infinity], Revision.Prague, out var zero));
        Assert.Equal(infinity, zero);
        var minusFive = Eip2537Encoding.EncodeG1(G1Point.Negate(G1Point.Multiply(Generators.G1, [5])));
        Assert.True(Bls12G1AddPrecompile.Instance.TryRun([.. G1(5), .. minusFive], Revision.Prague, out var cancelled));
        Assert.Equal(infinity, cancelled);
        Assert.True(Bls12G1AddPrecompile.Instance.TryRun([.. G1(2), .. G1(3)], Revision.Prague, out var five));
        Assert.Equal(G1(5), five);
        Assert.True(Bls12G2AddPrecompile.Instance.TryRun([.. G2(2), .. G2(3)], Revision.Prague, out var five2));
        Assert.Equal(G2(5), five2);
    }

    [Fact]
    public void Add_AcceptsPointsOutsideTheSubgroup_MsmAndPairingReject()
    {
        Assert.True(Bls12G1AddPrecompile.Instance.TryRun([.. G1OutsideSubgroup(), .. G1(1)], Revision.Prague, out _));
        Assert.True(Bls12G2AddPrecompile.Instance.TryRun([.. G2OutsideSubgroup(), .. G2(1)], Revision.Prague, out _));
        Assert.False(Bls12G1MsmPrecompile.Instance.TryRun([.. G1OutsideSubgroup(), .. Scalar(0, 1)], Revision.Prague, out _));
        Assert.False(Bls12G2MsmPrecompile.Instance.TryRun([.. G2OutsideSubgroup(), .. Scalar(0, 1)], Revision.Prague, out _));
        Assert.False(Bls12PairingCheckPrecompile.Instance.TryRun([.. G1OutsideSubgroup(), .. G2(1)], Revision.Prague, out _));
        Assert.False(Bls12PairingCheckPrecompile.Instance.TryRun([.. G1(1), .. G2OutsideSubgroup()], Revision.Prague, out _));
    }

    [Fact]
    public void Decoding_RejectsOffCurveNonCanonicalAndDirtyPadding()
    {
        var offCurve = G1(1);
        offCurve[127] ^= 1;
        var dirtyPadding = G1(1);
        dirtyPadding[0] = 1;
        var nonCanonical = G1(1);
        // x + p: same residue, but not below p.
        var xPlusP = (new System.Numerics.BigInteger(offCurve.AsSpan(16, 48), isUnsigned: true, isBigEndian: true)
            + System.Numerics.BigInteger.Parse("01a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab", System.Globalization.NumberStyles.HexNumber))
            .ToByteArray(isUnsigned: true, isBigEndian: true);
        Array.Clear(nonCanonical, 0, 64);
        xPlusP.CopyTo(nonCanonical, 64 - xPlusP.Length);
        foreach (var bad in new[] { offCurve, dirtyPadding, nonCanonical })
        {
            Assert.False(Bls12G1AddPrecompile.Instance.TryRun([.. bad, .. G1(1)], Revision.Prague, out var output));
            Assert.Empty(output);
        }
        Assert.False(Bls12G1AddPrecompile.Instance.TryRun([.. G1(1), .. G1(1), 0], Revision.Prague, out _));
        Assert.False(Bls12G1AddPrecompile.Instance.TryRun(G1(1), Revision.Prague, out _));
        Assert.False(Bls12G1MsmPrecompile.Instance.TryRun([], Revision.Prague, out _));
        Assert.False(Bls12G1MsmPrecompile.Instance.TryRun(new byte[159], Revision.Prague, out _));
        Assert.False(Bls12PairingCheckPrecompile.Instance.TryRun([], Revision.Prague, out _));
        Assert.False(Bls12PairingCheckPrecompile.Instance.TryRun(new byte[383], Revision.Prague, out _));
    }

    [Fact]
    public void PairingCheck_ReturnsOneExactlyForAProductOfOne()
    {
        var minusG1 = Eip2537Encoding.EncodeG1(G1Point.Negate(Generators.G1));
        Assert.True(Bls12PairingCheckPrecompile.Instance.TryRun([.. G1(6), .. G2(1), .. minusG1, .. G2(6)], Revision.Prague, out var one));
        Assert.Equal(1, one[31]);
        Assert.Equal(32, one.Length);
        Assert.True(Bls12PairingCheckPrecompile.Instance.TryRun([.. G1(6), .. G2(1), .. minusG1, .. G2(5)], Revision.Prague, out var zero));
        Assert.Equal(new byte[32], zero);
        Assert.True(Bls12PairingCheckPrecompile.Instance.TryRun([.. new byte[128], .. G2(3)], Revision.Prague, out var infinityPair));
        Assert.Equal(1, infinityPair[31]);
    }
}
