using System.Buffers.Binary;
using G1Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp, Csevm.Precompiles.Crypto.Bls12381.G1Curve>;
using G2Point = Csevm.Precompiles.Crypto.Bls12381.ProjectivePoint<Csevm.Precompiles.Crypto.Bls12381.Fp2, Csevm.Precompiles.Crypto.Bls12381.G2Curve>;

namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// Scalar multiplication of points known to be in G1 or G2 through the endomorphisms (GLV/GLS):
/// writing the 256-bit scalar in base |x| (five 64-bit digits, the last 0 or 1) and using
/// [x²]P = −φ(P) on G1 and [x]P = ψ(P) on G2 splits it into two 128-bit (G1) or four 64-bit (G2)
/// scalars, processed together with one table of all subset sums: 128 or 64 doublings instead of
/// 256, and one addition per bit.
/// </summary>
internal static class EndomorphismMultiplication
{
    private const ulong AbsoluteX = 0xd201000000010000;

    /// <summary>[k]P for P in G1 and a 32-byte big-endian k.</summary>
    public static G1Point MultiplyG1(in G1Point p, ReadOnlySpan<byte> scalar)
    {
        Span<ulong> d = stackalloc ulong[5];
        BaseXDigits(scalar, d);
        // k = e0 + e1·x² + e2·x⁴ with e0 = d0 + d1|x|, e1 = d2 + d3|x|, e2 = d4.
        var minusPhi = G1Point.Negate(Endomorphisms.Phi(p));
        Span<UInt128> scalars = [d[0] + (UInt128)d[1] * AbsoluteX, d[2] + (UInt128)d[3] * AbsoluteX];
        var result = JointMultiply([p, minusPhi], scalars, 128);
        return d[4] == 0 ? result : G1Point.Add(result, G1Point.Multiply(Endomorphisms.Phi(Endomorphisms.Phi(p)), BigEndian(d[4])));
    }

    /// <summary>[k]P for P in G2 and a 32-byte big-endian k.</summary>
    public static G2Point MultiplyG2(in G2Point p, ReadOnlySpan<byte> scalar)
    {
        Span<ulong> d = stackalloc ulong[5];
        BaseXDigits(scalar, d);
        // [|x|^i]P = (−ψ)^i(P), as ψ acts as x = −|x|.
        var psi1 = G2Point.Negate(Endomorphisms.Psi(p));
        var psi2 = G2Point.Negate(Endomorphisms.Psi(psi1));
        var psi3 = G2Point.Negate(Endomorphisms.Psi(psi2));
        Span<UInt128> scalars = [d[0], d[1], d[2], d[3]];
        var result = JointMultiply([p, psi1, psi2, psi3], scalars, 64);
        return d[4] == 0 ? result : G2Point.Add(result, G2Point.Multiply(G2Point.Negate(Endomorphisms.Psi(psi3)), BigEndian(d[4])));
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

    private static byte[] BigEndian(ulong value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, value);
        return bytes;
    }

    /// <summary>Σ [kⱼ]Qⱼ by a shared double-and-add over a table of every subset sum of the Qⱼ.</summary>
    private static ProjectivePoint<TField, TCurve> JointMultiply<TField, TCurve>(
        ReadOnlySpan<ProjectivePoint<TField, TCurve>> points, ReadOnlySpan<UInt128> scalars, int bits)
        where TField : struct, IFieldElement<TField>
        where TCurve : struct, ICurve<TField>
    {
        var table = new ProjectivePoint<TField, TCurve>[1 << points.Length];
        table[0] = ProjectivePoint<TField, TCurve>.Infinity;
        for (var mask = 1; mask < table.Length; mask++)
        {
            var lowest = System.Numerics.BitOperations.TrailingZeroCount(mask);
            table[mask] = ProjectivePoint<TField, TCurve>.Add(table[mask & (mask - 1)], points[lowest]);
        }
        var result = ProjectivePoint<TField, TCurve>.Infinity;
        var started = false;
        for (var bit = bits - 1; bit >= 0; bit--)
        {
            if (started) result = ProjectivePoint<TField, TCurve>.Double(result);
            var index = 0;
            for (var j = 0; j < scalars.Length; j++) index |= (int)((scalars[j] >> bit) & 1) << j;
            if (index == 0) continue;
            result = started ? ProjectivePoint<TField, TCurve>.Add(result, table[index]) : table[index];
            started = true;
        }
        return result;
    }
}
