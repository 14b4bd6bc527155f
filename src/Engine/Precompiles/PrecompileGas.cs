namespace Csevm.Precompiles;

/// <summary>Gas arithmetic shared by the precompiles whose price grows with the input.</summary>
internal static class PrecompileGas
{
    /// <summary><paramref name="baseCost"/> + <paramref name="perWord"/> per started 32-byte word of an input of <paramref name="length"/> bytes.</summary>
    public static long PerWord(int length, long baseCost, long perWord) => baseCost + perWord * ((length + 31L) >> 5);
}
