using BenchmarkDotNet.Attributes;
using Csevm.Interpreter.Memory;
using Csevm.Numerics;

namespace Csevm.Benchmarks.Interpreter;

/// <summary>
/// The seed's memory table (shared/seeds/000), row for row. As in the seed, every row creates its
/// memory and frees it (Pooled = false), so the Init cost is inside every row; Pooled = true runs
/// the same work on a memory reused across operations with Reset(), as the engine does across
/// transactions. The seed's accessors grew memory implicitly; ours need an explicit
/// EnsureContextCapacity (the interpreter's gas step), so each write below is "ensure + write".
/// Rows named "Context ..." do the same work as their plain row inside a child context at depth 1
/// (opened and released within the row), which is where the seed's design adds its overhead.
/// </summary>
[MemoryDiagnoser, MinColumn]
public class MemoryBenchmarks
{
    private const ulong LimitForInitRow = 10 * 1024 * 1024;
    private const ulong LimitForEnforcementRows = 64 * 1024;

    private static readonly UInt256 SampleWord = UInt256.Parse("0xdeadbeefcafebabe123456789abcdef01111111122222222333333334444444");

    // Sizes for the resize rows: growing and shrinking, some not word multiples.
    private static readonly ulong[] ResizeSizes = [100, 1000, 33, 4000, 64, 2500, 31, 8192, 1, 5000];

    private readonly byte[] _kilobyte = Enumerable.Range(0, 1024).Select(i => (byte)i).ToArray();
    private readonly byte[] _source512 = Enumerable.Range(0, 512).Select(i => (byte)i).ToArray();
    private readonly byte[] _wordOfFf = Enumerable.Repeat((byte)0xFF, 32).ToArray();
    private readonly byte[] _wordBuffer = new byte[32];
    // Root + 5 nested contexts for "Deep Context Operations", reused so the row allocates nothing.
    private readonly MemoryContext[] _chain = new MemoryContext[6];

    private SharedMemory _pooledDefault = null!;
    private SharedMemory _pooledMegabyte = null!;
    private SharedMemory _pooledLimited = null!;
    private SharedMemory _pooledEnforcement = null!;

    [Params(false, true)]
    public bool Pooled;

    [GlobalSetup]
    public void Setup()
    {
        _pooledDefault = new SharedMemory();
        _pooledMegabyte = new SharedMemory(1024 * 1024);
        _pooledLimited = new SharedMemory(SharedMemory.DefaultInitialCapacity, LimitForInitRow);
        _pooledEnforcement = new SharedMemory(SharedMemory.DefaultInitialCapacity, LimitForEnforcementRows);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _pooledDefault.Dispose();
        _pooledMegabyte.Dispose();
        _pooledLimited.Dispose();
        _pooledEnforcement.Dispose();
    }

    // Work: create the memory (4 KiB) and free it.
    [Benchmark(Description = "Memory Init (4KB)")]
    public ulong InitDefault() => Finish(Acquire(_pooledDefault, SharedMemory.DefaultInitialCapacity, SharedMemory.DefaultLimit), 0);

    // Work: create the memory with 1 MiB up front and free it.
    [Benchmark(Description = "Memory Init (1MB)")]
    public ulong InitMegabyte() => Finish(Acquire(_pooledMegabyte, 1024 * 1024, SharedMemory.DefaultLimit), 0);

    // Work: create the memory with a 10 MiB limit and free it.
    [Benchmark(Description = "Memory Init With Limit")]
    public ulong InitWithLimit() => Finish(Acquire(_pooledLimited, SharedMemory.DefaultInitialCapacity, LimitForInitRow), 0);

    // Work: 100 x (ensure + byte write + byte read).
    [Benchmark(Description = "Byte Operations")]
    public ulong ByteOperations() {
        var memory = AcquireDefault();
        return Finish(memory, ByteWork(memory.Root));
    }

