using System.Runtime.CompilerServices;

namespace Csevm.Precompiles.Crypto;

/// <summary>
/// Montgomery multiplication modulo an odd n-limb modulus m: Multiply(a, b) = a·b·R⁻¹ mod m with
/// R = 2^(64n), by coarsely integrated operand scanning (CIOS, Koç et al. 1996).
/// </summary>
internal readonly unsafe struct MontgomeryMultiplier : IMontgomeryRing
{
    private readonly ulong[] _modulus;
    private readonly ulong[] _rSquared;   // R² mod m, to enter the Montgomery domain
    private readonly ulong[] _scratch;    // n + 2 limbs of CIOS accumulator
    private readonly ulong _negInverse;   // -m⁻¹ mod 2^64

    /// <param name="modulus">An odd modulus whose top limb is non-zero.</param>
    public MontgomeryMultiplier(ReadOnlySpan<ulong> modulus)
    {
        int n = modulus.Length;
        _modulus = modulus.ToArray();
        _scratch = new ulong[n + 2];
        _negInverse = 0 - InverseModWord(modulus[0]);
        var rFourth = new ulong[2 * n + 1];
        rFourth[2 * n] = 1;
        _rSquared = new ulong[n];
        Natural.Remainder(rFourth, modulus, _rSquared);
    }

    public int Limbs => _modulus.Length;

    /// <summary>The inverse of an odd word modulo 2^64 by Newton iteration (each step doubles the correct bits).</summary>
    public static ulong InverseModWord(ulong odd)
    {
        ulong inverse = odd; // correct to 3 bits: odd·odd ≡ 1 (mod 8)
        for (int i = 0; i < 5; i++) inverse *= 2 - odd * inverse;
        return inverse;
    }

    public void ToMontgomery(ReadOnlySpan<ulong> value, Span<ulong> result) => Multiply(value, _rSquared, result);

    public void FromMontgomery(ReadOnlySpan<ulong> value, Span<ulong> result)
    {
        Span<ulong> one = Limbs <= 64 ? stackalloc ulong[Limbs] : new ulong[Limbs];
        one.Clear();
        one[0] = 1;
        Multiply(value, one, result);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result)
    {
        int n = _modulus.Length;
        fixed (ulong* pa = a, pb = b, pm = _modulus, t = _scratch)
        {
            new Span<ulong>(t, n + 2).Clear();
            ulong mInv = _negInverse;
            for (int i = 0; i < n; i++)
            {
                ulong bi = pb[i], carry = 0;
                for (int j = 0; j < n; j++)
                {
                    // a·b + t + carry < 2^128: one 128-bit accumulation, no carry compares.
                    UInt128 acc = Math.BigMul(pa[j], bi) + t[j] + carry;
                    t[j] = (ulong)acc;
                    carry = (ulong)(acc >> 64);
                }
                ulong top = t[n] + carry;
                t[n + 1] = top < carry ? 1UL : 0;
                t[n] = top;

                // Add q·m with q chosen so the low limb becomes zero, then shift down one limb.
                ulong q = t[0] * mInv;
                ulong h0 = Math.BigMul(q, pm[0], out ulong l0);
                ulong s0 = t[0] + l0;
                carry = h0 + (s0 < l0 ? 1UL : 0);
                for (int j = 1; j < n; j++)
                {
                    UInt128 acc = Math.BigMul(q, pm[j]) + t[j] + carry;
                    t[j - 1] = (ulong)acc;
                    carry = (ulong)(acc >> 64);
                }
                ulong last = t[n] + carry;
                t[n - 1] = last;
                t[n] = t[n + 1] + (last < carry ? 1UL : 0);
            }

            // The accumulator is below 2m: one conditional subtraction.
            bool subtract = t[n] != 0 || !LessThan(t, pm, n);
            fixed (ulong* r = result)
            {
                if (subtract)
                {
                    ulong borrow = 0;
                    for (int j = 0; j < n; j++)
                    {
                        ulong x = t[j], y = pm[j];
                        ulong d = x - y;
                        ulong borrowOut = x < y ? 1UL : 0;
                        r[j] = d - borrow;
                        borrow = borrowOut | (d < borrow ? 1UL : 0);
                    }
                }
                else
                {
                    for (int j = 0; j < n; j++) r[j] = t[j];
                }
            }
        }
    }

    private static bool LessThan(ulong* a, ulong* b, int n)
    {
        for (int i = n - 1; i >= 0; i--)
            if (a[i] != b[i]) return a[i] < b[i];
        return false;
    }
}
