namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// Montgomery's trick: n inverses for one inversion and 3(n − 1) multiplications, by inverting the
/// product of all elements and peeling the prefix products off it. Zeros are skipped and stay zero
/// (inv0, as <see cref="Fp2.Inverse"/>).
/// </summary>
internal static class BatchInversion
{
    public static void Invert(Span<Fp2> values)
    {
        Span<Fp2> prefix = stackalloc Fp2[values.Length];
        var product = Fp2.One;
        for (var i = 0; i < values.Length; i++)
        {
            prefix[i] = product;
            if (!values[i].IsZero) product = Fp2.Mul(product, values[i]);
        }
        var inverse = Fp2.Inverse(product);
        for (var i = values.Length - 1; i >= 0; i--)
        {
            if (values[i].IsZero) continue;
            var valueInverse = Fp2.Mul(inverse, prefix[i]);
            inverse = Fp2.Mul(inverse, values[i]);
            values[i] = valueInverse;
        }
    }
}
