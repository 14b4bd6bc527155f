using System.Buffers.Binary;
using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;
using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// Scalar multiplication of points known to be in G1 or G2 through the endomorphisms (GLV/GLS):
/// writing the 256-bit scalar in base |x| (five 64-bit digits, the last 0 or 1) and using
/// [x²]P = −φ(P) on G1 and [x]P = ψ(P) on G2 splits [k]P into a sum of [kⱼ]Qⱼ with short kⱼ:
/// three parts of at most 128 bits on G1, five of at most 64 bits on G2. One point is multiplied by
/// a shared double-and-add over a table of the parts' subset sums; many go through Pippenger
/// (<see cref="MultiScalarMultiplication{TField, TCurve}"/>) with all their parts.
/// </summary>
internal static class EndomorphismMultiplication
{
    private const ulong AbsoluteX = 0xd201000000010000;

    public const int G1Parts = 3;
    public const int G1PartBits = 128;
    public const int G2Parts = 5;
    public const int G2PartBits = 64;

    /// <summary>[k]P for P in G1 and a 32-byte big-endian k.</summary>
    public static G1Point MultiplyG1(in G1Point p, ReadOnlySpan<byte> scalar)
    {
        Span<G1Point> parts = stackalloc G1Point[G1Parts];
        Span<UInt128> partScalars = stackalloc UInt128[G1Parts];
        DecomposeG1(p, scalar, parts, partScalars);
        return JointMultiply(parts, partScalars, G1PartBits);
    }

    /// <summary>
    /// [k]P + [l]Q for P, Q in G1 and 32-byte big-endian k, l: one shared double-and-add over the
    /// parts of both splits, 128 doublings instead of 256.
    /// </summary>
    public static G1Point MultiplyG1Pair(in G1Point p, ReadOnlySpan<byte> k, in G1Point q, ReadOnlySpan<byte> l)
    {
        Span<G1Point> parts = stackalloc G1Point[2 * G1Parts];
        Span<UInt128> partScalars = stackalloc UInt128[2 * G1Parts];
        DecomposeG1(p, k, parts[..G1Parts], partScalars[..G1Parts]);
        DecomposeG1(q, l, parts[G1Parts..], partScalars[G1Parts..]);
        return JointMultiply(parts, partScalars, G1PartBits);
    }

    /// <summary>[k]P for P in G2 and a 32-byte big-endian k.</summary>
    public static G2Point MultiplyG2(in G2Point p, ReadOnlySpan<byte> scalar)
    {
        Span<G2Point> parts = stackalloc G2Point[G2Parts];
        Span<UInt128> partScalars = stackalloc UInt128[G2Parts];
        DecomposeG2(p, scalar, parts, partScalars);
        return JointMultiply(parts, partScalars, G2PartBits);
    }

    /// <summary>
    /// [k]P = Σ [kⱼ]Qⱼ for P in G1: k = e0 + e1·x² + d4·x⁴ with e0 = d0 + d1|x|, e1 = d2 + d3|x|
    /// (each below 2¹²⁸), Q = (P, −φ(P), φ²(P)).
    /// </summary>
    public static void DecomposeG1(in G1Point p, ReadOnlySpan<byte> scalar, Span<G1Point> parts, Span<UInt128> partScalars)
    {
        Span<ulong> d = stackalloc ulong[5];
        BaseXDigits(scalar, d);
        var phi = Endomorphisms.Phi(p);
        parts[0] = p;
        parts[1] = G1Point.Negate(phi);
        parts[2] = Endomorphisms.Phi(phi);
        partScalars[0] = d[0] + (UInt128)d[1] * AbsoluteX;
        partScalars[1] = d[2] + (UInt128)d[3] * AbsoluteX;
        partScalars[2] = d[4];
    }

    /// <summary>[k]P = Σ dᵢ·[|x|ⁱ]P for P in G2, where [|x|ⁱ]P = (−ψ)ⁱ(P) as ψ acts as x = −|x|.</summary>
    public static void DecomposeG2(in G2Point p, ReadOnlySpan<byte> scalar, Span<G2Point> parts, Span<UInt128> partScalars)
    {
        Span<ulong> d = stackalloc ulong[5];
        BaseXDigits(scalar, d);
        parts[0] = p;
        partScalars[0] = d[0];
        for (var i = 1; i < G2Parts; i++)
        {
            parts[i] = G2Point.Negate(Endomorphisms.Psi(parts[i - 1]));
            partScalars[i] = d[i];
        }
    }

