using System.Numerics;
using System.Runtime.CompilerServices;

namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// Inversion modulo the BLS12-381 base field prime p by Bernstein–Yang "safegcd" divsteps
/// (eprint 2019/266), in the variable-time form that batches 62 divsteps into one 2×2 transition
/// matrix computed on the low 64 bits alone (the approach of libsecp256k1's modinv64_var). The
/// multi-limb values are then touched once per 62 divsteps instead of once per bit, which makes it
/// several times faster than a bit-by-bit binary Euclid. Time depends on the input: fine for the
/// public data precompiles handle.
/// </summary>
/// <remarks>
/// Numbers are seven signed 62-bit limbs (the top one carries the sign). The loop keeps
/// f ≡ d·x and g ≡ e·x (mod p) while the divsteps shrink g to zero and f to ±1, so x⁻¹ = ±d.
/// Each matrix application divides by 2⁶², exactly for f and g (their low 62 bits cancel by
/// construction) and modulo p for d and e (a multiple of p clears their low bits first).
/// </remarks>
internal static class SafeGcdInversion
{
    private const int Limbs = 7;
    private const ulong Mask62 = (1UL << 62) - 1;

    private static readonly long[] Modulus = ToSigned62(Fp.ModulusLimbs);

    /// <summary>p⁻¹ mod 2⁶², from −p⁻¹ mod 2⁶⁴.</summary>
    private const ulong ModulusInverse62 = unchecked(0UL - Fp.NegativeModulusInverse) & Mask62;

    /// <summary>x⁻¹ mod p for 0 &lt; x &lt; p given as six little-endian 64-bit limbs.</summary>
    public static void Invert(ReadOnlySpan<ulong> x, Span<ulong> inverse)
    {
        Span<long> f = stackalloc long[Limbs];
        Span<long> g = stackalloc long[Limbs];
        Span<long> d = stackalloc long[Limbs];
        Span<long> e = stackalloc long[Limbs];
        Modulus.CopyTo(f);
        WriteSigned62(x, g);
        d.Clear();
        e.Clear();
        e[0] = 1;
        long eta = -1; // −δ, with δ = 1 initially
        var length = Limbs;
        while (true)
        {
            eta = DivSteps62(eta, (ulong)f[0], (ulong)g[0], out var matrix);
            UpdateDE(d, e, matrix);
            UpdateFG(length, f, g, matrix);
            if (g[0] == 0 && IsZero(g[1..length])) break;
            // Drop the top limb when both f and g fit below it (it is then 0 or −1, a sign extension).
            var fTop = f[length - 1];
            var gTop = g[length - 1];
            if (length > 1 && (fTop ^ (fTop >> 63)) == 0 && (gTop ^ (gTop >> 63)) == 0)
            {
                f[length - 2] |= fTop << 62;
                g[length - 2] |= gTop << 62;
                length--;
            }
        }
        // f = ±1, so x⁻¹ = ±d; d lies in (−2p, p).
        if (f[length - 1] < 0) Negate(d);
        Normalize(d);
        while (d[Limbs - 1] < 0) AddModulus(d);
        while (!IsBelowModulus(d)) SubtractModulus(d);
        ReadSigned62(d, inverse);
    }

    /// <summary>The (u, v; q, r) matrix of 62 divsteps: 2⁶²·(f', g') = (u·f + v·g, q·f + r·g), with |u| + |v| ≤ 2⁶².</summary>
    private readonly record struct Transition(long U, long V, long Q, long R);

