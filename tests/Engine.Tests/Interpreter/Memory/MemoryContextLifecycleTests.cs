using Csevm.Interpreter.Memory;

namespace Csevm.Tests.Interpreter.Memory;

public sealed class MemoryContextLifecycleTests : IDisposable
{
    private readonly SharedMemory _memory = new();

    public void Dispose() => _memory.Dispose();

    [Fact]
    public void NewChildContext_StartsEmptyAfterTheParent_AndBecomesActive()
    {
        var root = _memory.Root;
        root.EnsureContextCapacity(64);
        var child = root.NewChildContext();
        Assert.Equal(1, child.Depth);
        Assert.Equal(64UL, child.Checkpoint);
        Assert.Equal(0UL, child.ContextSize);
        Assert.True(child.IsActive);
        Assert.False(root.IsActive);
        Assert.Equal(64UL, root.ContextSize);
        Assert.Equal(1, _memory.Depth);
    }

    [Fact]
    public void ChildCheckpoint_IsWordAlignedAfterAnUnalignedParent()
    {
        var root = _memory.Root;
        root.ResizeContext(33);
        var child = root.NewChildContext();
        Assert.Equal(64UL, child.Checkpoint);
        Assert.Equal(33UL, root.ContextSize);
    }

    [Fact]
    public void ChildWrites_AreRelativeToItsCheckpoint_AndDoNotTouchTheParent()
    {
        var root = _memory.Root;
        root.EnsureContextCapacity(32);
        root.SetByte(0, 0xAA);
        var child = root.NewChildContext();
        child.EnsureContextCapacity(32);
        child.SetByte(0, 0xBB);
        Assert.Equal(0xBB, child.GetByte(0));
        Assert.Equal(0xAA, root.GetByte(0));
    }

    [Fact]
    public void RevertChildContext_ReleasesTheChildRegion_AndRestoresTheParent()
    {
        var root = _memory.Root;
        root.EnsureContextCapacity(32);
        var child = root.NewChildContext();
        child.EnsureContextCapacity(1024);
        root.RevertChildContext();
        Assert.True(root.IsActive);
        Assert.Equal(0, _memory.Depth);
        Assert.Equal(32UL, root.ContextSize);
        Assert.Equal(32UL, _memory.TotalSize);
    }

    [Fact]
    public void CommitChildContext_AlsoReleasesTheChildRegion_ChildMemoryNeverBecomesTheParents()
    {
        var root = _memory.Root;
        root.EnsureContextCapacity(32);
        var child = root.NewChildContext();
        child.EnsureContextCapacity(64);
        child.SetByte(0, 0xCC);
        root.CommitChildContext();
        Assert.Equal(32UL, root.ContextSize);
        Assert.Equal(32UL, _memory.TotalSize);
        Assert.Equal(MemoryError.ContextReleased, Assert.Throws<MemoryException>(() => child.GetByte(0)).Kind);
    }

    [Fact]
    public void ReturnData_CanBeCopiedOutOfTheChildBeforeItEnds()
    {
        var root = _memory.Root;
        root.EnsureContextCapacity(64);
        var child = root.NewChildContext();
        child.EnsureContextCapacity(32);
        child.SetWord(0, Enumerable.Repeat((byte)0x5C, 32).ToArray());
        byte[] returnData = child.GetSlice(0, 32).ToArray();
        root.CommitChildContext();
        root.Write(16, returnData.AsSpan(0, 16));
        Assert.Equal(0x5C, root.GetByte(31));
        Assert.Equal(0, root.GetByte(32));
    }

    [Fact]
    public void ParentReexpansion_IntoAReleasedChildRegion_IsZeroFilled()
    {
        var root = _memory.Root;
        root.EnsureContextCapacity(32);
        var child = root.NewChildContext();
        child.EnsureContextCapacity(256);
        for (ulong i = 0; i < 256; i++) child.SetByte(i, 0xFF);
        root.RevertChildContext();

        root.EnsureContextCapacity(32 + 256);
        Assert.True(root.GetSlice(32, 256).ToArray().All(b => b == 0));
    }

    [Fact]
    public void SecondChild_AfterTheFirstEnded_SeesZeroedMemory()
    {
        var root = _memory.Root;
        var first = root.NewChildContext();
        first.EnsureContextCapacity(64);
        first.SetByte(10, 0x99);
        root.CommitChildContext();
        var second = root.NewChildContext();
        second.EnsureContextCapacity(64);
        Assert.Equal(first.Checkpoint, second.Checkpoint);
        Assert.Equal(0, second.GetByte(10));
    }

