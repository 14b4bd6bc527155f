using System.Collections.Concurrent;
using Csevm.Primitives;

namespace Csevm.Interpreter.Analysis;

/// <summary>
/// Analysed code by code hash, shared by all threads. Bounded: when it holds <see cref="MaxEntries"/>
/// codes or <see cref="MaxCodeBytes"/> bytes of code it starts over, which keeps memory flat under
/// adversarial workloads at the price of re-analysing (a linear scan) the codes that are still hot.
/// The byte bound matters because each analysis grows with its code: the per-fork block cost
/// tables take 8 bytes per code byte.
/// </summary>
public static class CodeCache
{
    public const int MaxEntries = 4096;

    /// <summary>16 MiB of code: 128 MiB of block costs for each fork that runs all of it.</summary>
    public const long MaxCodeBytes = 16L << 20;

    private static readonly ConcurrentDictionary<Hash256, AnalyzedCode> Entries = new();
    private static long _codeBytes;

    /// <summary>The analysis of <paramref name="code"/>, whose Keccak-256 is <paramref name="codeHash"/>.</summary>
    public static AnalyzedCode Get(in Hash256 codeHash, ReadOnlySpan<byte> code)
    {
        if (Entries.TryGetValue(codeHash, out var analyzed)) return analyzed;
        analyzed = new AnalyzedCode(code);
        if (Entries.Count >= MaxEntries || Interlocked.Read(ref _codeBytes) + code.Length > MaxCodeBytes)
        {
            Entries.Clear();
            Interlocked.Exchange(ref _codeBytes, 0);
        }
        if (Entries.TryAdd(codeHash, analyzed)) Interlocked.Add(ref _codeBytes, code.Length);
        return analyzed;
    }

    public static int Count => Entries.Count;

    /// <summary>Bytes of code the cache holds (approximate while other threads add).</summary>
    public static long CodeBytes => Interlocked.Read(ref _codeBytes);
}
