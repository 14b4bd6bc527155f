namespace Csevm.Precompiles.Crypto;

/// <summary>Multiplication modulo 2^bits: the truncated product, masked.</summary>
internal readonly struct PowerOfTwoMultiplier(int bits) : IModularMultiplier
{
    private readonly ulong[] _scratch = new ulong[(bits + 63) >> 6];

    public int Limbs => _scratch.Length;

    public void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result)
    {
        Natural.MultiplyTruncated(a, b, result[..Limbs], _scratch);
        Natural.MaskToBits(result[..Limbs], bits);
    }
}
