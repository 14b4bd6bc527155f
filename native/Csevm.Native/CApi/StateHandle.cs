using Csevm.State;

namespace Csevm.Native.CApi;

/// <summary>What a <c>csevm_state*</c> stands for: a world state owned by csevm, used by one caller at a time.</summary>
internal sealed class StateHandle
{
    public WorldState State { get; } = new(InMemoryStateSource.Empty);

    /// <summary>Held by every call on this state: a C caller may share a handle between threads, the world state may not be.</summary>
    public object Lock { get; } = new();
}
