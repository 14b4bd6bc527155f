using Csevm.Interpreter;
using Csevm.Interpreter.Analysis;
using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Tests.Interpreter;

public unsafe class CodeAnalysisTests
{
    [Fact]
    public void JumpDestBitmap_MarksOpcodesAndSkipsPushData()
    {
        // JUMPDEST, PUSH2 0x5b5b, JUMPDEST, PUSH32 with a 0x5b inside, JUMPDEST.
        byte[] code = [0x5b, 0x61, 0x5b, 0x5b, 0x5b, 0x7f, .. Enumerable.Repeat((byte)0x5b, 32), 0x5b];
        var analyzed = new AnalyzedCode(code);
        Assert.True(analyzed.IsJumpDestination(0));
        Assert.False(analyzed.IsJumpDestination(2));
        Assert.False(analyzed.IsJumpDestination(3));
        Assert.True(analyzed.IsJumpDestination(4));
        Assert.False(analyzed.IsJumpDestination(10));
        Assert.True(analyzed.IsJumpDestination(38));
        Assert.False(analyzed.IsJumpDestination(39));
        Assert.False(analyzed.IsJumpDestination(ulong.MaxValue));
    }

    [Fact]
    public void PaddedCode_EndsWithZerosPastTheLength()
    {
        var analyzed = new AnalyzedCode([0x7f, 0x01]);
        Assert.Equal(2, analyzed.Length);
        Assert.Equal(new byte[] { 0x7f, 0x01 }, analyzed.Bytes.ToArray());
        for (int i = 2; i < 2 + AnalyzedCode.Padding; i++) Assert.Equal(0, analyzed.Pointer[i]);
    }

    [Fact]
    public void CodeCache_ReturnsTheSameAnalysisForTheSameHash()
    {
        byte[] code = [0x60, 0x01, 0x5b];
        var hash = Keccak256.Hash(code);
        var first = CodeCache.Get(hash, code);
        Assert.Same(first, CodeCache.Get(hash, code));
        Assert.True(first.IsJumpDestination(2));
    }

    [Fact]
    public void CodeCache_StaysBounded()
    {
        for (int i = 0; i < CodeCache.MaxEntries + 10; i++)
        {
            byte[] code = BitConverter.GetBytes(i);
            CodeCache.Get(Hash256.FromUInt256(new UInt256((ulong)i, 0xcace)), code);
        }
        Assert.True(CodeCache.Count <= CodeCache.MaxEntries);
    }

    [Fact]
    public void CodeCache_StaysBoundedInBytes()
    {
        // Large codes reach the byte bound long before the entry bound.
        var code = new byte[24_576];
        for (int i = 0; i < 2 * CodeCache.MaxCodeBytes / code.Length; i++)
        {
            BitConverter.TryWriteBytes(code, i);
            CodeCache.Get(Hash256.FromUInt256(new UInt256((ulong)i, 0xb1e5)), code);
            Assert.True(CodeCache.CodeBytes <= CodeCache.MaxCodeBytes + 64 * 1024); // slack: other tests add codes concurrently
        }
    }

    [Fact]
    public void Stack_IsAlignedAndReportsItsItems()
    {
        using var stack = new EvmStack();
        Assert.Equal(0, (long)stack.Bottom % 32);
        var top = stack.EmptyTop;
        Assert.Equal(0, stack.Height(top));
        *++top = new UInt256(5);
        *++top = new UInt256(6);
        Assert.Equal([new UInt256(5), new UInt256(6)], stack.Items(top).ToArray());
    }
}
