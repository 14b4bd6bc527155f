using System.Numerics;
using Csevm.Precompiles;
using Csevm.Precompiles.Crypto.Bn254;
using Csevm.Spec;
using static Csevm.Tests.Precompiles.PrecompileTestHelpers;

namespace Csevm.Tests.Precompiles;

/// <summary>ecadd (0x06), ecmul (0x07), ecpairing (0x08): vectors, encodings, validation and gas.</summary>
public class Bn254PrecompileTests
{
    private const string P = "30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47";
    private const string G1 = "0000000000000000000000000000000000000000000000000000000000000001" + "0000000000000000000000000000000000000000000000000000000000000002";
    private const string G1Negated = "0000000000000000000000000000000000000000000000000000000000000001" + "30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45";
    private const string G2 = "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2" + "1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
                            + "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b" + "12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa";
    private static readonly string Zero64 = new('0', 128);
    private static readonly string Zero128 = new('0', 256);
    private static readonly string True = new string('0', 63) + "1";
    private static readonly string False = new('0', 64);

    [Fact]
    public void Add_GethVector()
    {
        const string input = "18b18acfb4c2c30276db5411368e7185b311dd124691610c5d3b74034e093dc9063c909c4720840cb5134cb9f59fa749755796819658d32efc0d288198f37266"
                           + "07c2b7f58a84bd6145f00c9c2bc0bb1a187f20ff2c92963a88019e7c6a014eed06614e20c147e940f2d70da3f74c9a17df361706a4485c742bd6788478fa17d7";
        Assert.Equal((true, "2243525c5efd4b9c3d3c45ac0ca3fe4dd85e830a4ce6b65fa1eeaee202839703301d1d33be6da8e509df21cc35964723180eed7532537db9ae5e7d48f195c915"),
            Run(Bn254AddPrecompile.Instance, input));
    }

    [Fact]
    public void Add_PointPlusItself_Doubles() =>
        Assert.Equal(Run(Bn254MulPrecompile.Instance, G1 + Scalar(2)), Run(Bn254AddPrecompile.Instance, G1 + G1));

    [Fact]
    public void Add_PointPlusNegation_IsInfinity() =>
        Assert.Equal((true, Zero64), Run(Bn254AddPrecompile.Instance, G1 + G1Negated));

    [Theory]
    [InlineData("")]
    [InlineData("00")]
    public void Add_EmptyOrShortInput_IsInfinityPlusInfinity(string input) =>
        Assert.Equal((true, Zero64), Run(Bn254AddPrecompile.Instance, input));

    [Fact]
    public void Add_InfinityIsTheIdentity() =>
        Assert.Equal((true, G1), Run(Bn254AddPrecompile.Instance, Zero64 + G1));

    [Fact]
    public void Add_ShortInput_IsRightPadded() =>
        Assert.Equal((true, G1), Run(Bn254AddPrecompile.Instance, G1[..^2] + "02"));

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000001" + "0000000000000000000000000000000000000000000000000000000000000003")] // off the curve
    [InlineData(P + "0000000000000000000000000000000000000000000000000000000000000002")] // x = p, not canonical
    [InlineData("0000000000000000000000000000000000000000000000000000000000000001" + "30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd49")] // y = p + 2 ≡ 2
    public void Add_InvalidPoint_Fails(string point)
    {
        Assert.False(Run(Bn254AddPrecompile.Instance, point + G1).Success);
        Assert.False(Run(Bn254AddPrecompile.Instance, G1 + point).Success);
        Assert.False(Run(Bn254MulPrecompile.Instance, point + Scalar(1)).Success);
    }

    [Fact]
    public void Mul_GethVector()
    {
        const string input = "2bd3e6d0f3b142924f5ca7b49ce5b9d54c4703d7ae5648e61d02268b1a0a9fb721611ce0a6af85915e2f1d70300909ce2e49dfad4a4619c8390cae66cefdb204"
                           + "00000000000000000000000000000000000000000000000011138ce750fa15c2";
        Assert.Equal((true, "070a8d6a982153cae4be29d434e8faef8a47b274a053f5a4ee2a6c9c13c31e5c031b8ce914eba3a9ffb989f9cdd5b0f01943074bf4f0f315690ec3cec6981afc"),
            Run(Bn254MulPrecompile.Instance, input));
    }

    [Fact]
    public void Mul_ByGroupOrder_IsInfinity() =>
        Assert.Equal((true, Zero64), Run(Bn254MulPrecompile.Instance, G1 + "30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001"));

    [Fact]
    public void Mul_ByOrderMinusOne_IsTheNegation() =>
        Assert.Equal((true, G1Negated), Run(Bn254MulPrecompile.Instance, G1 + "30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000000"));

