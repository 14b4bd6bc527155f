namespace Csevm.Precompiles.Crypto;

/// <summary>Multiplication modulo 2^bits: the truncated product, masked.</summary>
internal readonly struct PowerOfTwoMultiplier(int bits) : IModularMultiplier
{
    public int Limbs { get; } = (bits + 63) >> 6;

    public void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result)
    {
        Natural.MultiplyTruncated(a, b, result[..Limbs]);
        Natural.MaskToBits(result[..Limbs], bits);
    }
}
