namespace Csevm.Precompiles.Crypto.Bn254;

/// <summary>
/// The non-adjacent form (NAF) of an exponent: digits in {−1, 0, 1}, no two adjacent nonzero,
/// least significant first. It has about a third as many nonzero digits as there are bits, and
/// negation is free both in the curve groups and in the cyclotomic subgroup, so every exponent
/// and scalar loop with a fixed exponent walks this form instead of the plain binary one.
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
}