    // Work: 32 x (ensure + 32-byte write + 32-byte read), consecutive words.
    [Benchmark(Description = "Word Operations")]
    public ulong WordOperations() {
        var memory = AcquireDefault();
        return Finish(memory, WordWork(memory.Root, 32));
    }

    // Work: 16 x (ensure + UInt256 write + UInt256 read), consecutive words.
    [Benchmark(Description = "U256 Operations")]
    public ulong U256Operations() {
        var memory = AcquireDefault();
        return Finish(memory, U256Work(memory.Root));
    }

    // Work: 10 expansions by 1 KiB (to 10 KiB, crossing the 4 KiB and 8 KiB capacities), reading the size each time.
    [Benchmark(Description = "Memory Expansion")]
    public ulong MemoryExpansion() {
        var memory = AcquireDefault();
        return Finish(memory, ExpansionWork(memory.Root));
    }

    // Work: 10 x (ensure + write 1 KiB) at consecutive 1 KiB offsets.
    [Benchmark(Description = "Large Data Copy")]
    public ulong LargeDataCopy() {
        var memory = AcquireDefault();
        return Finish(memory, LargeCopyWork(memory.Root));
    }

    // Work: write 256 bytes, then 10 x (ensure + MCOPY of 128 bytes from i*32 to i*48), overlapping and not.
    [Benchmark(Description = "Memory Copy (MCOPY)")]
    public ulong MemoryCopy() {
        var memory = AcquireDefault();
        return Finish(memory, McopyWork(memory.Root));
    }

    // Work: 20 x (ensure + padded copy of 128 bytes from a 512-byte source at i*16 to i*64).
    [Benchmark(Description = "Bounded Copy")]
    public ulong BoundedCopy() {
        var memory = AcquireDefault();
        return Finish(memory, BoundedCopyWork(memory.Root));
    }

    // Work: ensure 4 KiB, then 100 x 64-byte slice reads at i*32.
    [Benchmark(Description = "Slice Reading")]
    public ulong SliceReading() {
        var memory = AcquireDefault();
        return Finish(memory, SliceWork(memory.Root));
    }

    // Work: 10 exact resizes, growing and shrinking (zero-fill on every regrowth).
    [Benchmark(Description = "Resize Operations")]
    public ulong ResizeOperations() {
        var memory = AcquireDefault();
        return Finish(memory, ResizeWork(memory.Root));
    }

    // Work: the same 10 resizes, each rounded up to whole words.
    [Benchmark(Description = "Word-Aligned Resize")]
    public ulong WordAlignedResize() {
        var memory = AcquireDefault();
        return Finish(memory, WordAlignedResizeWork(memory.Root));
    }

    // Work: 10 expansions by 1 KiB under a 64 KiB limit, then one attempt past the limit.
    [Benchmark(Description = "Memory Limit Enforcement")]
    public ulong MemoryLimitEnforcement()
    {
        var memory = Acquire(_pooledEnforcement, SharedMemory.DefaultInitialCapacity, LimitForEnforcementRows);
        return Finish(memory, LimitWork(memory.Root));
    }

    // Work: 10 x (open a child + revert it).
    [Benchmark(Description = "Child Context Revert")]
    public ulong ChildContextRevert()
    {
        var memory = AcquireDefault();
        var root = memory.Root;
        for (int i = 0; i < 10; i++)
        {
            root.NewChildContext();
            root.RevertChildContext();
        }
        return Finish(memory, root.ContextSize);
    }

    // Work: 10 x (open a child + commit it).
    [Benchmark(Description = "Child Context Commit")]
    public ulong ChildContextCommit()
    {
        var memory = AcquireDefault();
        var root = memory.Root;
        for (int i = 0; i < 10; i++)
        {
            root.NewChildContext();
            root.CommitChildContext();
        }
        return Finish(memory, root.ContextSize);
    }

