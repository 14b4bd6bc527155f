using Csevm.Interpreter;
using Csevm.Interpreter.Memory;

namespace Csevm.Native.Evmc;

/// <summary>
/// Per-thread machinery for evmc execute calls. A host runs nested calls by calling execute again
/// from inside its <c>call</c> callback, so calls nest on one thread: level 0 starts over the
/// shared memory, each deeper level opens a child context of the suspended caller's memory, and
/// every level has its own pooled frame and <see cref="EvmcCallScope"/>.
/// </summary>
internal sealed class EvmcThreadSession
{
    /// <summary>One more than EVM's depth limit: a host may nest one level past 1024 before it rejects the call.</summary>
    public const int MaxLevels = Frame<EvmcHost>.MaxDepth + 1;

    [ThreadStatic] private static EvmcThreadSession? t_current;

    public static EvmcThreadSession Current => t_current ??= new EvmcThreadSession();

    private readonly SharedMemory _memory = new();
    private readonly FramePool<EvmcHost> _frames = new();
    private readonly EvmcCallScope?[] _scopes = new EvmcCallScope?[MaxLevels];
    private readonly MemoryContext[] _callers = new MemoryContext[MaxLevels];

    /// <summary>How many execute calls are running on this thread right now.</summary>
    public int Level { get; private set; }

    public Frame<EvmcHost> FrameAt(int level) => _frames.At(level);

    public EvmcCallScope ScopeAt(int level) => _scopes[level] ??= new EvmcCallScope();

    /// <summary>Enters a level: the memory context its frame runs in.</summary>
    public MemoryContext Enter()
    {
        MemoryContext memory;
        if (Level == 0)
        {
            _memory.Reset();
            memory = _memory.Root;
        }
        else
        {
            _callers[Level] = _memory.Current;
            memory = _callers[Level].NewChildContext();
        }
        Level++;
        return memory;
    }

    /// <summary>Leaves the innermost level, releasing its memory (its output was copied out already).</summary>
    public void Leave()
    {
        Level--;
        if (Level > 0) _callers[Level].RevertChildContext();
    }

    /// <summary>After an unexpected failure inside a level, starts this thread over so the next call finds clean state.</summary>
    public static void Discard() => t_current = null;
}
