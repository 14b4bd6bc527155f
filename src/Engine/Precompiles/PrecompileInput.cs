namespace Csevm.Precompiles;

/// <summary>How fixed-layout precompiles read their input: as if right-padded with zeros (or cut) to the layout's size.</summary>
internal static class PrecompileInput
{
    /// <summary>Fills <paramref name="destination"/> with the input's first bytes and zeros after them.</summary>
    public static void CopyRightPadded(ReadOnlySpan<byte> input, Span<byte> destination)
    {
        destination.Clear();
        input[..Math.Min(input.Length, destination.Length)].CopyTo(destination);
    }
}
