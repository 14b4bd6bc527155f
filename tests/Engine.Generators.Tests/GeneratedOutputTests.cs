namespace Csevm.Generators.Tests;

public class GeneratedOutputTests
{
    private static readonly GeneratorHarness.Run Output = GeneratorHarness.Generate(GeneratorHarness.TwoForks, GeneratorHarness.ThreeOpcodes);

    private static string[] TableRow(string source, string property, int row)
    {
        var lines = source.Split('\n');
        int start = Array.FindIndex(lines, l => l.Contains($" {property} =>"));
        var line = lines.Skip(start).First(l => l.Contains($"/* 0x{row:x2} */"));
        return line[(line.IndexOf("*/", StringComparison.Ordinal) + 2)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    [Fact]
    public void ValidSpec_EmitsOneStructPerForkAndNoDiagnostics()
    {
        Assert.Empty(Output.Diagnostics);
        Assert.Contains("Spec.Frontier.g.cs", Output.Sources.Keys);
        Assert.Contains("Spec.Homestead.g.cs", Output.Sources.Keys);
        Assert.Contains("public readonly struct Homestead : IFork", Output.Sources["Spec.Homestead.g.cs"]);
        Assert.Contains("public static Revision Revision => Revision.Homestead;", Output.Sources["Spec.Homestead.g.cs"]);
    }

    [Fact]
    public void StaticGas_FollowsGasChangesByFork()
    {
        Assert.Equal(["0", "3"], TableRow(Output.Sources["Spec.Frontier.g.cs"], "StaticGas", 0x00)[..2]);
        Assert.Equal(["0", "4"], TableRow(Output.Sources["Spec.Homestead.g.cs"], "StaticGas", 0x00)[..2]);
    }

    [Fact]
    public void OpcodeIntroducedLater_IsUndefinedInEarlierForkTables()
    {
        // PUSH2 (0x61) exists from Homestead: Frontier leaves it free (gas 0, stack maximum 1024).
        Assert.Equal("0", TableRow(Output.Sources["Spec.Frontier.g.cs"], "StaticGas", 0x60)[1]);
        Assert.Equal("3", TableRow(Output.Sources["Spec.Homestead.g.cs"], "StaticGas", 0x60)[1]);
        Assert.Equal("1024", TableRow(Output.Sources["Spec.Frontier.g.cs"], "StackMaximum", 0x60)[1]);
        Assert.Equal("1023", TableRow(Output.Sources["Spec.Homestead.g.cs"], "StackMaximum", 0x60)[1]);
    }

    [Fact]
    public void StackTables_GiveInputsAsMinimumAndRoomForGrowthAsMaximum()
    {
        var frontier = Output.Sources["Spec.Frontier.g.cs"];
        Assert.Equal(["0", "2"], TableRow(frontier, "StackMinimum", 0x00)[..2]);
        Assert.Equal(["1024", "1024"], TableRow(frontier, "StackMaximum", 0x00)[..2]);
    }

    [Fact]
    public void Push2Handler_ReadsTwoBigEndianBytesFromTheTopOfAWord()
    {
        var stackOps = Output.Sources["Interpreter.StackOps.g.cs"];
        Assert.Contains("public static UInt256* Push2(UInt256* top, byte* data)", stackOps);
        Assert.Contains("top[1] = new UInt256(ReadBigEndian(data) >> 48);", stackOps);
    }

    [Fact]
    public void Dispatch_GuardsLaterOpcodesWithTheForkRevision()
    {
        var dispatch = Output.Sources["Interpreter.Dispatch.g.cs"];
        Assert.Contains("if (TFork.Revision >= Revision.Homestead) table[0x61] = &StackOpsPush2;", dispatch);
        Assert.Contains("table[0x00] = &Flow.Stop<TFork, THost>;", dispatch);
        Assert.Contains("if (TFork.Revision < Revision.Homestead) { status = ExecutionStatus.UndefinedInstruction; break; }", dispatch);
    }

    [Fact]
    public void Loop_HybridSwitchHoldsOnlyHotOpcodesAndSendsTheRestToTheTable()
    {
        var dispatch = Output.Sources["Interpreter.Dispatch.g.cs"];
        int switchLoop = dispatch.IndexOf("ExecutionStatus RunSwitch<TTracer, TChecks>", StringComparison.Ordinal);
        int hybridLoop = dispatch.IndexOf("ExecutionStatus RunHybrid<TTracer, TChecks>", StringComparison.Ordinal);
        Assert.True(switchLoop > 0 && hybridLoop > switchLoop);
        var switchLines = Lines(dispatch[switchLoop..hybridLoop]);
        var hybridLines = Lines(dispatch[hybridLoop..]);

        Assert.Contains("case 0x00: // STOP", switchLines);
        Assert.DoesNotContain("case 0x00: // STOP", hybridLines);
        int add = hybridLines.IndexOf("case 0x01: // ADD");
        Assert.Equal("top = Arithmetic.Add(top);", hybridLines[add + 1]);
        Assert.Contains("status = table[op](f);", hybridLines);
        Assert.DoesNotContain("TDispatch.Kind", dispatch[switchLoop..]);
    }

    [Fact]
    public void LocalsHandler_GetsTheLoopsTopAndGas_AndTheTopMovesByItsStackEffect()
    {
        var spec = GeneratorHarness.ThreeOpcodes + "\n0x52,MSTORE,2,0,3,Frontier,,locals hot,MemoryOps.MStore";
        var dispatch = GeneratorHarness.Generate(GeneratorHarness.TwoForks, spec).Sources["Interpreter.Dispatch.g.cs"];
        var hybrid = Lines(dispatch[dispatch.IndexOf("ExecutionStatus RunHybrid<TTracer, TChecks>", StringComparison.Ordinal)..]);
        int mstore = hybrid.IndexOf("case 0x52: // MSTORE");
        Assert.Equal(
            [
                "if (TChecks.PerBlock) gasBefore = gas;",
                "status = MemoryOps.MStore<TFork, THost>(f, top, ref gas);", "top -= 2;",
                "if (status != Step.Continue)", "{",
                // Out of gas after the block's whole static charge: again per instruction, from before it, with exact gas.
                "if (TChecks.PerBlock) { pc--; top += 2; gas = gasBefore + blocks[pc].Gas; goto checkEachInstruction; }",
                "break;", "}", "continue;",
            ],
            hybrid.Skip(mstore + 1).Take(9));

        // The table reaches it through a wrapper on the frame's own top and gas.
        var lines = Lines(dispatch);
        int wrapper = lines.IndexOf("private static ExecutionStatus MemoryOpsMStore(Frame<THost> f)");
        Assert.Equal(
            ["{", "ExecutionStatus status;", "status = MemoryOps.MStore<TFork, THost>(f, f.Top, ref f.Gas);", "f.Top -= 2;", "return status;", "}"],
            lines.Skip(wrapper + 1).Take(6));
        Assert.Contains("table[0x52] = &MemoryOpsMStore;", lines);
    }

    private static List<string> Lines(string text) => text.Split('\n').Select(l => l.Trim()).ToList();

    /// <summary>A spec with every kind of block boundary: a terminator, a jump, a reads-gas opcode (not hot) and JUMPDEST.</summary>
    private static readonly GeneratorHarness.Run Blocks = GeneratorHarness.Generate(GeneratorHarness.TwoForks, """
        opcode,mnemonic,inputs,outputs,gas,since,gas_by_fork,flags,handler
        0x00,STOP,0,0,0,Frontier,,terminating,Flow.Stop
        0x01,ADD,2,1,3,Frontier,,pure hot,Arithmetic.Add
        0x57,JUMPI,2,0,10,Frontier,,jump hot,Flow.JumpI
        0x5a,GAS,0,1,2,Frontier,,reads-gas,Flow.Gas
        0x5b,JUMPDEST,0,0,1,Frontier,,pure hot,Flow.JumpDest
        0xf3,RETURN,2,0,0,Frontier,,terminating,Flow.Return
        """);

    private static string HybridLoop(GeneratorHarness.Run run)
    {
        var dispatch = run.Sources["Interpreter.Dispatch.g.cs"];
        return dispatch[dispatch.IndexOf("ExecutionStatus RunHybrid<TTracer, TChecks>", StringComparison.Ordinal)..];
    }

    [Fact]
    public void EndsBlock_MarksTerminatingJumpAndReadsGasOpcodes()
    {
        Assert.Empty(Blocks.Diagnostics);
        var opcodes = Blocks.Sources["Spec.Opcode.g.cs"];
        Assert.Equal(["1", "0"], TableRow(opcodes, "EndsBlock", 0x00)[..2]);        // STOP, ADD
        Assert.Equal(["1", "0", "0", "1", "0"], TableRow(opcodes, "EndsBlock", 0x50)[7..12]);  // JUMPI, 0x58, 0x59, GAS, JUMPDEST
        Assert.Equal("1", TableRow(opcodes, "EndsBlock", 0xf0)[3]);                // RETURN
    }

    [Fact]
    public void StackChange_IsOutputsLessInputs()
    {
        var opcodes = Blocks.Sources["Spec.Opcode.g.cs"];
        Assert.Equal(["0", "-1"], TableRow(opcodes, "StackChange", 0x00)[..2]);
        Assert.Equal("-2", TableRow(opcodes, "StackChange", 0x50)[7]);
        Assert.Equal("1", TableRow(opcodes, "StackChange", 0x50)[10]);
    }

    [Fact]
    public void HybridLoop_RunsAReadsGasOpcodeInTheSwitchAndChecksTheNextBlockAfterIt()
    {
        var loop = Lines(HybridLoop(Blocks));
        int gas = loop.IndexOf("case 0x5a: // GAS");
        Assert.True(gas > 0, "GAS is not hot but ends a block: the hybrid switch must run it");
        Assert.Equal("status = Flow.Gas<TFork, THost>(f);", loop[gas + 2]);
        Assert.Equal("if (status != Step.Continue) break;", loop[gas + 4]);
        Assert.Equal("if (TChecks.PerBlock && code[pc] != 0x5b)", loop[gas + 5]);
        Assert.Equal("BlockCost* block = blocks + pc;", loop[gas + 7]);
        // A terminator never continues: it stays with the table.
        Assert.DoesNotContain("case 0xf3: // RETURN", loop);
    }

    [Fact]
    public void JumpDest_ChecksAndChargesItsBlockOrHandsItToThePerInstructionLoop()
    {
        var loop = Lines(HybridLoop(Blocks));
        int jumpDest = loop.IndexOf("case 0x5b: // JUMPDEST");
        Assert.Equal("if (TChecks.PerBlock)", loop[jumpDest + 1]);
        Assert.Equal("BlockCost* block = blocks + pc - 1;", loop[jumpDest + 3]);
        Assert.EndsWith("|| gas < block->Gas) { pc--; goto checkEachInstruction; }", loop[jumpDest + 5]);
        Assert.Equal("gas -= block->Gas;", loop[jumpDest + 6]);
        Assert.Contains("return RunHybrid<TTracer, InstructionChecks>(f, ref tracer);", loop);
    }

    [Fact]
    public void PerInstructionChecks_AreSkippedWhenCheckingPerBlock()
    {
        var loop = Lines(HybridLoop(Blocks));
        int head = loop.IndexOf("if (!TChecks.PerBlock)");
        Assert.True(head > 0 && loop[head + 5] == "int minimum = TFork.StackMinimum[op];");
        Assert.Contains("gas += ahead;", loop);
    }

    [Fact]
    public void FrameHandlerThatDoesNotEndItsBlock_IsLentTheGasChargedForTheRestOfTheBlock()
    {
        var loop = Lines(HybridLoop(Blocks));
        int table = loop.IndexOf("default:");
        Assert.Equal(
            [
                "ahead = TChecks.PerBlock ? BasicBlocks.GasAhead(blocks, code, pc) : 0;",
                "f.Top = top; f.Pc = pc; f.Gas = gas + ahead;",
                "status = table[op](f);",
                "top = f.Top; pc = f.Pc; gas = f.Gas - ahead;",
            ],
            loop.Skip(table + 1).Take(4));
        // GAS ends its block: nothing was charged ahead of it, its gas is exact as it is.
        int gas = loop.IndexOf("case 0x5a: // GAS");
        Assert.Equal("f.Top = top; f.Pc = pc; f.Gas = gas;", loop[gas + 1]);
    }

    [Fact]
    public void ForkList_MapsRevisionsAndAliases()
    {
        var forks = Output.Sources["Spec.Forks.g.cs"];
        Assert.Contains("Revision.Homestead => visitor.Visit<Homestead>(),", forks);
        Assert.Contains("Revision.Homestead => [2, 7],", forks);
        Assert.Contains("Revision.Homestead => [\"Old\"],", forks);
    }

    [Fact]
    public void OpcodeNames_NameUndefinedBytesByTheirHex()
    {
        var opcodes = Output.Sources["Spec.Opcode.g.cs"];
        Assert.Contains("PUSH2 = 0x61,", opcodes);
        Assert.Contains("\"STOP\", \"ADD\", \"0x02\"", opcodes);
    }
}
