namespace Csevm.Precompiles.Crypto.Bn254;

/// <summary>
/// The alt_bn128 groups as the EVM encodes them (EIP-196/197): G1 on y² = x³ + 3 over F_p, G2 on
/// the D-type twist y² = x³ + 3/ξ over F_p². Coordinates are 32-byte big-endian words and must be
/// below p; (0, 0) encodes infinity; F_p² elements are written imaginary part first.
/// </summary>
public static class Bn254Curve
{
    public const int G1Size = 64;
    public const int G2Size = 128;

    /// <summary>The BN parameter x the curve is built from (p = 36x⁴ + 36x³ + 24x² + 6x + 1).</summary>
    public const ulong SeedX = 0x44e992b44a6909f1;

    private static readonly Fp B = Fp.FromUInt64(3);
    private static readonly Fp2 TwistB = new Fp2(B, Fp.Zero) * Fp2.Xi.Inverse();

    /// <summary>Reads a G1 point; false if a coordinate is not canonical or the point is off the curve.</summary>
    public static bool TryReadG1(ReadOnlySpan<byte> input, out JacobianPoint<Fp> point)
    {
        point = JacobianPoint<Fp>.Infinity;
        if (!Fp.TryFromBigEndian(input[..32], out var x) || !Fp.TryFromBigEndian(input[32..64], out var y)) return false;
        if (x.IsZero && y.IsZero) return true;
        if (y.Square() != x.Square() * x + B) return false;
        point = JacobianPoint<Fp>.FromAffine(x, y);
        return true;
    }

    /// <summary>Writes a G1 point as 64 bytes (infinity as zeros).</summary>
    public static void WriteG1(in JacobianPoint<Fp> point, Span<byte> output)
    {
        output[..G1Size].Clear();
        if (!point.TryToAffine(out var x, out var y)) return;
        x.WriteBigEndian(output);
        y.WriteBigEndian(output[32..]);
    }

    /// <summary>
    /// P + Q for affine points of G1 straight to affine coordinates, λ = (y₂ − y₁)/(x₂ − x₁) or
    /// 3x₁²/(2y₁) when P = Q: one division (the cost of one inversion) and two products, where a
    /// Jacobian sum needs eleven products before the same inversion. false for the point at infinity
    /// (x₂ = x₁, y₂ = −y₁).
    /// G1 has odd order, so no point has y = 0 and a doubling never divides by zero.
    /// </summary>
    public static bool TryAddAffine(in Fp x1, in Fp y1, in Fp x2, in Fp y2, out Fp x3, out Fp y3)
    {
        Fp lambda;
        if (x1 == x2)
        {
            x3 = y3 = Fp.Zero;
            if (y1 != y2) return false;
            var xx = x1.Square();
            lambda = Fp.Divide(xx.Double() + xx, y1.Double());
        }
        else
        {
            lambda = Fp.Divide(y2 - y1, x2 - x1);
        }
        x3 = lambda.Square() - x1 - x2;
        y3 = lambda * (x1 - x3) - y1;
        return true;
    }

    /// <summary>
    /// Reads a G2 point; false if a coordinate is not canonical, the point is off the twist, or it
    /// lies outside the order-r subgroup. <paramref name="isInfinity"/> reports the all-zero encoding.
    /// </summary>
    public static bool TryReadG2(ReadOnlySpan<byte> input, out Fp2 x, out Fp2 y, out bool isInfinity)
    {
        x = y = Fp2.Zero;
        isInfinity = false;
        if (!Fp.TryFromBigEndian(input[..32], out var xImaginary) || !Fp.TryFromBigEndian(input[32..64], out var xReal) ||
            !Fp.TryFromBigEndian(input[64..96], out var yImaginary) || !Fp.TryFromBigEndian(input[96..128], out var yReal))
            return false;
        x = new Fp2(xReal, xImaginary);
        y = new Fp2(yReal, yImaginary);
        if (x.IsZero && y.IsZero)
        {
            isInfinity = true;
            return true;
        }
        if (y.Square() != x.Square() * x + TwistB) return false;
        // The twist has a large cofactor, so membership in the order-r subgroup is a real check.
        return IsInG2Subgroup(JacobianPoint<Fp2>.FromAffine(x, y));
    }

    /// <summary>
    /// Whether a twist point lies in the order-r subgroup, by the test of Dai, Lin, Zhao and Zhou
    /// (ePrint 2022/348), valid for BN254's x (x ≢ 4 mod 13, x ≢ 92 mod 97):
    /// [x+1]Q + ψ([x]Q) + ψ²([x]Q) = ψ³([2x]Q). One 63-bit multiplication instead of one by r.
    /// </summary>
    public static bool IsInG2Subgroup(in JacobianPoint<Fp2> q)
    {
        var xq = MultiplyBySeed(q);
        var psiXq = Psi(xq);
        var left = xq.Add(q).Add(psiXq).Add(Psi(psiXq));
        var right = Psi(Psi(Psi(xq.Double())));
        return left.IsSamePoint(right);
    }

    /// <summary>The seed x in NAF (24 nonzero digits).</summary>
    private static readonly sbyte[] SeedNaf = SignedBinary.NonAdjacentForm(SeedX);

    /// <summary>[x]Q by the NAF of x from an affine Q, so each of the 24 additions is a mixed one.</summary>
    private static JacobianPoint<Fp2> MultiplyBySeed(in JacobianPoint<Fp2> q)
    {
        if (!q.TryToAffine(out var x, out var y)) return q;
        var negatedY = -y;
        var result = JacobianPoint<Fp2>.FromAffine(x, y);
        for (int i = SeedNaf.Length - 2; i >= 0; i--)
        {
            result = result.Double();
            if (SeedNaf[i] > 0) result = result.AddAffine(x, y);
            else if (SeedNaf[i] < 0) result = result.AddAffine(x, negatedY);
        }
        return result;
    }

    /// <summary>
    /// ψ, the untwist-Frobenius-twist endomorphism (Galbraith and Scott 2008): conjugate the
    /// coordinates and scale x by ξ^((p−1)/3), y by ξ^((p−1)/2). On G2 it acts as multiplication by p.
    /// </summary>
    public static JacobianPoint<Fp2> Psi(in JacobianPoint<Fp2> q) =>
        new(q.X.Conjugate() * Fp12.TwistFrobeniusX, q.Y.Conjugate() * Fp12.TwistFrobeniusY, q.Z.Conjugate());
}
