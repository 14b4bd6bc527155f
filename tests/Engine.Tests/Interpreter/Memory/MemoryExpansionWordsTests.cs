using Csevm.Interpreter.Memory;

namespace Csevm.Tests.Interpreter.Memory;

public sealed class MemoryExpansionWordsTests : IDisposable
{
    private readonly SharedMemory _memory = new();

    public void Dispose() => _memory.Dispose();

    [Theory]
    [InlineData(1UL, 1UL)]
    [InlineData(32UL, 1UL)]
    [InlineData(33UL, 2UL)]
    [InlineData(64UL, 2UL)]
    [InlineData(1000UL, 32UL)]
    public void EnsureContextCapacity_FromEmpty_ReturnsTheWordsAdded(ulong size, ulong expectedWords)
    {
        Assert.Equal(expectedWords, _memory.Root.EnsureContextCapacity(size));
        Assert.Equal(expectedWords * 32, _memory.Root.ContextSize);
    }

    [Fact]
    public void EnsureContextCapacity_ToZero_AddsNothing()
    {
        Assert.Equal(0UL, _memory.Root.EnsureContextCapacity(0));
        Assert.Equal(0UL, _memory.Root.ContextSize);
    }

    [Fact]
    public void EnsureContextCapacity_WithinOrBelowTheSize_AddsNoWordsAndNeverShrinks()
    {
        var root = _memory.Root;
        Assert.Equal(4UL, root.EnsureContextCapacity(128));
        Assert.Equal(0UL, root.EnsureContextCapacity(128));
        Assert.Equal(0UL, root.EnsureContextCapacity(100));
        Assert.Equal(0UL, root.EnsureContextCapacity(1));
        Assert.Equal(128UL, root.ContextSize);
        Assert.Equal(1UL, root.EnsureContextCapacity(129));
        Assert.Equal(160UL, root.ContextSize);
    }

    [Fact]
    public void EnsureContextCapacity_AfterAnUnalignedResize_CountsThePartialWordAsPresent()
    {
        var root = _memory.Root;
        root.ResizeContext(33);
        Assert.Equal(0UL, root.EnsureContextCapacity(64));
        Assert.Equal(64UL, root.ContextSize);
        Assert.Equal(1UL, root.EnsureContextCapacity(65));
    }

    [Fact]
    public void WordCounts_ArePerContext()
    {
        var root = _memory.Root;
        root.EnsureContextCapacity(320);
        var child = root.NewChildContext();
        Assert.Equal(0UL, child.ContextWords);
        Assert.Equal(1UL, child.EnsureContextCapacity(32));
        Assert.Equal(1UL, child.ContextWords);
        Assert.Equal(10UL, root.ContextWords);
    }

    [Fact]
    public void ExpansionWords_PredictsEnsureWithoutExpanding()
    {
        var root = _memory.Root;
        root.EnsureContextCapacity(64);
        Assert.Equal(3UL, root.ExpansionWords(150));
        Assert.Equal(0UL, root.ExpansionWords(10));
        Assert.Equal(64UL, root.ContextSize);
        Assert.Equal(3UL, root.EnsureContextCapacity(150));
    }

    [Theory]
    [InlineData(0UL, 0UL)]
    [InlineData(1UL, 1UL)]
    [InlineData(32UL, 1UL)]
    [InlineData(33UL, 2UL)]
    [InlineData(ulong.MaxValue, (ulong.MaxValue >> 5) + 1)]
    public void WordCount_RoundsUpWithoutOverflow(ulong bytes, ulong words) =>
        Assert.Equal(words, MemoryContext.WordCount(bytes));
}
