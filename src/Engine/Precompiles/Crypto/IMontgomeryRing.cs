namespace Csevm.Precompiles.Crypto;

/// <summary>A ring whose multiplication works on Montgomery representatives (x·R mod m).</summary>
internal interface IMontgomeryRing : IModularMultiplier
{
    /// <summary>value·R mod m for value &lt; m.</summary>
    void ToMontgomery(ReadOnlySpan<ulong> value, Span<ulong> result);

    /// <summary>value·R⁻¹ mod m: leaves the Montgomery domain.</summary>
    void FromMontgomery(ReadOnlySpan<ulong> value, Span<ulong> result);
}
