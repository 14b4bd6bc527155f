using Csevm.Precompiles;
using Csevm.Primitives;
using Csevm.Spec;

namespace Csevm.Tests.Precompiles;

/// <summary>Runs a precompile on hex input the way the tests phrase their vectors.</summary>
internal static class PrecompileTestHelpers
{
    public static (bool Success, string Output) Run(IPrecompile precompile, string inputHex, Revision revision = RevisionNames.Latest)
    {
        bool success = precompile.TryRun(Hex.Decode(inputHex), revision, out var output);
        return (success, Hex.Encode(output, prefix: false));
    }

    public static long Gas(IPrecompile precompile, string inputHex, Revision revision = RevisionNames.Latest) =>
        precompile.GasCost(Hex.Decode(inputHex), revision);
}