    [Fact]
    public void Mul_ScalarAboveTheOrder_IsNotReducedAway() =>
        Assert.Equal(Run(Bn254MulPrecompile.Instance, G1 + Scalar(5)),
            Run(Bn254MulPrecompile.Instance, G1 + (BigInteger.Parse("030644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001", System.Globalization.NumberStyles.HexNumber) * 3 + 5).ToString("x64")[^64..]));

    [Fact]
    public void Mul_ByZero_AndOfInfinity_AreInfinity()
    {
        Assert.Equal((true, Zero64), Run(Bn254MulPrecompile.Instance, G1 + Scalar(0)));
        Assert.Equal((true, Zero64), Run(Bn254MulPrecompile.Instance, Zero64 + Scalar(7)));
        Assert.Equal((true, Zero64), Run(Bn254MulPrecompile.Instance, G1)); // scalar missing: padded to zero
    }

    [Fact]
    public void Pairing_EmptyInput_IsOne() =>
        Assert.Equal((true, True), Run(Bn254PairingPrecompile.Instance, ""));

    [Fact]
    public void Pairing_PointAndItsNegation_CancelOut() =>
        Assert.Equal((true, True), Run(Bn254PairingPrecompile.Instance, G1 + G2 + G1Negated + G2));

    [Fact]
    public void Pairing_OfGenerators_IsNotOne() =>
        Assert.Equal((true, False), Run(Bn254PairingPrecompile.Instance, G1 + G2));

    [Fact]
    public void Pairing_IsBilinear()
    {
        // e([a]P, [b]Q) · e([−ab]P, Q) = 1
        const int a = 12345, b = 678910;
        var aP = Run(Bn254MulPrecompile.Instance, G1 + Scalar(a)).Output;
        var bQ = G2Multiply(b);
        var order = BigInteger.Parse("030644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001", System.Globalization.NumberStyles.HexNumber);
        var minusAbP = Run(Bn254MulPrecompile.Instance, G1 + (order - (BigInteger)a * b).ToString("x64")[^64..]).Output;
        Assert.Equal((true, True), Run(Bn254PairingPrecompile.Instance, aP + bQ + minusAbP + G2));
        Assert.Equal((true, False), Run(Bn254PairingPrecompile.Instance, aP + bQ + minusAbP + G2Multiply(2)));
    }

    [Fact]
    public void Pairing_InfinityInEitherPosition_ContributesOne()
    {
        Assert.Equal((true, True), Run(Bn254PairingPrecompile.Instance, Zero64 + G2));
        Assert.Equal((true, True), Run(Bn254PairingPrecompile.Instance, G1 + Zero128));
        Assert.Equal((true, True), Run(Bn254PairingPrecompile.Instance, G1 + Zero128 + G1 + G2 + G1Negated + G2));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(191)]
    [InlineData(193)]
    public void Pairing_LengthNotAMultipleOf192_Fails(int length) =>
        Assert.False(Bn254PairingPrecompile.Instance.TryRun(new byte[length], Revision.Istanbul, out _));

    [Fact]
    public void Pairing_G2CoordinateNotCanonical_Fails() =>
        Assert.False(Run(Bn254PairingPrecompile.Instance, G1 + P + G2[64..]).Success);

    [Fact]
    public void Pairing_G2OffTheTwist_Fails() =>
        Assert.False(Run(Bn254PairingPrecompile.Instance, G1 + G2[..^1] + "b").Success);

    [Fact]
    public void Pairing_G2OnTheTwistButOutsideTheSubgroup_Fails()
    {
        var point = FindTwistPointOutsideSubgroup();
        Assert.False(Run(Bn254PairingPrecompile.Instance, G1 + point).Success);
        Assert.False(Run(Bn254PairingPrecompile.Instance, Zero64 + point).Success);
    }

    [Fact]
    public void G2SubgroupTest_AgreesWithMultiplicationByTheOrder()
    {
        var p = BigInteger.Parse("030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47", System.Globalization.NumberStyles.HexNumber);
        var r = BigInteger.Parse("030644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001", System.Globalization.NumberStyles.HexNumber);
        var order = Convert.FromHexString(r.ToString("x64")[^64..]);
        var cofactor = (2 * p - r).ToByteArray(isUnsigned: true, isBigEndian: true);

        var outside = Convert.FromHexString(FindTwistPointOutsideSubgroup());
        var point = JacobianPoint<Fp2>.FromAffine(
            new Fp2(Coordinate(outside, 32), Coordinate(outside, 0)), new Fp2(Coordinate(outside, 96), Coordinate(outside, 64)));
        var cleared = point.Multiply(cofactor);

        Assert.False(point.Multiply(order).IsInfinity);
        Assert.False(Bn254Curve.IsInG2Subgroup(point));
        Assert.True(cleared.Multiply(order).IsInfinity);
        Assert.True(Bn254Curve.IsInG2Subgroup(cleared));
        Assert.True(Bn254Curve.IsInG2Subgroup(cleared.Double().Add(cleared)));
    }

