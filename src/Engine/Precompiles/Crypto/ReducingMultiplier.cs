using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Csevm.Precompiles.Crypto;

/// <summary>
/// Multiplication modulo any modulus (odd or even) by the full product and a Knuth remainder.
/// Each product costs about what a Montgomery product does, but there is no domain to enter or
/// leave (R² mod m, two conversions), so it is the cheaper ring for short exponents, where those
/// fixed costs outweigh the few products of the exponentiation itself.
/// </summary>
internal readonly struct ReducingMultiplier : IMontgomeryRing
{
    private readonly ulong[] _modulus;
    private readonly ulong[] _product;   // 2n limbs: a·b before reduction
    private readonly ulong[] _scratch;   // the remainder's working space

    /// <param name="modulus">A modulus whose top limb is non-zero.</param>
    public ReducingMultiplier(ReadOnlySpan<ulong> modulus)
    {
        int n = modulus.Length;
        _modulus = modulus.ToArray();
        _product = new ulong[2 * n];
        _scratch = new ulong[Natural.RemainderScratchLimbs(2 * n, n)];
    }

    public int Limbs => _modulus.Length;

    /// <summary>Operands that are the same limbs (exponentiation's squarings) take <see cref="Natural.Square"/>.</summary>
    public void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result)
    {
        if (Unsafe.AreSame(ref MemoryMarshal.GetReference(a), ref MemoryMarshal.GetReference(b)) && a.Length == b.Length) Natural.Square(a, _product);
        else Natural.MultiplyAdd(a, b, [], _product);
        Natural.Remainder(_product, _modulus, result[..Limbs], _scratch);
    }

    /// <summary>Residues are plain values here: entering the ring only reduces (1 mod 1 is 0).</summary>
    public void ToMontgomery(ReadOnlySpan<ulong> value, Span<ulong> result) => Natural.Remainder(value, _modulus, result[..Limbs], _scratch);

    public void FromMontgomery(ReadOnlySpan<ulong> value, Span<ulong> result) => value[..Limbs].CopyTo(result);
}
