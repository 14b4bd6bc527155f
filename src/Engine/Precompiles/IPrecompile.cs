using Csevm.Spec;

namespace Csevm.Precompiles;

/// <summary>
/// A precompiled contract: a pure function of its input with a gas price that depends on the
/// input and the revision. Implementations are stateless singletons and thread-safe.
/// </summary>
public interface IPrecompile
{
    /// <summary>A short name for traces and errors, e.g. "ecrecover".</summary>
    string Name { get; }

    /// <summary>The gas this call costs. May exceed any gas limit (saturates at <see cref="long.MaxValue"/>), never negative.</summary>
    long GasCost(ReadOnlySpan<byte> input, Revision revision);

    /// <summary>
    /// Runs the precompile. Returns false when the input is invalid: the call then fails and
    /// consumes all the gas given to it. Must not throw on any input.
    /// </summary>
    bool TryRun(ReadOnlySpan<byte> input, Revision revision, out byte[] output);
}
