using Csevm.Execution;
using Csevm.Interpreter;
using Csevm.Interpreter.Analysis;
using Csevm.Interpreter.Memory;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.Tracing;

namespace Csevm.Tests.Interpreter;

/// <summary>
/// MLOAD, MSTORE and MSTORE8 at the edges of their fast path (inside memory: one compare, no gas)
/// and slow path (expansion, out of gas), under every dispatch variant: the hybrid loop runs them
/// inline with the loop's gas, Table through the generated wrapper on the frame's.
/// </summary>
public class MemoryAccessBoundaryTests
{
    private static long MemoryCost(long words) => 3 * words + words * words / 512;

    /// <summary>MSTORE(0x20, 42): memory is 64 bytes (2 words) after it; 15 gas.</summary>
    private const string TwoWords = "602a602052";
    private const long TwoWordsGas = 3 + 3 + 3 + 6;

    /// <summary>What each variant's run ended with; all three must agree.</summary>
    private static (ExecutionStatus Status, long GasUsed, byte[] Output) Run(string hex, long gas = 1_000_000)
    {
        var hybrid = Execute<HybridDispatch>(hex, gas);
        Assert.Equal(hybrid, Execute<SwitchDispatch>(hex, gas), OutcomeComparer.Instance);
        Assert.Equal(hybrid, Execute<TableDispatch>(hex, gas), OutcomeComparer.Instance);
        return hybrid;
    }

    private static (ExecutionStatus, long, byte[]) Execute<TDispatch>(string hex, long gas)
        where TDispatch : struct, IDispatch
    {
        var message = new Message { Kind = CallKind.Call, Gas = gas, Recipient = Evm.Contract, Sender = Evm.Caller, CodeAddress = Evm.Contract };
        using var memory = new SharedMemory();
        using var frame = new Frame<TestHost>();
        frame.Start(new TestWorld().Host, message, new AnalyzedCode(Hex.Decode(hex)), memory.Root);
        var tracer = new NoTracer();
        Assert.Equal(FrameOutcome.Halted, EvmInterpreter.Run<Osaka, TestHost, NoTracer, TDispatch>(frame, ref tracer));
        return (frame.Status, gas - frame.GasLeft, frame.Output.ToArray());
    }

    private sealed class OutcomeComparer : IEqualityComparer<(ExecutionStatus, long, byte[])>
    {
        public static readonly OutcomeComparer Instance = new();
        public bool Equals((ExecutionStatus, long, byte[]) x, (ExecutionStatus, long, byte[]) y) =>
            x.Item1 == y.Item1 && x.Item2 == y.Item2 && x.Item3.AsSpan().SequenceEqual(y.Item3);
        public int GetHashCode((ExecutionStatus, long, byte[]) obj) => HashCode.Combine(obj.Item1, obj.Item2);
    }

    private static UInt256 Word(byte[] output) => UInt256.FromBigEndian(output);

    [Fact]
    public void MLoad_OfTheLastWholeWord_ChargesNoExpansion()
    {
        var (status, gasUsed, output) = Run(TwoWords + "602051" + Evm.ReturnTop);
        Assert.Equal(ExecutionStatus.Success, status);
        Assert.Equal(new UInt256(42), Word(output));
        Assert.Equal(TwoWordsGas + 3 + 3 + Evm.ReturnTopGas - 3, gasUsed);
    }

    [Fact]
    public void MLoad_OneByteIntoTheNextWord_GrowsByOneWord()
    {
        // Bytes 0x21..0x40: 42 sits in byte 0x3f, one place from the end of the loaded word.
        var (status, gasUsed, output) = Run(TwoWords + "602151" + Evm.ReturnTop);
        Assert.Equal(ExecutionStatus.Success, status);
        Assert.Equal(new UInt256(42 << 8), Word(output));
        Assert.Equal(TwoWordsGas + 3 + 3 + (MemoryCost(3) - MemoryCost(2)) + Evm.ReturnTopGas - 3, gasUsed);
    }

    [Fact]
    public void MLoad_AtTheSize_ReadsZerosAndGrowsByOneWord()
    {
        var (status, gasUsed, output) = Run(TwoWords + "604051" + Evm.ReturnTop);
        Assert.Equal(ExecutionStatus.Success, status);
        Assert.Equal(UInt256.Zero, Word(output));
        Assert.Equal(TwoWordsGas + 3 + 3 + (MemoryCost(3) - MemoryCost(2)) + Evm.ReturnTopGas - 3, gasUsed);
    }

    [Fact]
    public void MStore_OfTheLastWholeWord_ChargesNoExpansion_AndAtTheSizeGrowsByOneWord()
    {
        Assert.Equal(TwoWordsGas + 9, Run(TwoWords + "6007602052").GasUsed);
        Assert.Equal(TwoWordsGas + 9 + MemoryCost(3) - MemoryCost(2), Run(TwoWords + "6007604052").GasUsed);
    }

