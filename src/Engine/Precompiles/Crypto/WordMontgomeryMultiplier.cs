using Csevm.Numerics;

namespace Csevm.Precompiles.Crypto;

/// <summary>
/// Montgomery multiplication modulo an odd modulus of one 64-bit word (R = 2^64): the small-modulus
/// case, where the multi-limb loops of <see cref="MontgomeryMultiplier"/> would be mostly overhead.
/// </summary>
internal readonly struct WordMontgomeryMultiplier : IMontgomeryRing
{
    private readonly ulong _modulus;
    private readonly ulong _negInverse; // -m⁻¹ mod 2^64
    private readonly ulong _rSquared;   // R² mod m

    public WordMontgomeryMultiplier(ulong oddModulus)
    {
        _modulus = oddModulus;
        _negInverse = 0 - MontgomeryMultiplier.InverseModWord(oddModulus);
        ulong r = (0 - oddModulus) % oddModulus; // 2^64 mod m
        _rSquared = (ulong)((UInt128)r * r % oddModulus);
    }

    public int Limbs => 1;

    public void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result) => result[0] = Multiply(a[0], b[0]);

    public void ToMontgomery(ReadOnlySpan<ulong> value, Span<ulong> result) => result[0] = Multiply(value[0], _rSquared);

    public void FromMontgomery(ReadOnlySpan<ulong> value, Span<ulong> result) => result[0] = Multiply(value[0], 1);

    /// <summary>REDC(a·b) = a·b·2^-64 mod m for a, b &lt; m.</summary>
    private ulong Multiply(ulong a, ulong b)
    {
        ulong high = UInt256.MultiplyLimbs(a, b, out ulong low); // low word by IMUL, not through memory
        ulong q = low * _negInverse;
        ulong qHigh = Math.BigMul(q, _modulus, out _);
        // low + q·m ≡ 0 (mod 2^64): the low halves sum to exactly 2^64 unless both are zero.
        UInt128 t = (UInt128)high + qHigh + (low != 0 ? 1UL : 0);
        return t >= _modulus ? (ulong)(t - _modulus) : (ulong)t;
    }
}
