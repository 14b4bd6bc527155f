using Csevm.Spec;

namespace Csevm.Precompiles;

/// <summary>0x04: returns its input (15 gas + 3 per word).</summary>
public sealed class IdentityPrecompile : IPrecompile
{
    public static readonly IdentityPrecompile Instance = new();
    private IdentityPrecompile() { }

    public string Name => "identity";

    public long GasCost(ReadOnlySpan<byte> input, Revision revision) => PrecompileGas.PerWord(input.Length, 15, 3);

    public bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output)
    {
        output = input.ToArray();
        return true;
    }
}
