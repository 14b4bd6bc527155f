using System.Buffers;

namespace Csevm.Precompiles.Crypto.Bn254;

/// <summary>One pairing argument: P in G1 and Q in G2 in affine coordinates, neither at infinity.</summary>
public readonly record struct PairingArgument(Fp Px, Fp Py, Fp2 Qx, Fp2 Qy);

/// <summary>
/// The optimal ate pairing on BN254 (Vercauteren 2010): a Miller loop over 6x+2 sharing one
/// accumulator for all pairs, two Frobenius-twisted additions, then the final exponentiation
/// (p¹²−1)/r split into the easy part and the hard part of Scott et al. (2009) in terms of x.
/// </summary>
public static class Bn254Pairing
{
    private const ulong X = Bn254Curve.SeedX;

    /// <summary>The Miller loop length 6x + 2 (65 bits) in NAF: 22 nonzero digits where binary has 37.</summary>
    private static readonly sbyte[] LoopNaf = SignedBinary.NonAdjacentForm((UInt128)X * 6 + 2);

    /// <summary>
    /// The seed x in width-4 NAF for the final exponentiation: 14 nonzero digits (24 in NAF), so with the
    /// table of x³, x⁵, x⁷ each power by x takes 17 products where the NAF took 23.
    /// </summary>
    private static readonly sbyte[] SeedWidthNaf = SignedBinary.WidthNonAdjacentForm(X, 4);

    /// <summary>True when e(P₁, Q₁)·…·e(Pₖ, Qₖ) = 1 (an empty product is 1).</summary>
    public static bool IsProductOne(ReadOnlySpan<PairingArgument> pairs)
    {
        if (pairs.IsEmpty) return true;
        return FinalExponentiation(MillerLoop(pairs)).IsOne;
    }

    /// <summary>The product of the pairs' Miller functions f_{6x+2,Q}(P)·l_{T,π(Q)}(P)·l_{T',−π²(Q)}(P).</summary>
    public static Fp12 MillerLoop(ReadOnlySpan<PairingArgument> pairs)
    {
        // The running points T: on the stack for the usual few pairs, pooled for long inputs.
        const int StackPairs = 16;
        var pooled = pairs.Length > StackPairs ? ArrayPool<JacobianPoint<Fp2>>.Shared.Rent(pairs.Length) : null;
        Span<JacobianPoint<Fp2>> points = pooled is null ? stackalloc JacobianPoint<Fp2>[StackPairs] : pooled;
        for (int i = 0; i < pairs.Length; i++) points[i] = JacobianPoint<Fp2>.FromAffine(pairs[i].Qx, pairs[i].Qy);

        var f = Fp12.One;
        for (int digit = LoopNaf.Length - 2; digit >= 0; digit--)
        {
            f = f.Square();
            for (int i = 0; i < pairs.Length; i++)
            {
                points[i] = DoublingStep(points[i], pairs[i], ref f);
                if (LoopNaf[digit] > 0) points[i] = AdditionStep(points[i], pairs[i].Qx, pairs[i].Qy, pairs[i], ref f);
                else if (LoopNaf[digit] < 0) points[i] = AdditionStep(points[i], pairs[i].Qx, -pairs[i].Qy, pairs[i], ref f);
            }
        }

        for (int i = 0; i < pairs.Length; i++)
        {
            // Q₁ = ψ(Q) and Q₂ = −ψ²(Q), affine because ψ keeps Z = 1.
            var q = pairs[i];
            var q1 = Bn254Curve.Psi(JacobianPoint<Fp2>.FromAffine(q.Qx, q.Qy));
            var q2 = Bn254Curve.Psi(q1);
            points[i] = AdditionStep(points[i], q1.X, q1.Y, q, ref f);
            AdditionStep(points[i], q2.X, -q2.Y, q, ref f);
        }
        if (pooled is not null) ArrayPool<JacobianPoint<Fp2>>.Shared.Return(pooled);
        return f;
    }

    /// <summary>
    /// T ← 2T and f ← f·l(P), where l is the tangent at T scaled by 2YZ³ (an F_p² factor, which the
    /// final exponentiation removes): l = 2YZ³·y_P − 3X²Z²·x_P·w + (3X³ − 2Y²)·w³.
    /// </summary>
    private static JacobianPoint<Fp2> DoublingStep(in JacobianPoint<Fp2> t, in PairingArgument p, ref Fp12 f)
    {
        var zz = t.Z.Square();
        var a = t.X.Square();
        var b = t.Y.Square();
        var c = b.Square();
        var d = ((t.X + b).Square() - a - c).Double();
        var e = a.Double() + a;
        var x3 = e.Square() - d.Double();
        var y3 = e * (d - x3) - c.Double().Double().Double();
        var z3 = (t.Y * t.Z).Double();

        f = f.MultiplyByLine(z3 * zz * p.Py, -(e * zz * p.Px), e * t.X - b.Double());
        return new JacobianPoint<Fp2>(x3, y3, z3);
    }

    /// <summary>
    /// T ← T + Q (Q affine) and f ← f·l(P), where l is the chord through T and Q scaled by Z₃:
    /// l = Z₃·y_P − r·x_P·w + (r·x_Q − Z₃·y_Q)·w³ with r = y_Q·Z³ − Y.
    /// </summary>
    private static JacobianPoint<Fp2> AdditionStep(in JacobianPoint<Fp2> t, in Fp2 qx, in Fp2 qy, in PairingArgument p, ref Fp12 f)
    {
        var zz = t.Z.Square();
        var u2 = qx * zz;
        var s2 = qy * t.Z * zz;
        var h = u2 - t.X;
        var r = s2 - t.Y;
        var hh = h.Square();
        var hhh = h * hh;
        var v = t.X * hh;
        var x3 = r.Square() - hhh - v.Double();
        var y3 = r * (v - x3) - t.Y * hhh;
        var z3 = t.Z * h;

        f = f.MultiplyByLine(z3 * p.Py, -(r * p.Px), r * qx - z3 * qy);
        return new JacobianPoint<Fp2>(x3, y3, z3);
    }

    /// <summary>f^((p¹²−1)/r).</summary>
    public static Fp12 FinalExponentiation(in Fp12 f)
    {
        // Easy part: f^((p⁶−1)(p²+1)) lands in the cyclotomic subgroup, where inverse = conjugate.
        var t = f.Conjugate() * f.Inverse();
        t = t.FrobeniusSquared() * t;

        // Hard part (p⁴ − p² + 1)/r, written in powers of x and of the Frobenius.
        var fp = t.Frobenius();
        var fp2 = t.FrobeniusSquared();
        var fp3 = fp2.Frobenius();
        var fu = t.CyclotomicPow(SeedWidthNaf);
        var fu2 = fu.CyclotomicPow(SeedWidthNaf);
        var fu3 = fu2.CyclotomicPow(SeedWidthNaf);

        var y0 = fp * fp2 * fp3;
        var y1 = t.Conjugate();
        var y2 = fu2.FrobeniusSquared();
        var y3 = fu.Frobenius().Conjugate();
        var y4 = (fu * fu2.Frobenius()).Conjugate();
        var y5 = fu2.Conjugate();
        var y6 = (fu3 * fu3.Frobenius()).Conjugate();

        var t0 = y6.CyclotomicSquare() * y4 * y5;
        var t1 = y3 * y5 * t0;
        t0 *= y2;
        t1 = (t1.CyclotomicSquare() * t0).CyclotomicSquare();
        t0 = t1 * y1;
        t1 *= y0;
        return t0.CyclotomicSquare() * t1;
    }
}