    /// <summary>The five base-|x| digits of a 256-bit big-endian scalar (|x|⁵ &gt; 2²⁵⁶, so five suffice).</summary>
    private static void BaseXDigits(ReadOnlySpan<byte> scalar, Span<ulong> digits)
    {
        Span<ulong> limbs =
        [
            BinaryPrimitives.ReadUInt64BigEndian(scalar[24..]), BinaryPrimitives.ReadUInt64BigEndian(scalar[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(scalar[8..]), BinaryPrimitives.ReadUInt64BigEndian(scalar),
        ];
        for (var d = 0; d < digits.Length; d++)
        {
            ulong remainder = 0;
            for (var i = limbs.Length - 1; i >= 0; i--)
            {
                var current = ((UInt128)remainder << 64) | limbs[i];
                limbs[i] = (ulong)(current / AbsoluteX);
                remainder = (ulong)(current % AbsoluteX);
            }
            digits[d] = remainder;
        }
    }

    /// <summary>
    /// Σ [kⱼ]Qⱼ by a shared double-and-add over a table of every subset sum of the Qⱼ whose kⱼ is
    /// not zero (the last base-|x| digit almost always is, and would double the table). The table is
    /// made affine with one shared inversion so the loop runs in Jacobian coordinates with mixed
    /// additions (<see cref="JacobianPoint{TField, TCurve}"/>); a subset summing to infinity is skipped.
    /// </summary>
    public static ProjectivePoint<TField, TCurve> JointMultiply<TField, TCurve>(
        ReadOnlySpan<ProjectivePoint<TField, TCurve>> parts, ReadOnlySpan<UInt128> partScalars, int bits)
        where TField : struct, IFieldElement<TField>
        where TCurve : struct, ICurve<TField>
    {
        var points = new ProjectivePoint<TField, TCurve>[parts.Length];
        Span<UInt128> scalars = stackalloc UInt128[parts.Length];
        var count = 0;
        for (var j = 0; j < parts.Length; j++)
        {
            if (partScalars[j] == 0) continue;
            points[count] = parts[j];
            scalars[count++] = partScalars[j];
        }
        var table = new ProjectivePoint<TField, TCurve>[1 << count];
        table[0] = ProjectivePoint<TField, TCurve>.Infinity;
        for (var mask = 1; mask < table.Length; mask++)
        {
            var lowest = System.Numerics.BitOperations.TrailingZeroCount(mask);
            var rest = mask & (mask - 1);
            table[mask] = rest == 0 ? points[lowest] : ProjectivePoint<TField, TCurve>.Add(table[rest], points[lowest]);
        }
        var zInverses = new TField[table.Length];
        for (var i = 0; i < table.Length; i++) zInverses[i] = table[i].Z;
        BatchInversion.Invert<TField>(zInverses);
        var tableX = new TField[table.Length];
        var tableY = new TField[table.Length];
        for (var i = 0; i < table.Length; i++)
        {
            tableX[i] = TField.Mul(table[i].X, zInverses[i]);
            tableY[i] = TField.Mul(table[i].Y, zInverses[i]);
        }

        var result = default(JacobianPoint<TField, TCurve>);
        var started = false;
        for (var bit = bits - 1; bit >= 0; bit--)
        {
            if (started) result = JacobianPoint<TField, TCurve>.Double(result);
            var index = 0;
            for (var j = 0; j < count; j++) index |= (int)((scalars[j] >> bit) & 1) << j;
            if (index == 0 || zInverses[index].IsZero) continue;
            result = started
                ? JacobianPoint<TField, TCurve>.AddAffine(result, tableX[index], tableY[index])
                : JacobianPoint<TField, TCurve>.FromAffine(tableX[index], tableY[index]);
            started = true;
        }
        return started ? result.ToProjective() : ProjectivePoint<TField, TCurve>.Infinity;
    }
}