    /// <summary>
    /// 62 divsteps on the low bits of f (odd) and g. Runs of zero bits of g are shifted out at once,
    /// and while f stays the same several low bits of g are cancelled by one multiple of f
    /// (f⁻¹ mod 2⁴ or 2⁶ by a Newton step), instead of one divstep per bit.
    /// </summary>
    private static long DivSteps62(long eta, ulong f, ulong g, out Transition matrix)
    {
        ulong u = 1, v = 0, q = 0, r = 1;
        var remaining = 62;
        while (true)
        {
            // Trailing zeros of g, at most the divsteps remaining: each halves g (and doubles f's row).
            var zeros = BitOperations.TrailingZeroCount(g | (ulong.MaxValue << remaining));
            g >>= zeros;
            u <<= zeros;
            v <<= zeros;
            eta -= zeros;
            remaining -= zeros;
            if (remaining == 0) break;
            ulong w;
            int limit;
            if (eta < 0)
            {
                // δ > 0 and g odd: swap (f, g) ← (g, −f).
                eta = -eta;
                (f, g) = (g, 0 - f);
                (u, q) = (q, 0 - u);
                (v, r) = (r, 0 - v);
                limit = Math.Min((int)eta + 1, remaining);
                // −g/f mod 2⁶: f(f² − 2) is −f⁻¹ mod 2⁶ for odd f.
                w = (f * g * (f * f - 2)) & (ulong.MaxValue >> (64 - limit)) & 63;
            }
            else
            {
                limit = Math.Min((int)eta + 1, remaining);
                // f + (((f + 1) & 4) << 1) is f⁻¹ mod 2⁴ for odd f.
                w = (0 - (f + (((f + 1) & 4) << 1)) * g) & (ulong.MaxValue >> (64 - limit)) & 15;
            }
            g += f * w;
            q += u * w;
            r += v * w;
        }
        matrix = new Transition((long)u, (long)v, (long)q, (long)r);
        return eta;
    }

    /// <summary>(f, g) ← M·(f, g) / 2⁶² on the first <paramref name="length"/> limbs; the division is exact.</summary>
    private static void UpdateFG(int length, Span<long> f, Span<long> g, in Transition m)
    {
        var cf = Int128Accumulator.Product(m.U, f[0]).Plus(m.V, g[0]).ShiftRight62();
        var cg = Int128Accumulator.Product(m.Q, f[0]).Plus(m.R, g[0]).ShiftRight62();
        for (var i = 1; i < length; i++)
        {
            cf = cf.Plus(m.U, f[i]).Plus(m.V, g[i]);
            cg = cg.Plus(m.Q, f[i]).Plus(m.R, g[i]);
            f[i - 1] = cf.Low62;
            g[i - 1] = cg.Low62;
            cf = cf.ShiftRight62();
            cg = cg.ShiftRight62();
        }
        f[length - 1] = cf.Low64;
        g[length - 1] = cg.Low64;
    }

    /// <summary>
    /// (d, e) ← M·(d, e) / 2⁶² mod p, keeping both in (−2p, p): a multiple of p is added first —
    /// enough to make negative inputs' images non-negative, adjusted mod 2⁶² so the low 62 bits vanish.
    /// </summary>
    private static void UpdateDE(Span<long> d, Span<long> e, in Transition m)
    {
        var dSign = d[Limbs - 1] >> 63;
        var eSign = e[Limbs - 1] >> 63;
        var md = (m.U & dSign) + (m.V & eSign);
        var me = (m.Q & dSign) + (m.R & eSign);
        var cd = Int128Accumulator.Product(m.U, d[0]).Plus(m.V, e[0]);
        var ce = Int128Accumulator.Product(m.Q, d[0]).Plus(m.R, e[0]);
        md -= (long)((ModulusInverse62 * (ulong)cd.Low64 + (ulong)md) & Mask62);
        me -= (long)((ModulusInverse62 * (ulong)ce.Low64 + (ulong)me) & Mask62);
        cd = cd.Plus(Modulus[0], md).ShiftRight62();
        ce = ce.Plus(Modulus[0], me).ShiftRight62();
        for (var i = 1; i < Limbs; i++)
        {
            cd = cd.Plus(m.U, d[i]).Plus(m.V, e[i]).Plus(Modulus[i], md);
            ce = ce.Plus(m.Q, d[i]).Plus(m.R, e[i]).Plus(Modulus[i], me);
            d[i - 1] = cd.Low62;
            e[i - 1] = ce.Low62;
            cd = cd.ShiftRight62();
            ce = ce.ShiftRight62();
        }
        d[Limbs - 1] = cd.Low64;
        e[Limbs - 1] = ce.Low64;
    }

