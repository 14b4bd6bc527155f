using Csevm.Precompiles.Crypto.Bls12381;
using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;
using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;
using G1Jacobian = Csevm.Precompiles.Crypto.Bls12381.JacobianPoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;
using G2Jacobian = Csevm.Precompiles.Crypto.Bls12381.JacobianPoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Tests.Precompiles.Bls12381;

/// <summary>The Jacobian formulas against the complete projective ones, including the cases they must special-case.</summary>
public class JacobianPointTests
{
    private static readonly G1Point P = G1Point.Multiply(Generators.G1, [0x21, 0x43]);
    private static readonly G2Point Q = G2Point.Multiply(Generators.G2, [0x65, 0x87]);

    /// <summary>On E but outside G1 (no cofactor clearing), so small-order components are exercised.</summary>
    private static readonly G1Point OffSubgroup = MapToCurve<Fp, G1Curve, G1Isogeny>.Map(Fp.FromUInt64(99));

    private static G1Jacobian Jacobian(G1Point p)
    {
        Assert.True(p.TryToAffine(out var x, out var y));
        return G1Jacobian.FromAffine(x, y);
    }

    [Fact]
    public void Double_MatchesProjectiveDoubling_AndKeepsInfinity()
    {
        var j = Jacobian(P);
        var p = P;
        for (var i = 0; i < 10; i++)
        {
            j = G1Jacobian.Double(j);
            p = G1Point.Double(p);
            Assert.True(G1Point.AreEqual(p, j.ToProjective()));
        }
        Assert.True(G1Jacobian.Double(new G1Jacobian(Fp.One, Fp.One, Fp.Zero)).IsInfinity);
        Assert.True(G2Jacobian.Double(new G2Jacobian(Fp2.One, Fp2.One, Fp2.Zero)).IsInfinity);
    }

    [Fact]
    public void AddAffine_MatchesProjectiveAddition_IncludingEqualAndOppositePoints()
    {
        Assert.True(OffSubgroup.TryToAffine(out var x, out var y));
        var j = G1Jacobian.Double(Jacobian(OffSubgroup));
        var p = G1Point.Double(OffSubgroup);
        for (var i = 0; i < 5; i++)
        {
            j = G1Jacobian.AddAffine(j, x, y);
            p = G1Point.Add(p, OffSubgroup);
            Assert.True(G1Point.AreEqual(p, j.ToProjective()));
        }
        // Equal points double; opposite points give infinity; infinity plus a point is the point.
        Assert.True(G1Point.AreEqual(G1Point.Double(OffSubgroup), G1Jacobian.AddAffine(Jacobian(OffSubgroup), x, y).ToProjective()));
        Assert.True(G1Jacobian.AddAffine(Jacobian(G1Point.Negate(OffSubgroup)), x, y).IsInfinity);
        Assert.True(G1Point.AreEqual(OffSubgroup, G1Jacobian.AddAffine(new G1Jacobian(Fp.One, Fp.One, Fp.Zero), x, y).ToProjective()));
    }

    [Fact]
    public void ShortScalarMultiplication_MatchesRepeatedAddition_OnG1G2AndOffSubgroup()
    {
        foreach (var k in new[] { 1, 2, 3, 7, 255, 256, 1000, 65535 })
        {
            var scalar = new[] { (byte)(k >> 8), (byte)k };
            Assert.True(G1Point.AreEqual(RepeatedAddition(P, k), G1Point.Multiply(P, scalar)), $"G1 {k}");
            Assert.True(G1Point.AreEqual(RepeatedAddition(OffSubgroup, k), G1Point.Multiply(OffSubgroup, scalar)), $"off {k}");
            if (k <= 300) Assert.True(G2Point.AreEqual(RepeatedAddition(Q, k), G2Point.Multiply(Q, scalar)), $"G2 {k}");
        }
        Assert.True(G1Point.Multiply(P, [0]).IsInfinity);
        Assert.True(G1Point.Multiply(G1Point.Infinity, [5]).IsInfinity);
        // A non-affine input (Z ≠ 1) is made affine first.
        var projective = G1Point.Add(P, OffSubgroup);
        Assert.True(G1Point.AreEqual(RepeatedAddition(projective, 77), G1Point.Multiply(projective, [77])));
    }

    private static ProjectivePoint<TField, TCurve> RepeatedAddition<TField, TCurve>(ProjectivePoint<TField, TCurve> p, int k)
        where TField : struct, IFieldElement<TField>
        where TCurve : struct, ICurve<TField>
    {
        var sum = ProjectivePoint<TField, TCurve>.Infinity;
        for (var i = 0; i < k; i++) sum = ProjectivePoint<TField, TCurve>.Add(sum, p);
        return sum;
    }
}
