using Csevm.Interpreter.Analysis;

namespace Csevm.Native.Evmc;

/// <summary>
/// Analysed code by content, one cache per thread. EVMC hands execute the code without its hash,
/// and hashing it with Keccak on every call cost more than running a short message (measured:
/// over half of an execute of STOP). Content keys with a cheap hash and a memcmp on hit are exact
/// and cost a fraction of that. Bounded like <see cref="CodeCache"/>: when full it starts over.
/// </summary>
internal sealed class EvmcCodeCache
{
    public const int MaxEntries = 1024;

    [ThreadStatic] private static EvmcCodeCache? t_current;

    public static EvmcCodeCache Current => t_current ??= new EvmcCodeCache();

    private readonly Dictionary<ReadOnlyMemory<byte>, AnalyzedCode> _entries = new(ContentComparer.Instance);

    public AnalyzedCode Get(ReadOnlySpan<byte> code)
    {
        var lookup = _entries.GetAlternateLookup<ReadOnlySpan<byte>>();
        if (lookup.TryGetValue(code, out var analyzed)) return analyzed;
        analyzed = new AnalyzedCode(code);
        if (_entries.Count >= MaxEntries) _entries.Clear();
        _entries[analyzed.Bytes] = analyzed;
        return analyzed;
    }

    /// <summary>Equality of the bytes; a non-cryptographic hash of them (collisions only cost a compare).</summary>
    private sealed class ContentComparer : IEqualityComparer<ReadOnlyMemory<byte>>, IAlternateEqualityComparer<ReadOnlySpan<byte>, ReadOnlyMemory<byte>>
    {
        public static readonly ContentComparer Instance = new();

        public bool Equals(ReadOnlyMemory<byte> x, ReadOnlyMemory<byte> y) => x.Span.SequenceEqual(y.Span);

        public int GetHashCode(ReadOnlyMemory<byte> code) => GetHashCode(code.Span);

        public bool Equals(ReadOnlySpan<byte> alternate, ReadOnlyMemory<byte> other) => alternate.SequenceEqual(other.Span);

        public int GetHashCode(ReadOnlySpan<byte> code)
        {
            var hash = new HashCode();
            hash.AddBytes(code);
            return hash.ToHashCode();
        }

        public ReadOnlyMemory<byte> Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