    [Fact]
    public void Pairing_InvalidG1_Fails() =>
        Assert.False(Run(Bn254PairingPrecompile.Instance, G1[..^1] + "3" + G2).Success);

    [Theory]
    [InlineData(Revision.Byzantium, 500, 40000, 100000, 80000)]
    [InlineData(Revision.Petersburg, 500, 40000, 100000, 80000)]
    [InlineData(Revision.Istanbul, 150, 6000, 45000, 34000)]
    [InlineData(Revision.Osaka, 150, 6000, 45000, 34000)]
    public void Gas_FollowsEip1108FromIstanbul(Revision revision, long add, long mul, long pairingBase, long perPair)
    {
        Assert.Equal(add, Bn254AddPrecompile.Instance.GasCost([], revision));
        Assert.Equal(mul, Bn254MulPrecompile.Instance.GasCost([], revision));
        Assert.Equal(pairingBase, Bn254PairingPrecompile.Instance.GasCost([], revision));
        Assert.Equal(pairingBase + 3 * perPair, Bn254PairingPrecompile.Instance.GasCost(new byte[3 * 192], revision));
    }

    [Fact]
    public void FinalExponentiation_MatchesTheDefinition()
    {
        var p = BigInteger.Parse("030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47", System.Globalization.NumberStyles.HexNumber);
        var r = BigInteger.Parse("030644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001", System.Globalization.NumberStyles.HexNumber);
        var exponent = (BigInteger.Pow(p, 12) - 1) / r;
        Assert.True(Bn254Curve.TryReadG1(Convert.FromHexString(G1), out var g1));
        Assert.True(g1.TryToAffine(out var px, out var py));
        Assert.True(Bn254Curve.TryReadG2(Convert.FromHexString(G2), out var qx, out var qy, out _));
        var f = Bn254Pairing.MillerLoop([new PairingArgument(px, py, qx, qy)]);

        var expected = Bn254FieldTests.Pow(f, exponent);
        Assert.Equal(expected, Bn254Pairing.FinalExponentiation(f));
    }

    private static Fp Coordinate(byte[] encoded, int offset)
    {
        Assert.True(Fp.TryFromBigEndian(encoded.AsSpan(offset, 32), out var value));
        return value;
    }

    private static string Scalar(BigInteger k) => k.ToString("x64")[^64..];

    private static string G2Multiply(int k)
    {
        Assert.True(Bn254Curve.TryReadG2(Convert.FromHexString(G2), out var x, out var y, out _));
        Assert.True(JacobianPoint<Fp2>.FromAffine(x, y).Multiply(Convert.FromHexString(Scalar(k))).TryToAffine(out var kx, out var ky));
        return Encode(kx) + Encode(ky);
    }

    private static string Encode(Fp2 value)
    {
        var bytes = new byte[64];
        value.B.WriteBigEndian(bytes);
        value.A.WriteBigEndian(bytes.AsSpan(32));
        return Convert.ToHexStringLower(bytes);
    }

    private static string FindTwistPointOutsideSubgroup()
    {
        // The first x = k whose x³ + 3/ξ is a square gives a twist point; a point found this way is in
        // the order-r subgroup only with probability 1/cofactor ≈ 2^-254.
        var twistB = new Fp2(Fp.FromUInt64(3), Fp.Zero) * Fp2.Xi.Inverse();
        for (ulong k = 1; ; k++)
        {
            var x = new Fp2(Fp.FromUInt64(k), Fp.Zero);
            var rhs = x.Square() * x + twistB;
            if (!TrySqrt(rhs, out var y)) continue;
            Assert.Equal(rhs, y.Square());
            return Encode(x) + Encode(y);
        }
    }

    /// <summary>Square root in F_p² for p ≡ 3 (mod 4): Algorithm 9 of Adj and Rodríguez-Henríquez (2012).</summary>
    private static bool TrySqrt(Fp2 value, out Fp2 root)
    {
        var p = BigInteger.Parse("030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47", System.Globalization.NumberStyles.HexNumber);
        var a1 = Fp2.Pow(value, (p - 3) / 4);
        var alpha = a1 * a1 * value;
        var x0 = a1 * value;
        var minusOne = new Fp2(-Fp.One, Fp.Zero);
        root = alpha == minusOne ? new Fp2(-x0.B, x0.A) : Fp2.Pow(alpha + Fp2.One, (p - 1) / 2) * x0;
        return root.Square() == value;
    }
}
