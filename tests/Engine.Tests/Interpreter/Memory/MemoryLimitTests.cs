using Csevm.Interpreter.Memory;

namespace Csevm.Tests.Interpreter.Memory;

public sealed class MemoryLimitTests
{
    [Fact]
    public void ExpansionPastTheLimit_FailsWithMemoryLimitExceeded_AndChangesNothing()
    {
        using var memory = new SharedMemory(4096, 64 * 1024);
        var root = memory.Root;
        Assert.True(root.TryEnsureContextCapacity(64 * 1024, out ulong words, out var error));
        Assert.Equal(2048UL, words);
        Assert.Equal(MemoryError.None, error);

        Assert.False(root.TryEnsureContextCapacity(64 * 1024 + 1, out words, out error));
        Assert.Equal(MemoryError.MemoryLimitExceeded, error);
        Assert.Equal(0UL, words);
        Assert.Equal(64UL * 1024, root.ContextSize);
    }

    [Fact]
    public void Limit_CoversAllContextsTogether()
    {
        using var memory = new SharedMemory(4096, 8192);
        var root = memory.Root;
        root.EnsureContextCapacity(4096);
        var child = root.NewChildContext();
        Assert.True(child.TryEnsureContextCapacity(4096, out _, out _));
        Assert.False(child.TryEnsureContextCapacity(4097, out _, out var error));
        Assert.Equal(MemoryError.MemoryLimitExceeded, error);
        Assert.Equal(4096UL, child.ContextSize);
    }

    [Fact]
    public void EnsureContextCapacity_PastTheLimit_ThrowsWithTheKind()
    {
        using var memory = new SharedMemory(4096, 4096);
        var exception = Assert.Throws<MemoryException>(() => memory.Root.EnsureContextCapacity(4097));
        Assert.Equal(MemoryError.MemoryLimitExceeded, exception.Kind);
        Assert.IsAssignableFrom<InvalidOperationException>(exception);
    }

    [Fact]
    public void ResizeContext_PastTheLimit_Fails()
    {
        using var memory = new SharedMemory(4096, 4096);
        Assert.False(memory.Root.TryResizeContext(4097, out var error));
        Assert.Equal(MemoryError.MemoryLimitExceeded, error);
        Assert.Equal(MemoryError.MemoryLimitExceeded, Assert.Throws<MemoryException>(() => memory.Root.ResizeContext(ulong.MaxValue)).Kind);
    }

    [Theory]
    [InlineData(ulong.MaxValue)]
    [InlineData(ulong.MaxValue - 31)]
    [InlineData(1UL << 63)]
    [InlineData(SharedMemory.MaxLimit + 1)]
    [InlineData(1UL << 32)]
    public void HugeSizes_AreRejectedWithoutAllocating(ulong size)
    {
        using var memory = new SharedMemory();
        var child = memory.Root.NewChildContext();
        Assert.False(child.TryEnsureContextCapacity(size, out _, out var error));
        Assert.Equal(MemoryError.MemoryLimitExceeded, error);
        Assert.Equal(SharedMemory.DefaultInitialCapacity, memory.Capacity);
        Assert.Equal(0UL, child.ContextSize);
    }

    [Fact]
    public void TryEnsureRange_WhoseEndOverflows_IsRejected()
    {
        using var memory = new SharedMemory();
        Assert.False(memory.Root.TryEnsureRange(ulong.MaxValue, 2, out _, out var error));
        Assert.Equal(MemoryError.MemoryLimitExceeded, error);
    }

    [Fact]
    public void TryEnsureRange_WithZeroLength_NeedsNoMemoryAtAnyOffset()
    {
        using var memory = new SharedMemory();
        Assert.True(memory.Root.TryEnsureRange(ulong.MaxValue, 0, out ulong words, out var error));
        Assert.Equal(0UL, words);
        Assert.Equal(MemoryError.None, error);
        Assert.Equal(0UL, memory.Root.ContextSize);
    }

    [Fact]
    public void OffsetsUpToTheLimit_AreReachable()
    {
        using var memory = new SharedMemory(4096, 1024 * 1024);
        var root = memory.Root;
        Assert.True(root.TryEnsureRange(1024 * 1024 - 32, 32, out ulong words, out _));
        Assert.Equal(32768UL, words);
        root.SetWord(1024 * 1024 - 32, Enumerable.Repeat((byte)7, 32).ToArray());
        Assert.Equal(7, root.GetByte(1024 * 1024 - 1));
        Assert.False(root.TryEnsureRange(1024 * 1024 - 31, 32, out _, out _));
    }

    [Fact]
    public void ChildOfAParentAtTheLimit_IsEmptyAndCannotGrow()
    {
        using var memory = new SharedMemory(4096, 4096);
        memory.Root.EnsureContextCapacity(4096);
        var child = memory.Root.NewChildContext();
        Assert.Equal(0UL, child.ContextSize);
        Assert.False(child.TryEnsureContextCapacity(1, out _, out var error));
        Assert.Equal(MemoryError.MemoryLimitExceeded, error);
    }

    [Theory]
    [InlineData(100UL)]
    [InlineData(SharedMemory.MaxLimit + 32)]
    public void Constructor_RejectsALimitThatIsNotAWholeNumberOfWordsOrTooLarge(ulong limit) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SharedMemory(64, limit));

    [Fact]
    public void Constructor_RejectsAnInitialCapacityAboveTheLimit() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SharedMemory(8192, 4096));

    [Fact]
    public void ZeroLimit_AllowsOnlyEmptyContexts()
    {
        using var memory = new SharedMemory(0, 0);
        Assert.True(memory.Root.TryEnsureContextCapacity(0, out _, out _));
        Assert.False(memory.Root.TryEnsureContextCapacity(1, out _, out var error));
        Assert.Equal(MemoryError.MemoryLimitExceeded, error);
        Assert.Equal(0UL, memory.Root.NewChildContext().ContextSize);
    }
}
