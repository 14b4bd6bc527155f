using Csevm.Primitives;

namespace Csevm.State;

/// <summary>One LOGn record: the emitting account, up to four topics and the data.</summary>
public sealed record LogEntry(Address Address, Hash256[] Topics, byte[] Data);
