namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// Σ [kᵢ]Pᵢ for scalars of at most <c>bits</c> bits (the short parts an endomorphism split leaves)
/// by Pippenger's bucket method with signed digits: each c-bit window puts ±Pᵢ into one of 2^(c−1)
/// buckets (in Jacobian coordinates, filled by mixed additions of the affine points), then a running
/// sum weights bucket j by j. About (bits/c + 1)·(n + 2^c) additions plus
/// <c>bits</c> doublings; c is chosen per call to minimise that count.
/// </summary>
internal static class MultiScalarMultiplication<TField, TCurve>
    where TField : struct, IFieldElement<TField>
    where TCurve : struct, ICurve<TField>
{
    public static ProjectivePoint<TField, TCurve> Compute(ReadOnlySpan<ProjectivePoint<TField, TCurve>> points, ReadOnlySpan<UInt128> scalars, int bits)
    {
        var windowBits = WindowBits(points.Length, bits);
        var windows = bits / windowBits + 1; // one more for the carry out of the signed recoding
        var digits = SignedDigits(scalars, windowBits, windows);
        ToAffine(points, out var xs, out var ys, out var negatedYs);
        var buckets = new JacobianPoint<TField, TCurve>[1 << (windowBits - 1)];
        var projectiveBuckets = new ProjectivePoint<TField, TCurve>[buckets.Length];
        var filled = new bool[buckets.Length];
        var result = ProjectivePoint<TField, TCurve>.Infinity;
        for (var window = windows - 1; window >= 0; window--)
        {
            for (var i = 0; i < windowBits && !result.IsInfinity; i++) result = ProjectivePoint<TField, TCurve>.Double(result);
            Array.Clear(filled);
            for (var i = 0; i < points.Length; i++)
            {
                var digit = digits[i * windows + window];
                if (digit == 0 || points[i].IsInfinity) continue;
                var bucket = Math.Abs(digit) - 1;
                ref readonly var y = ref digit > 0 ? ref ys[i] : ref negatedYs[i];
                buckets[bucket] = filled[bucket]
                    ? JacobianPoint<TField, TCurve>.AddAffine(buckets[bucket], xs[i], y)
                    : JacobianPoint<TField, TCurve>.FromAffine(xs[i], y);
                filled[bucket] = true;
            }
            for (var j = 0; j < buckets.Length; j++)
            {
                if (filled[j]) projectiveBuckets[j] = buckets[j].ToProjective();
            }
            result = ProjectivePoint<TField, TCurve>.Add(result, SumWeighted(projectiveBuckets, filled));
        }
        return result;
    }

    /// <summary>
    /// Affine coordinates (and negated y) of every point for the buckets' mixed additions; points
    /// with Z = 1 (all decoded ones, and their endomorphism images) need no inversion, the others share one.
    /// </summary>
    private static void ToAffine(ReadOnlySpan<ProjectivePoint<TField, TCurve>> points, out TField[] xs, out TField[] ys, out TField[] negatedYs)
    {
        xs = new TField[points.Length];
        ys = new TField[points.Length];
        negatedYs = new TField[points.Length];
        var zInverses = new TField[points.Length];
        var needsInversion = false;
        for (var i = 0; i < points.Length; i++)
        {
            if (points[i].IsInfinity || TField.AreEqual(points[i].Z, TField.One)) continue;
            zInverses[i] = points[i].Z;
            needsInversion = true;
        }
        if (needsInversion) BatchInversion.Invert<TField>(zInverses);
        for (var i = 0; i < points.Length; i++)
        {
            var p = points[i];
            if (p.IsInfinity) continue;
            var plain = zInverses[i].IsZero;
            xs[i] = plain ? p.X : TField.Mul(p.X, zInverses[i]);
            ys[i] = plain ? p.Y : TField.Mul(p.Y, zInverses[i]);
            negatedYs[i] = TField.Negate(ys[i]);
        }
    }

    /// <summary>Σ (j + 1)·bucket[j] by running sums, skipping the additions empty buckets would cost.</summary>
    private static ProjectivePoint<TField, TCurve> SumWeighted(ProjectivePoint<TField, TCurve>[] buckets, bool[] filled)
    {
        var running = ProjectivePoint<TField, TCurve>.Infinity;
        var sum = ProjectivePoint<TField, TCurve>.Infinity;
        var started = false;
        for (var j = buckets.Length - 1; j >= 0; j--)
        {
            if (filled[j])
            {
                running = started ? ProjectivePoint<TField, TCurve>.Add(running, buckets[j]) : buckets[j];
                started = true;
            }
            if (started) sum = ProjectivePoint<TField, TCurve>.Add(sum, running);
        }
        return sum;
    }

    /// <summary>The window width c minimising (bits/c + 1)·(n + 2^c), the additions of the bucket method.</summary>
    internal static int WindowBits(int count, int bits)
    {
        var best = 1;
        var bestCost = long.MaxValue;
        for (var c = 2; c <= 16; c++)
        {
            var cost = (long)(bits / c + 1) * (count + (1L << c));
            if (cost >= bestCost) continue;
            best = c;
            bestCost = cost;
        }
        return best;
    }

    /// <summary>
    /// Each scalar as Σ dⱼ·2^(cj) with dⱼ in [−2^(c−1), 2^(c−1)]: a window value above 2^(c−1) becomes
    /// value − 2^c and carries one into the next window.
    /// </summary>
    internal static int[] SignedDigits(ReadOnlySpan<UInt128> scalars, int windowBits, int windows)
    {
        var digits = new int[scalars.Length * windows];
        var mask = (1 << windowBits) - 1;
        var half = 1 << (windowBits - 1);
        for (var i = 0; i < scalars.Length; i++)
        {
            var carry = 0;
            for (var window = 0; window < windows; window++)
            {
                var shift = window * windowBits;
                var value = (shift < 128 ? (int)(ulong)(scalars[i] >> shift) & mask : 0) + carry;
                carry = value > half ? 1 : 0;
                digits[i * windows + window] = value - (carry << windowBits);
            }
        }
        return digits;
    }
}