    private static bool IsZero(ReadOnlySpan<long> limbs) => !limbs.ContainsAnyExcept(0L);

    private static void Negate(Span<long> x)
    {
        for (var i = 0; i < Limbs; i++) x[i] = -x[i];
    }

    /// <summary>Carries so that limbs 0..5 are in [0, 2⁶²) and the top limb holds the sign.</summary>
    private static void Normalize(Span<long> x)
    {
        for (var i = 0; i < Limbs - 1; i++)
        {
            x[i + 1] += x[i] >> 62;
            x[i] &= (long)Mask62;
        }
    }

    private static void AddModulus(Span<long> x)
    {
        for (var i = 0; i < Limbs; i++) x[i] += Modulus[i];
        Normalize(x);
    }

    private static void SubtractModulus(Span<long> x)
    {
        for (var i = 0; i < Limbs; i++) x[i] -= Modulus[i];
        Normalize(x);
    }

    /// <summary>For a normalized non-negative x.</summary>
    private static bool IsBelowModulus(ReadOnlySpan<long> x)
    {
        for (var i = Limbs - 1; i >= 0; i--)
            if (x[i] != Modulus[i]) return x[i] < Modulus[i];
        return false;
    }

    private static long[] ToSigned62(ReadOnlySpan<ulong> x)
    {
        var limbs = new long[Limbs];
        WriteSigned62(x, limbs);
        return limbs;
    }

    private static void WriteSigned62(ReadOnlySpan<ulong> x, Span<long> s)
    {
        s[0] = (long)(x[0] & Mask62);
        s[1] = (long)(((x[0] >> 62) | (x[1] << 2)) & Mask62);
        s[2] = (long)(((x[1] >> 60) | (x[2] << 4)) & Mask62);
        s[3] = (long)(((x[2] >> 58) | (x[3] << 6)) & Mask62);
        s[4] = (long)(((x[3] >> 56) | (x[4] << 8)) & Mask62);
        s[5] = (long)(((x[4] >> 54) | (x[5] << 10)) & Mask62);
        s[6] = (long)(x[5] >> 52);
    }

    /// <summary>For a normalized value in [0, p).</summary>
    private static void ReadSigned62(ReadOnlySpan<long> s, Span<ulong> x)
    {
        x[0] = (ulong)s[0] | ((ulong)s[1] << 62);
        x[1] = ((ulong)s[1] >> 2) | ((ulong)s[2] << 60);
        x[2] = ((ulong)s[2] >> 4) | ((ulong)s[3] << 58);
        x[3] = ((ulong)s[3] >> 6) | ((ulong)s[4] << 56);
        x[4] = ((ulong)s[4] >> 8) | ((ulong)s[5] << 54);
        x[5] = ((ulong)s[5] >> 10) | ((ulong)s[6] << 52);
    }

    /// <summary>A signed 128-bit sum of 64×64-bit products, kept in two registers.</summary>
    private readonly struct Int128Accumulator
    {
        private readonly ulong _low;
        private readonly long _high;

        private Int128Accumulator(ulong low, long high)
        {
            _low = low;
            _high = high;
        }

        public long Low64 => (long)_low;

        public long Low62 => (long)(_low & Mask62);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Int128Accumulator Product(long a, long b)
        {
            var high = Math.BigMul(a, b, out var low);
            return new((ulong)low, high);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Int128Accumulator Plus(long a, long b)
        {
            var high = Math.BigMul(a, b, out var low);
            var sum = _low + (ulong)low;
            return new(sum, _high + high + (sum < _low ? 1L : 0L));
        }

        /// <summary>Arithmetic shift right by 62.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Int128Accumulator ShiftRight62() => new((_low >> 62) | ((ulong)_high << 2), _high >> 62);
    }
}