    // Work: 3 nested children each writing a word, a word read from all 4 contexts, then unwinding.
    [Benchmark(Description = "Nested Contexts")]
    public ulong NestedContexts()
    {
        var memory = AcquireDefault();
        var root = memory.Root;
        var child1 = root.NewChildContext();
        child1.EnsureContextCapacity(32);
        child1.SetWord(0, new UInt256(0xAA));
        var child2 = child1.NewChildContext();
        child2.EnsureContextCapacity(32);
        child2.SetWord(0, new UInt256(0xBB));
        var child3 = child2.NewChildContext();
        child3.EnsureContextCapacity(32);
        child3.SetWord(0, new UInt256(0xCC));
        ulong sum = root.ContextSize + child1.GetWord(0).U0 + child2.GetWord(0).U0 + child3.GetWord(0).U0;
        child2.RevertChildContext();
        child1.RevertChildContext();
        root.RevertChildContext();
        return Finish(memory, sum);
    }

    [Benchmark(Description = "Context Byte Operations")]
    public ulong ContextByteOperations() {
        var child = EnterChild(out var memory);
        return LeaveChild(memory, ByteWork(child));
    }

    [Benchmark(Description = "Context Word Operations")]
    public ulong ContextWordOperations() {
        var child = EnterChild(out var memory);
        return LeaveChild(memory, WordWork(child, 32));
    }

    [Benchmark(Description = "Context U256 Operations")]
    public ulong ContextU256Operations() {
        var child = EnterChild(out var memory);
        return LeaveChild(memory, U256Work(child));
    }

    [Benchmark(Description = "Context Memory Expansion")]
    public ulong ContextMemoryExpansion() {
        var child = EnterChild(out var memory);
        return LeaveChild(memory, ExpansionWork(child));
    }

    [Benchmark(Description = "Context Large Data Copy")]
    public ulong ContextLargeDataCopy() {
        var child = EnterChild(out var memory);
        return LeaveChild(memory, LargeCopyWork(child));
    }

    [Benchmark(Description = "Context Memory Copy (MCOPY)")]
    public ulong ContextMemoryCopy() {
        var child = EnterChild(out var memory);
        return LeaveChild(memory, McopyWork(child));
    }

    [Benchmark(Description = "Context Bounded Copy")]
    public ulong ContextBoundedCopy() {
        var child = EnterChild(out var memory);
        return LeaveChild(memory, BoundedCopyWork(child));
    }

    [Benchmark(Description = "Context Slice Reading")]
    public ulong ContextSliceReading() {
        var child = EnterChild(out var memory);
        return LeaveChild(memory, SliceWork(child));
    }

    // Work: open a chain of 5 contexts below the root, 20 x (ensure + 32-byte write + 32-byte read) at the deepest, unwind.
    [Benchmark(Description = "Deep Context Operations")]
    public ulong DeepContextOperations()
    {
        var memory = AcquireDefault();
        var chain = _chain;
        chain[0] = memory.Root;
        for (int i = 1; i < chain.Length; i++) chain[i] = chain[i - 1].NewChildContext();
        ulong sum = WordWork(chain[^1], 20);
        for (int i = chain.Length - 2; i >= 0; i--) chain[i].RevertChildContext();
        return Finish(memory, sum);
    }

    // Work: the "Memory Limit Enforcement" row inside a child.
    [Benchmark(Description = "Context Limit Enforcement")]
    public ulong ContextLimitEnforcement()
    {
        var memory = Acquire(_pooledEnforcement, SharedMemory.DefaultInitialCapacity, LimitForEnforcementRows);
        var child = memory.Root.NewChildContext();
        ulong result = LimitWork(child);
        memory.Root.RevertChildContext();
        return Finish(memory, result);
    }

    private SharedMemory Acquire(SharedMemory pooled, ulong capacity, ulong limit)
    {
        if (!Pooled) return new SharedMemory(capacity, limit);
        pooled.Reset();
        return pooled;
    }

    private SharedMemory AcquireDefault() => Acquire(_pooledDefault, SharedMemory.DefaultInitialCapacity, SharedMemory.DefaultLimit);

    /// <summary>Frees a fresh memory (the seed's deinit); a pooled one stays for the next operation.</summary>
    private ulong Finish(SharedMemory memory, ulong result)
    {
        if (!Pooled) memory.Dispose();
        return result;
    }

