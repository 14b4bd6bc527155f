using Csevm.Precompiles;
using Csevm.Primitives;
using Csevm.Spec;

namespace Csevm.Benchmarks.Precompiles;

/// <summary>One benchmark input: a precompile, its input and the revision that prices it.</summary>
public sealed class PrecompileCase(string name, IPrecompile precompile, byte[] input, Revision revision) : IGasWorkload
{
    public string Name => name;
    public IPrecompile Precompile { get; } = precompile;
    public byte[] Input { get; } = input;
    public Revision Revision { get; } = revision;
    public long Gas => Precompile.GasCost(Input, Revision);
    public WorkloadKind Kind => WorkloadKind.Precompile;

    public void Run()
    {
        if (!Precompile.TryRun(Input, Revision, out _))
            throw new InvalidOperationException($"benchmark case '{name}' fails; fix its input");
    }

    public override string ToString() => name;

    public static PrecompileCase FromHex(string name, IPrecompile precompile, string inputHex, Revision revision) =>
        new(name, precompile, Hex.Decode(inputHex), revision);
}
