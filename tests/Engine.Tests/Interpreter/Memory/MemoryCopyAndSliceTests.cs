using Csevm.Interpreter.Memory;

namespace Csevm.Tests.Interpreter.Memory;

public sealed class MemoryCopyAndSliceTests : IDisposable
{
    private readonly SharedMemory _memory = new();
    private readonly MemoryContext _root;

    public MemoryCopyAndSliceTests()
    {
        _root = _memory.Root;
        _root.EnsureContextCapacity(128);
        for (ulong i = 0; i < 64; i++) _root.SetByte(i, (byte)(i + 1));
    }

    public void Dispose() => _memory.Dispose();

    private byte[] Bytes(ulong offset, ulong length) => _root.GetSlice(offset, length).ToArray();

    private static byte[] Sequence(int first, int count) => Enumerable.Range(first, count).Select(i => (byte)i).ToArray();

    [Fact]
    public void Copy_ForwardOverlap_CopiesTheOriginalSourceBytes()
    {
        _root.Copy(8, 0, 32);
        Assert.Equal(Sequence(1, 8), Bytes(0, 8));
        Assert.Equal(Sequence(1, 32), Bytes(8, 32));
    }

    [Fact]
    public void Copy_BackwardOverlap_CopiesTheOriginalSourceBytes()
    {
        _root.Copy(0, 8, 32);
        Assert.Equal(Sequence(9, 32), Bytes(0, 32));
        Assert.Equal(Sequence(33, 32), Bytes(32, 32));
    }

    [Fact]
    public void Copy_Disjoint_CopiesAndLeavesTheSource()
    {
        _root.Copy(64, 0, 32);
        Assert.Equal(Sequence(1, 32), Bytes(64, 32));
        Assert.Equal(Sequence(1, 32), Bytes(0, 32));
    }

    [Fact]
    public void Copy_ZeroLength_IsANoOpAtAnyOffset()
    {
        _root.Copy(ulong.MaxValue, ulong.MaxValue, 0);
        Assert.Equal(128UL, _root.ContextSize);
    }

    [Fact]
    public void Copy_PastTheContextEnd_ThrowsInvalidSize()
    {
        Assert.Equal(MemoryError.InvalidSize, Assert.Throws<MemoryException>(() => _root.Copy(100, 0, 29)).Kind);
        Assert.Equal(MemoryError.InvalidOffset, Assert.Throws<MemoryException>(() => _root.Copy(0, 128, 1)).Kind);
    }

    [Fact]
    public void GetSlice_ReturnsTheBytes_AndEmptyForZeroLengthAnywhere()
    {
        Assert.Equal(Sequence(5, 4), Bytes(4, 4));
        Assert.True(_root.GetSlice(ulong.MaxValue, 0).IsEmpty);
    }

    [Fact]
    public void GetSlice_UpToTheLastByte_IsAllowed_OnePastIsNot()
    {
        Assert.Equal(128, _root.GetSlice(0, 128).Length);
        Assert.Single(_root.GetSlice(127, 1).ToArray());
        Assert.Equal(MemoryError.InvalidSize, Assert.Throws<MemoryException>(() => _root.GetSlice(127, 2).Length).Kind);
        Assert.Equal(MemoryError.InvalidOffset, Assert.Throws<MemoryException>(() => _root.GetSlice(128, 1).Length).Kind);
        Assert.Equal(MemoryError.InvalidSize, Assert.Throws<MemoryException>(() => _root.GetSlice(1, ulong.MaxValue).Length).Kind);
    }

    [Fact]
    public void ByteAndWordAccess_OutsideTheContext_ThrowInvalidOffsetOrSize()
    {
        Assert.Equal(MemoryError.InvalidOffset, Assert.Throws<MemoryException>(() => _root.GetByte(128)).Kind);
        Assert.Equal(MemoryError.InvalidOffset, Assert.Throws<MemoryException>(() => _root.SetByte(ulong.MaxValue, 1)).Kind);
        Assert.Equal(MemoryError.InvalidSize, Assert.Throws<MemoryException>(() => _root.GetWord(97)).Kind);
        Assert.Equal(MemoryError.InvalidSize, Assert.Throws<MemoryException>(() => _root.SetWord(100, Csevm.Numerics.UInt256.One)).Kind);
        Assert.Equal(0UL, (ulong)_root.GetWord(96));
    }

    [Fact]
    public void EmptyContext_RejectsEveryNonEmptyAccess()
    {
        var child = _root.NewChildContext();
        Assert.Equal(MemoryError.InvalidOffset, Assert.Throws<MemoryException>(() => child.GetByte(0)).Kind);
        Assert.Equal(MemoryError.InvalidOffset, Assert.Throws<MemoryException>(() => child.GetWord(0)).Kind);
        Assert.True(child.GetSlice(0, 0).IsEmpty);
        child.WritePadded(0, [1, 2], 0, 0);
        Assert.Equal(0UL, child.ContextSize);
    }

    [Fact]
    public void WordArguments_OfTheWrongLength_AreRejected()
    {
        Assert.Throws<ArgumentException>(() => _root.SetWord(0, new byte[31]));
        Assert.Throws<ArgumentException>(() => _root.GetWord(0, new byte[16]));
    }

    [Fact]
    public void WritePadded_PastTheSourceEnd_FillsZeros()
    {
        _root.WritePadded(0, [0xA1, 0xA2, 0xA3, 0xA4], 2, 6);
        Assert.Equal(new byte[] { 0xA3, 0xA4, 0, 0, 0, 0, 7 }, Bytes(0, 7));
    }

    [Fact]
    public void WritePadded_WithTheSourceOffsetPastTheEnd_WritesOnlyZeros()
    {
        _root.WritePadded(0, [0xA1, 0xA2], ulong.MaxValue, 8);
        Assert.Equal(new byte[8], Bytes(0, 8));
        Assert.Equal(9, _root.GetByte(8));
    }

    [Fact]
    public void WritePadded_InsideTheSource_CopiesExactly()
    {
        _root.WritePadded(10, Sequence(100, 50), 5, 20);
        Assert.Equal(Sequence(105, 20), Bytes(10, 20));
        Assert.Equal(31, _root.GetByte(30));
    }

    [Fact]
    public void WritePadded_FromAnEmptySource_Zeroes()
    {
        _root.WritePadded(0, [], 0, 32);
        Assert.Equal(new byte[32], Bytes(0, 32));
    }

    [Fact]
    public void WritePadded_PastTheContextEnd_Throws() =>
        Assert.Equal(MemoryError.InvalidSize, Assert.Throws<MemoryException>(() => _root.WritePadded(100, [1], 0, 29)).Kind);

    [Fact]
    public void Write_CopiesData_AndRejectsOverflowingTheContext()
    {
        _root.Write(120, [9, 8, 7]);
        Assert.Equal(new byte[] { 9, 8, 7 }, Bytes(120, 3));
        Assert.Equal(MemoryError.InvalidSize, Assert.Throws<MemoryException>(() => _root.Write(126, [1, 2, 3])).Kind);
    }
}
