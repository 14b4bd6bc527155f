namespace Csevm.Precompiles.Crypto;

/// <summary>
/// Multiplication in one residue ring, the single operation exponentiation needs. Implemented by
/// structs so the generic exponentiation is specialised per ring (no virtual calls in the loop).
/// </summary>
internal interface IModularMultiplier
{
    /// <summary>Limbs of every operand and result.</summary>
    int Limbs { get; }

    /// <summary><paramref name="result"/> = a·b in the ring; result may alias a or b.</summary>
    void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result);
}
