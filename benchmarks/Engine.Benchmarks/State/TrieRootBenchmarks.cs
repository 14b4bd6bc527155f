using BenchmarkDotNet.Attributes;
using Csevm.Primitives;
using Csevm.State.Trie;

namespace Csevm.Benchmarks.State;

/// <summary>
/// Root of a trie of random 32-byte keys (as in the state and storage tries) with short values:
/// from already-sorted entries (the builder alone) and from an unordered map (sorting included).
/// </summary>
[MemoryDiagnoser]
public class TrieRootBenchmarks
{
    private TrieEntry[] _sorted = [];
    private KeyValuePair<byte[], byte[]>[] _unordered = [];
    private readonly TrieRootBuilder _builder = new();

    [Params(1_000, 10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5);
        _unordered = new KeyValuePair<byte[], byte[]>[Count];
        for (int i = 0; i < Count; i++)
        {
            var key = new byte[32];
            var value = new byte[random.Next(1, 8)];
            random.NextBytes(key);
            random.NextBytes(value);
            _unordered[i] = KeyValuePair.Create(key, value);
        }
        _sorted = _unordered.Select(e => new TrieEntry(e.Key, e.Value)).ToArray();
        Array.Sort(_sorted, TrieEntry.CompareKeys);
    }

    [Benchmark(Baseline = true)]
    public Hash256 FromSortedEntries() => _builder.ComputeSorted(_sorted);

    [Benchmark]
    public Hash256 FromUnorderedMap() => TrieRoot.Compute(_unordered);
}
