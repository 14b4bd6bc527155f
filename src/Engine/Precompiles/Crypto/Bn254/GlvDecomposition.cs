using System.Buffers.Binary;

namespace Csevm.Precompiles.Crypto.Bn254;

/// <summary>
/// Splits a G1 scalar k into k₁ + k₂·λ (mod r) with |k₁|, |k₂| &lt; 2^127.2, where λ is the eigenvalue of
/// the endomorphism φ(x, y) = (β·x, y) (Gallant, Lambert and Vanstone 2001). The lattice of pairs
/// (a, b) with a + b·λ ≡ 0 (mod r) has the short basis v₁ = (2x+1, −(6x²+2x)), v₂ = (6x²+4x+1, 2x+1)
/// in BN254's seed x, of determinant r; k is written in that basis by Babai rounding with
/// precomputed 2^256·v/r, so no division happens per call.
/// </summary>
public static class GlvDecomposition
{
    private const ulong X = Bn254Curve.SeedX;

    /// <summary>The group order r, little-endian limbs.</summary>
    private static readonly ulong[] Order = [0x43e1f593f0000001, 0x2833e84879b97091, 0xb85045b68181585d, 0x30644e72e131a029];

    private static readonly UInt128 TwoXPlusOne = (UInt128)X * 2 + 1;
    private static readonly UInt128 SixXSquaredPlusTwoX = (UInt128)X * X * 6 + (UInt128)X * 2;
    private static readonly UInt128 SixXSquaredPlusFourXPlusOne = SixXSquaredPlusTwoX + (UInt128)X * 2 + 1;

    // ⌊2^256·(2x+1)/r⌋ and ⌊2^256·(6x²+2x)/r⌋, little-endian limbs (the tests rederive them).
    internal static readonly ulong[] RoundingMultiplier1 = [0xd91d232ec7e0b3d7, 0x2, 0];
    internal static readonly ulong[] RoundingMultiplier2 = [0x7a7bd9d4391eb18d, 0x4ccef014a773d2cf, 0x2];

    /// <summary>
    /// Decomposes a 32-byte big-endian scalar (any 256-bit value; it is reduced mod r first).
    /// k₁ is never negative; k₂ comes back as magnitude and sign.
    /// </summary>
    public static void Decompose(ReadOnlySpan<byte> scalarBigEndian, out UInt128 k1, out UInt128 k2Magnitude, out bool k2Negative)
    {
        Span<ulong> k =
        [
            BinaryPrimitives.ReadUInt64BigEndian(scalarBigEndian[24..]), BinaryPrimitives.ReadUInt64BigEndian(scalarBigEndian[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(scalarBigEndian[8..]), BinaryPrimitives.ReadUInt64BigEndian(scalarBigEndian),
        ];
        ReduceModOrder(k);

        UInt128 c1 = MultiplyHigh(k, RoundingMultiplier1);
        UInt128 c2 = MultiplyHigh(k, RoundingMultiplier2);
        // The results are below 2^128 in magnitude, so arithmetic modulo 2^128 determines them.
        var kLow = new UInt128(k[1], k[0]);
        k1 = kLow - c1 * TwoXPlusOne - c2 * SixXSquaredPlusFourXPlusOne;
        UInt128 k2 = c1 * SixXSquaredPlusTwoX - c2 * TwoXPlusOne;
        // With the rounding errors fᵢ in [0, 1.25), k₁ = f₁(2x+1) + f₂(6x²+4x+1) lies in [0, 2^127.2) and
        // k₂ = f₂(2x+1) − f₁(6x²+2x) in (−2^127.2, 2^65): anything from 2^65 up wrapped around from below zero.
        k2Negative = k2 >> 65 != 0;
        k2Magnitude = k2Negative ? 0 - k2 : k2;
    }

    /// <summary>k mod r for any k &lt; 2^256 &lt; 6r: subtract r while k ≥ r.</summary>
    private static void ReduceModOrder(Span<ulong> k)
    {
        while (!LessThanOrder(k))
        {
            UInt128 borrow = 0;
            for (int i = 0; i < 4; i++)
            {
                UInt128 difference = (UInt128)k[i] - Order[i] - borrow;
                k[i] = (ulong)difference;
                borrow = difference >> 127; // 1 when the subtraction wrapped
            }
        }
    }

    private static bool LessThanOrder(ReadOnlySpan<ulong> k)
    {
        for (int i = 3; i >= 0; i--)
            if (k[i] != Order[i]) return k[i] < Order[i];
        return false;
    }

    /// <summary>⌊k·g / 2^256⌋ for a 4-limb k and a 3-limb g (the quotient fits in 128 bits).</summary>
    private static UInt128 MultiplyHigh(ReadOnlySpan<ulong> k, ReadOnlySpan<ulong> g)
    {
        Span<ulong> product = stackalloc ulong[7];
        product.Clear();
        for (int i = 0; i < 4; i++)
        {
            ulong carry = 0;
            for (int j = 0; j < 3; j++)
            {
                UInt128 sum = (UInt128)k[i] * g[j] + product[i + j] + carry;
                product[i + j] = (ulong)sum;
                carry = (ulong)(sum >> 64);
            }
            product[i + 3] = carry;
        }
        return new UInt128(product[5], product[4]);
    }
}