    [Fact]
    public void MStore_PastAThousandWords_ChargesTheQuadraticStep()
    {
        // MSTORE at 0x7fe0 makes 1024 words; MLOAD at 0x8000 adds the 1025th.
        var (status, gasUsed, _) = Run("6001617fe052" + "61800051");
        Assert.Equal(ExecutionStatus.Success, status);
        Assert.Equal(9 + MemoryCost(1024) + 6 + MemoryCost(1025) - MemoryCost(1024), gasUsed);
    }

    [Fact]
    public void MStore8_InTheLastByte_ChargesNoExpansion_AndAtTheSizeGrowsByOneWord()
    {
        Assert.Equal(TwoWordsGas + 9, Run(TwoWords + "6007603f53").GasUsed);
        Assert.Equal(TwoWordsGas + 9 + MemoryCost(3) - MemoryCost(2), Run(TwoWords + "6007604053").GasUsed);
    }

    [Fact]
    public void MStore8_WritesOnlyTheLowByte()
    {
        // MSTORE8(0x1f, 0x1234) into a word of ones: only the last byte becomes 0x34.
        var (_, _, output) = Run(Evm.Push(UInt256.MaxValue) + "600052" + "611234601f53" + "600051" + Evm.ReturnTop);
        Assert.Equal(UInt256.MaxValue - 0xff + 0x34, Word(output));
    }

    [Fact]
    public void MStore_ThenMLoad_AtAnUnalignedOffset_RoundTrips()
    {
        var value = UInt256.Parse("0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20");
        var (_, _, output) = Run(Evm.Push(value) + "600752" + "600751" + Evm.ReturnTop);
        Assert.Equal(value, Word(output));
    }

    public static TheoryData<string, string> HugeOffsets()
    {
        var data = new TheoryData<string, string>();
        UInt256[] offsets =
        [
            new UInt256((1UL << 32) - 32), // a real offset, but 2^27 words cost ~2^45 gas
            new UInt256(1UL << 32),
            new UInt256(ulong.MaxValue),   // offset + 32 would wrap in 64 bits
            UInt256.One << 64,              // low limb zero: must not alias offset 0
            (UInt256.One << 64) + new UInt256(0x20),
            UInt256.One << 255,
            UInt256.MaxValue,
        ];
        foreach (var offset in offsets)
        {
            data.Add(Evm.Push(offset) + "51", "MLOAD");
            data.Add("6001" + Evm.Push(offset) + "52", "MSTORE");
            data.Add("6001" + Evm.Push(offset) + "53", "MSTORE8");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(HugeOffsets))]
    public void HugeOffset_IsOutOfGas_AndConsumesEverything(string code, string opcode)
    {
        var (status, gasUsed, _) = Run(code);
        Assert.True(status == ExecutionStatus.OutOfGas, $"{opcode}: {status}");
        Assert.Equal(1_000_000, gasUsed);
    }

    [Theory]
    [MemberData(nameof(HugeOffsets))]
    public void HugeOffset_WithMemoryInUse_IsOutOfGas_NotAnAliasOfASmallOne(string code, string opcode)
    {
        // With two words in use, an offset whose low 64 bits are 0 or 0x20 must not pass the
        // in-memory test.
        var (status, gasUsed, _) = Run(TwoWords + code);
        Assert.True(status == ExecutionStatus.OutOfGas, $"{opcode}: {status}");
        Assert.Equal(1_000_000, gasUsed);
    }

    [Theory]
    [InlineData("6001600052", 12)]   // MSTORE at 0: 3 + 3 + 3 + one word
    [InlineData("6001600053", 12)]   // MSTORE8 at 0
    [InlineData("600051", 9)]         // MLOAD at 0
    [InlineData("60016101e052", 9 + 48)]  // MSTORE at 0x1e0: 16 words, 48 gas
    public void Expansion_WithExactlyTheGas_Succeeds_AndOneLessIsOutOfGas(string code, long gas)
    {
        var enough = Run(code, gas);
        Assert.Equal(ExecutionStatus.Success, enough.Status);
        Assert.Equal(gas, enough.GasUsed);
        Assert.Equal(ExecutionStatus.OutOfGas, Run(code, gas - 1).Status);
    }

    [Fact]
    public void MemoryInsideAChild_IsTheChildsOwn()
    {
        // The fast path measures against the running frame's context: a frame opened after
        // its parent used memory still starts empty and pays for its first word.
        using var memory = new SharedMemory();
        memory.Root.EnsureContextCapacity(4096);
        var child = memory.Root.NewChildContext();
        var message = new Message { Kind = CallKind.Call, Gas = 100, Recipient = Evm.Contract, Sender = Evm.Caller, CodeAddress = Evm.Contract, Depth = 1 };
        using var frame = new Frame<TestHost>();
        frame.Start(new TestWorld().Host, message, new AnalyzedCode(Hex.Decode("600051" + "59" + Evm.ReturnTop)), child);
        var tracer = new NoTracer();
        EvmInterpreter.Run<Osaka, TestHost, NoTracer, HybridDispatch>(frame, ref tracer);
        Assert.Equal(ExecutionStatus.Success, frame.Status);
        Assert.Equal(new UInt256(32), UInt256.FromBigEndian(frame.Output.Span));
        Assert.Equal(3 + 3 + 3 + 2 + Evm.ReturnTopGas - 3, 100 - frame.GasLeft);
    }
}
