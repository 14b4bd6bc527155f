using System.Runtime.CompilerServices;

namespace Csevm.Interpreter;

/// <summary>
/// One frame per call depth, created on first use and reused for every later call at that depth.
/// Not thread-safe: an executor (one transaction at a time) owns one pool.
/// </summary>
public sealed class FramePool<THost> : IDisposable
    where THost : struct, IHost
{
    private readonly Frame<THost>?[] _frames = new Frame<THost>?[Frame<THost>.MaxDepth + 1];

    /// <summary>The frame for <paramref name="depth"/> (0 for a transaction's own frame, at most 1024).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Frame<THost> At(int depth) => _frames[depth] ??= new Frame<THost>();

    public void Dispose()
    {
        foreach (var frame in _frames) frame?.Dispose();
    }
}
