using Csevm.Precompiles;
using Csevm.Primitives;
using Csevm.Spec;

namespace Csevm.Benchmarks.Precompiles;

/// <summary>One benchmark input: a precompile, its input and the revision that prices it.</summary>
public sealed class PrecompileCase(string name, IPrecompile precompile, byte[] input, Revision revision)
{
    public IPrecompile Precompile { get; } = precompile;
    public byte[] Input { get; } = input;
    public Revision Revision { get; } = revision;
    public long Gas => Precompile.GasCost(Input, Revision);

    public override string ToString() => name;

    public static PrecompileCase FromHex(string name, IPrecompile precompile, string inputHex, Revision revision) =>
        new(name, precompile, Hex.Decode(inputHex), revision);
}