    /// <summary>Acquires a memory and opens a child at depth 1 behind a root holding two words, as a CALL from a frame that used memory.</summary>
    private MemoryContext EnterChild(out SharedMemory memory)
    {
        memory = AcquireDefault();
        var root = memory.Root;
        root.EnsureContextCapacity(64);
        return root.NewChildContext();
    }

    /// <summary>Ends the child opened by <see cref="EnterChild"/>, then finishes as <see cref="Finish"/>.</summary>
    private ulong LeaveChild(SharedMemory memory, ulong result)
    {
        memory.Root.RevertChildContext();
        return Finish(memory, result);
    }

    private static ulong ByteWork(MemoryContext context)
    {
        ulong sum = 0;
        for (ulong i = 0; i < 100; i++)
        {
            context.EnsureContextCapacity(i + 1);
            context.SetByte(i, (byte)i);
            sum += context.GetByte(i);
        }
        return sum;
    }

    private ulong WordWork(MemoryContext context, ulong words)
    {
        ulong sum = 0;
        for (ulong i = 0; i < words; i++)
        {
            context.EnsureContextCapacity(i * 32 + 32);
            context.SetWord(i * 32, _wordOfFf);
            context.GetWord(i * 32, _wordBuffer);
            sum += _wordBuffer[31];
        }
        return sum;
    }

    private static ulong U256Work(MemoryContext context)
    {
        ulong sum = 0;
        for (ulong i = 0; i < 16; i++)
        {
            context.EnsureContextCapacity(i * 32 + 32);
            context.SetWord(i * 32, SampleWord);
            sum += context.GetWord(i * 32).U0;
        }
        return sum;
    }

    private static ulong ExpansionWork(MemoryContext context)
    {
        ulong sum = 0;
        for (ulong i = 1; i <= 10; i++) sum += context.EnsureContextCapacity(i * 1024) + context.ContextSize;
        return sum;
    }

    private ulong LargeCopyWork(MemoryContext context)
    {
        for (ulong i = 0; i < 10; i++)
        {
            context.EnsureContextCapacity(i * 1024 + 1024);
            context.Write(i * 1024, _kilobyte);
        }
        return context.ContextSize;
    }

    private ulong McopyWork(MemoryContext context)
    {
        context.EnsureContextCapacity(256);
        context.Write(0, _kilobyte.AsSpan(0, 256));
        for (ulong i = 0; i < 10; i++)
        {
            context.EnsureContextCapacity(i * 48 + 128);
            context.Copy(i * 48, i * 32, 128);
        }
        return context.ContextSize;
    }

    private ulong BoundedCopyWork(MemoryContext context)
    {
        for (ulong i = 0; i < 20; i++)
        {
            context.EnsureContextCapacity(i * 64 + 128);
            context.WritePadded(i * 64, _source512, i * 16, 128);
        }
        return context.ContextSize;
    }

    private static ulong SliceWork(MemoryContext context)
    {
        context.EnsureContextCapacity(4096);
        ulong sum = 0;
        for (ulong i = 0; i < 100; i++) sum += (ulong)context.GetSlice(i * 32, 64).Length;
        return sum;
    }

    private static ulong ResizeWork(MemoryContext context)
    {
        foreach (ulong size in ResizeSizes) context.ResizeContext(size);
        return context.ContextSize;
    }

    private static ulong WordAlignedResizeWork(MemoryContext context)
    {
        foreach (ulong size in ResizeSizes) context.ResizeContext(MemoryContext.WordCount(size) * 32);
        return context.ContextSize;
    }

    private static ulong LimitWork(MemoryContext context)
    {
        ulong words = 0;
        for (ulong i = 1; i <= 10; i++)
        {
            context.TryEnsureContextCapacity(i * 1024, out ulong added, out _);
            words += added;
        }
        return context.TryEnsureContextCapacity(LimitForEnforcementRows + 1, out _, out _) ? 0 : words;
    }
}
