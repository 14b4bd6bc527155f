using System.Collections.Concurrent;
using Csevm.Primitives;

namespace Csevm.Interpreter.Analysis;

/// <summary>
/// Analysed code by code hash, shared by all threads. Bounded: when it holds <see cref="MaxEntries"/>
/// codes it starts over, which keeps memory flat under adversarial workloads at the price of
/// re-analysing (a linear scan) the codes that are still hot.
/// </summary>
public static class CodeCache
{
    public const int MaxEntries = 4096;

    private static readonly ConcurrentDictionary<Hash256, AnalyzedCode> Entries = new();

    /// <summary>The analysis of <paramref name="code"/>, whose Keccak-256 is <paramref name="codeHash"/>.</summary>
    public static AnalyzedCode Get(in Hash256 codeHash, ReadOnlySpan<byte> code)
    {
        if (Entries.TryGetValue(codeHash, out var analyzed)) return analyzed;
        analyzed = new AnalyzedCode(code);
        if (Entries.Count >= MaxEntries) Entries.Clear();
        Entries.TryAdd(codeHash, analyzed);
        return analyzed;
    }

    public static int Count => Entries.Count;
}
