namespace Csevm.Precompiles.Crypto.Bn254;

/// <summary>
/// Signed-digit forms of exponents and scalars, least significant digit first. The non-adjacent
/// form (NAF) has digits in {−1, 0, 1}, no two adjacent nonzero: about a third as many nonzero
/// digits as there are bits. The width-w NAF has odd digits below 2^(w−1) in magnitude, each followed
/// by at least w − 1 zeros (about one nonzero digit in w + 1), over a table of odd multiples.
/// Negation is free both in the curve groups and in the cyclotomic subgroup, so every exponent
/// and scalar loop walks one of these forms instead of the plain binary one.
/// </summary>
public static class SignedBinary
{
    public static sbyte[] NonAdjacentForm(UInt128 value)
    {
        var digits = new List<sbyte>(130);
        while (value != 0)
        {
            sbyte digit = 0;
            if ((value & 1) != 0)
            {
                // 1 when value ≡ 1 (mod 4), −1 when value ≡ 3: either way the next bit becomes zero.
                digit = (value & 3) == 1 ? (sbyte)1 : (sbyte)-1;
                value = digit == 1 ? value - 1 : value + 1;
            }
            digits.Add(digit);
            value >>= 1;
        }
        return [.. digits];
    }

    /// <summary>The width-w NAF of k as a new array (2 ≤ w ≤ 7).</summary>
    public static sbyte[] WidthNonAdjacentForm(UInt128 value, int width)
    {
        Span<sbyte> digits = stackalloc sbyte[130];
        return digits[..WidthNonAdjacentForm(value, width, digits)].ToArray();
    }

    /// <summary>Writes the width-w NAF of k (2 ≤ w ≤ 7) and returns the number of digits.</summary>
    public static int WidthNonAdjacentForm(UInt128 k, int width, Span<sbyte> digits)
    {
        int length = 0;
        digits.Clear();
        while (k != 0)
        {
            if ((k & 1) != 0)
            {
                int digit = (int)(k & (UInt128)((1 << width) - 1));
                if (digit >= 1 << (width - 1)) digit -= 1 << width;
                digits[length] = (sbyte)digit;
                k = digit > 0 ? k - (UInt128)digit : k + (UInt128)(-digit);
            }
            k >>= 1;
            length++;
        }
        return length;
    }
}