    [Fact]
    public void NestedContexts_ThreeLevels_KeepIndependentMemoryAndUnwindInOrder()
    {
        var root = _memory.Root;
        root.EnsureContextCapacity(32);
        root.SetWord(0, Enumerable.Repeat((byte)0xAA, 32).ToArray());
        var child = root.NewChildContext();
        child.EnsureContextCapacity(32);
        child.SetWord(0, Enumerable.Repeat((byte)0xBB, 32).ToArray());
        var grandchild = child.NewChildContext();
        grandchild.EnsureContextCapacity(64);
        grandchild.SetWord(0, Enumerable.Repeat((byte)0xCC, 32).ToArray());
        var greatGrandchild = grandchild.NewChildContext();
        greatGrandchild.EnsureContextCapacity(32);
        greatGrandchild.SetByte(0, 0xDD);

        Assert.Equal(3, greatGrandchild.Depth);
        Assert.Equal(new ulong[] { 0, 32, 64, 128 }, new[] { root.Checkpoint, child.Checkpoint, grandchild.Checkpoint, greatGrandchild.Checkpoint });
        Assert.Equal(0xAA, root.GetByte(31));
        Assert.Equal(0xBB, child.GetByte(31));
        Assert.Equal(0xCC, grandchild.GetByte(31));
        Assert.Equal(0xDD, greatGrandchild.GetByte(0));
        Assert.Equal(64UL, grandchild.ContextSize);

        grandchild.RevertChildContext();
        Assert.True(grandchild.IsActive);
        Assert.Equal(128UL, _memory.TotalSize);
        child.CommitChildContext();
        Assert.Equal(64UL, _memory.TotalSize);
        root.RevertChildContext();
        Assert.Equal(32UL, _memory.TotalSize);
        Assert.Equal(0xAA, root.GetByte(0));
    }

    [Fact]
    public void DeepNesting_Past1024Levels_KeepsEveryLevelAddressable()
    {
        var context = _memory.Root;
        var chain = new MemoryContext[1100];
        chain[0] = context;
        for (int depth = 1; depth < chain.Length; depth++)
        {
            chain[depth] = chain[depth - 1].NewChildContext();
            chain[depth].EnsureContextCapacity(32);
            chain[depth].SetByte(0, (byte)depth);
        }
        Assert.Equal(1099, _memory.Depth);
        Assert.Equal(unchecked((byte)500), chain[500].GetByte(0));
        for (int depth = chain.Length - 2; depth >= 0; depth--) chain[depth].RevertChildContext();
        Assert.Equal(0UL, _memory.TotalSize);
    }

    [Fact]
    public void Current_IsTheDeepestContext()
    {
        var child = _memory.Root.NewChildContext();
        Assert.Equal(child.Checkpoint, _memory.Current.Checkpoint);
        Assert.Equal(1, _memory.Current.Depth);
        Assert.True(_memory.Current.IsActive);
    }

    [Fact]
    public void RevertOrCommit_WithoutAChild_ThrowsNoChildContextToRevertOrCommit()
    {
        var root = _memory.Root;
        Assert.Equal(MemoryError.NoChildContextToRevertOrCommit, Assert.Throws<MemoryException>(root.RevertChildContext).Kind);
        Assert.Equal(MemoryError.NoChildContextToRevertOrCommit, Assert.Throws<MemoryException>(root.CommitChildContext).Kind);
    }

    [Fact]
    public void ParentWithALiveChild_CannotWriteResizeOrOpenAnotherChild()
    {
        var root = _memory.Root;
        root.EnsureContextCapacity(32);
        _ = root.NewChildContext();
        Assert.Equal(MemoryError.ChildContextActive, Assert.Throws<MemoryException>(() => root.SetByte(0, 1)).Kind);
        Assert.Equal(MemoryError.ChildContextActive, Assert.Throws<MemoryException>(() => root.EnsureContextCapacity(64)).Kind);
        Assert.Equal(MemoryError.ChildContextActive, Assert.Throws<MemoryException>(() => root.ResizeContext(0)).Kind);
        Assert.Equal(MemoryError.ChildContextActive, Assert.Throws<MemoryException>(() => root.NewChildContext()).Kind);
        Assert.Equal(MemoryError.ChildContextActive, Assert.Throws<MemoryException>(() => root.Copy(0, 1, 1)).Kind);
    }

    [Fact]
    public void ParentWithALiveChild_CanStillBeRead()
    {
        var root = _memory.Root;
        root.EnsureContextCapacity(32);
        root.SetByte(5, 0x12);
        var child = root.NewChildContext();
        child.EnsureContextCapacity(32);
        Assert.Equal(0x12, root.GetByte(5));
        Assert.Equal(32UL, root.ContextSize);
        Assert.Equal(32, root.GetSlice(0, 32).Length);
    }

    [Fact]
    public void RevertingAChild_ThatHasALiveChild_ThrowsChildContextActive()
    {
        var root = _memory.Root;
        var child = root.NewChildContext();
        _ = child.NewChildContext();
        Assert.Equal(MemoryError.ChildContextActive, Assert.Throws<MemoryException>(root.RevertChildContext).Kind);
        Assert.Equal(2, _memory.Depth);
    }

    [Fact]
    public void EndedChildHandle_CannotEndASiblingOpenedAfterIt()
    {
        var root = _memory.Root;
        var first = root.NewChildContext();
        root.RevertChildContext();
        var second = root.NewChildContext();
        _ = second.NewChildContext();
        Assert.Equal(MemoryError.ContextReleased, Assert.Throws<MemoryException>(first.RevertChildContext).Kind);
        Assert.Equal(MemoryError.ContextReleased, Assert.Throws<MemoryException>(() => first.ContextSize).Kind);
        Assert.Equal(2, _memory.Depth);
    }

    [Fact]
    public void ChildCreateAndEnd_AllocateNoManagedMemory()
    {
        var root = _memory.Root;
        CallTwoLevels(root);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++) CallTwoLevels(root);
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());

        static void CallTwoLevels(MemoryContext root)
        {
            var child = root.NewChildContext();
            child.EnsureContextCapacity(64);
            _ = child.NewChildContext();
            child.RevertChildContext();
            root.CommitChildContext();
        }
    }
}
