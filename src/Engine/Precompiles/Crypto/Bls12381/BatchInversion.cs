namespace Csevm.Precompiles.Crypto.Bls12381;

/// <summary>
/// Montgomery's trick: n inverses for one inversion and 3(n − 1) multiplications, by inverting the
/// product of all elements and peeling the prefix products off it. Zeros are skipped and stay zero
/// (inv0, as <see cref="IFieldElement{T}.Inverse"/>).
/// </summary>
internal static class BatchInversion
{
    public static void Invert<TField>(Span<TField> values) where TField : struct, IFieldElement<TField>
    {
        var prefix = new TField[values.Length];
        var product = TField.One;
        for (var i = 0; i < values.Length; i++)
        {
            prefix[i] = product;
            if (!values[i].IsZero) product = TField.Mul(product, values[i]);
        }
        var inverse = TField.Inverse(product);
        for (var i = values.Length - 1; i >= 0; i--)
        {
            if (values[i].IsZero) continue;
            var valueInverse = TField.Mul(inverse, prefix[i]);
            inverse = TField.Mul(inverse, values[i]);
            values[i] = valueInverse;
        }
    }
}
