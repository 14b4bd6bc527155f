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
        int switchLoop = dispatch.IndexOf("ExecutionStatus RunSwitch<TTracer>", StringComparison.Ordinal);
        int hybridLoop = dispatch.IndexOf("ExecutionStatus RunHybrid<TTracer>", StringComparison.Ordinal);
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
        var hybrid = Lines(dispatch[dispatch.IndexOf("ExecutionStatus RunHybrid<TTracer>", StringComparison.Ordinal)..]);
        int mstore = hybrid.IndexOf("case 0x52: // MSTORE");
        Assert.Equal(
            ["status = MemoryOps.MStore<TFork, THost>(f, top, ref gas);", "top -= 2;", "if (status != Step.Continue) break;", "continue;"],
            hybrid.Skip(mstore + 1).Take(4));

        // The table reaches it through a wrapper on the frame's own top and gas.
        var lines = Lines(dispatch);
        int wrapper = lines.IndexOf("private static ExecutionStatus MemoryOpsMStore(Frame<THost> f)");
        Assert.Equal(
            ["{", "ExecutionStatus status;", "status = MemoryOps.MStore<TFork, THost>(f, f.Top, ref f.Gas);", "f.Top -= 2;", "return status;", "}"],
            lines.Skip(wrapper + 1).Take(6));
        Assert.Contains("table[0x52] = &MemoryOpsMStore;", lines);
    }

    private static List<string> Lines(string text) => text.Split('\n').Select(l => l.Trim()).ToList();

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
