using Csevm.Interpreter.Memory;
using Csevm.Numerics;

namespace Csevm.Tests.Interpreter.Memory;

public sealed class MemoryBasicOperationsTests : IDisposable
{
    private readonly SharedMemory _memory = new();

    public void Dispose() => _memory.Dispose();

    [Fact]
    public void NewMemory_HasEmptyRootAndInitialCapacity()
    {
        Assert.Equal(0UL, _memory.Root.ContextSize);
        Assert.Equal(0, _memory.Depth);
        Assert.Equal(SharedMemory.DefaultInitialCapacity, _memory.Capacity);
        Assert.Equal(SharedMemory.DefaultLimit, _memory.Limit);
        Assert.True(_memory.Root.IsActive);
    }

    [Fact]
    public void SetByte_ThenGetByte_ReturnsTheByte()
    {
        var root = _memory.Root;
        root.EnsureContextCapacity(64);
        root.SetByte(0, 0xFF);
        root.SetByte(63, 0x42);
        Assert.Equal(0xFF, root.GetByte(0));
        Assert.Equal(0x42, root.GetByte(63));
        Assert.Equal(0, root.GetByte(1));
    }

    [Fact]
    public void SetWordBytes_ThenGetWordBytes_RoundTrips()
    {
        var root = _memory.Root;
        root.EnsureContextCapacity(64);
        byte[] word = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        root.SetWord(7, word);
        var read = new byte[32];
        root.GetWord(7, read);
        Assert.Equal(word, read);
        Assert.Equal(0, root.GetByte(6));
        Assert.Equal(1, root.GetByte(7));
    }

    [Fact]
    public void SetWordUInt256_IsStoredBigEndian_AndRoundTrips()
    {
        var root = _memory.Root;
        root.EnsureContextCapacity(64);
        var value = UInt256.Parse("0xdeadbeefcafebabe123456789abcdef0111111112222222233333333444444ff");
        root.SetWord(3, value);
        Assert.Equal(0xDE, root.GetByte(3));
        Assert.Equal(0xFF, root.GetByte(34));
        Assert.Equal(value.ToBigEndian(), root.GetSlice(3, 32).ToArray());
        Assert.Equal(value, root.GetWord(3));
    }

    [Fact]
    public void GetWordUInt256_ReadsWhatFromBigEndianReads()
    {
        var root = _memory.Root;
        root.EnsureContextCapacity(32);
        byte[] bytes = Enumerable.Range(0, 32).Select(i => (byte)(0xA0 ^ i * 7)).ToArray();
        root.Write(0, bytes);
        Assert.Equal(UInt256.FromBigEndian(bytes), root.GetWord(0));
    }

    [Fact]
    public void ResizeContext_SetsExactSize_AndShrinkThenGrowZeroFills()
    {
        var root = _memory.Root;
        root.ResizeContext(100);
        Assert.Equal(100UL, root.ContextSize);
        root.SetByte(99, 0x11);
        root.ResizeContext(10);
        Assert.Equal(10UL, root.ContextSize);
        root.ResizeContext(100);
        Assert.Equal(0, root.GetByte(99));
    }

    [Fact]
    public void Growth_PastInitialCapacity_DoublesAndKeepsContents()
    {
        var root = _memory.Root;
        root.EnsureContextCapacity(4096);
        root.SetByte(4095, 0x77);
        root.SetByte(0, 0x66);
        root.EnsureContextCapacity(4097);
        Assert.Equal(8192UL, _memory.Capacity);
        Assert.Equal(0x77, root.GetByte(4095));
        Assert.Equal(0x66, root.GetByte(0));
        Assert.Equal(0, root.GetByte(4096));
    }

    [Fact]
    public void Growth_FarPastDoubleCapacity_AllocatesWhatIsNeeded()
    {
        var root = _memory.Root;
        root.EnsureContextCapacity(100_000);
        Assert.True(_memory.Capacity >= 100_000);
        Assert.Equal(0, root.GetByte(99_999));
    }

    [Fact]
    public void ContextPointer_AddressesByteZeroOfTheContext()
    {
        var root = _memory.Root;
        root.EnsureContextCapacity(32);
        unsafe
        {
            root.ContextPointer[5] = 0x5A;
            Assert.Equal(0x5A, root.GetByte(5));
            var value = new UInt256(0x0102);
            BigEndianWord.Store(root.ContextPointer, value);
            Assert.Equal(value, BigEndianWord.Load(root.ContextPointer));
            Assert.Equal(0x01, root.GetByte(30));
            Assert.Equal(0x02, root.GetByte(31));
        }
    }

    [Fact]
    public void Reset_EmptiesTheRoot_KeepsCapacity_AndZeroFillsOnReuse()
    {
        var root = _memory.Root;
        root.EnsureContextCapacity(10_000);
        root.SetByte(9_999, 0xEE);
        var child = root.NewChildContext();
        child.EnsureContextCapacity(32);
        ulong capacity = _memory.Capacity;

        _memory.Reset();

        var fresh = _memory.Root;
        Assert.Equal(0UL, fresh.ContextSize);
        Assert.Equal(0, _memory.Depth);
        Assert.Equal(capacity, _memory.Capacity);
        fresh.EnsureContextCapacity(10_000);
        Assert.Equal(0, fresh.GetByte(9_999));
    }

    [Fact]
    public void Reset_ReleasesHandlesOfThePreviousTransaction()
    {
        var oldRoot = _memory.Root;
        var oldChild = oldRoot.NewChildContext();
        _memory.Reset();
        Assert.Equal(MemoryError.ContextReleased, Assert.Throws<MemoryException>(() => oldRoot.ContextSize).Kind);
        Assert.Equal(MemoryError.ContextReleased, Assert.Throws<MemoryException>(() => oldChild.EnsureContextCapacity(32)).Kind);
    }

    [Fact]
    public void Dispose_ThenUse_ThrowsObjectDisposed()
    {
        var memory = new SharedMemory();
        var root = memory.Root;
        memory.Dispose();
        memory.Dispose();
        Assert.Throws<ObjectDisposedException>(() => root.ContextSize);
        Assert.Throws<ObjectDisposedException>(() => memory.Root);
        Assert.Throws<ObjectDisposedException>(memory.Reset);
    }

    [Fact]
    public void InitialCapacity_IsHonouredAndRoundedToTheAlignment()
    {
        using var large = new SharedMemory(1024 * 1024);
        Assert.Equal(1024UL * 1024, large.Capacity);
        using var odd = new SharedMemory(100);
        Assert.Equal(128UL, odd.Capacity);
    }
}
