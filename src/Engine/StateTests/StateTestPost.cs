using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;

namespace Csevm.StateTests;

/// <summary>
/// One expected result (a "vector"): run the template's variants at the three indexes on
/// <see cref="Fork"/> and expect <see cref="StateRoot"/> and <see cref="LogsHash"/>.
/// </summary>
public sealed record StateTestPost
{
    public required Revision Fork { get; init; }
    public required int DataIndex { get; init; }
    public required int GasIndex { get; init; }
    public required int ValueIndex { get; init; }
    public required Hash256 StateRoot { get; init; }
    public required Hash256 LogsHash { get; init; }
    /// <summary>The signed transaction on the wire; absent in the oldest files.</summary>
    public byte[]? TxBytes { get; init; }
    /// <summary>Set when the transaction must be rejected; the value names the expected reason(s), "A|B" meaning either.</summary>
    public string? ExpectException { get; init; }
    /// <summary>The full expected post-state (EEST files only), for diffing when the root differs.</summary>
    public IReadOnlyDictionary<Address, Account>? State { get; init; }
}
