using Microsoft.CodeAnalysis;

namespace Csevm.Generators.Tests;

public class SpecDiagnosticTests
{
    private static Diagnostic SingleError(string forks, string opcodes)
    {
        var run = GeneratorHarness.Generate(forks, opcodes);
        return Assert.Single(run.Diagnostics);
    }

    private static void AssertAt(Diagnostic diagnostic, string path, int line, string fragment)
    {
        Assert.Equal("CSEVM001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
        Assert.Contains(fragment, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingCell_IsReportedAtItsLine()
    {
        var opcodes = GeneratorHarness.ThreeOpcodes + "\n0x02,MUL,2,1,5,Frontier,,pure";
        AssertAt(SingleError(GeneratorHarness.TwoForks, opcodes), GeneratorHarness.OpcodesPath, 5, "expected 9 cells");
    }

    [Fact]
    public void UnknownFork_IsReportedAtItsLine()
    {
        var opcodes = GeneratorHarness.ThreeOpcodes.Replace("0x61,PUSH2,0,1,3,Homestead", "0x61,PUSH2,0,1,3,Shanghai");
        AssertAt(SingleError(GeneratorHarness.TwoForks, opcodes), GeneratorHarness.OpcodesPath, 4, "unknown fork 'Shanghai'");
    }

    [Fact]
    public void DuplicateOpcode_NamesTheFirstDefinition()
    {
        var opcodes = GeneratorHarness.ThreeOpcodes + "\n0x01,PLUS,2,1,3,Frontier,,pure,Arithmetic.Plus";
        AssertAt(SingleError(GeneratorHarness.TwoForks, opcodes), GeneratorHarness.OpcodesPath, 5, "already defined as ADD on line 3");
    }

    [Fact]
    public void NonByteOpcode_IsReported()
    {
        var opcodes = GeneratorHarness.ThreeOpcodes + "\n0x100,BIG,0,0,1,Frontier,,,Flow.Big";
        AssertAt(SingleError(GeneratorHarness.TwoForks, opcodes), GeneratorHarness.OpcodesPath, 5, "not a byte");
    }

    [Fact]
    public void GasChangeBeforeIntroduction_IsReported()
    {
        var opcodes = GeneratorHarness.ThreeOpcodes.Replace("Homestead:4", "Frontier:4");
        AssertAt(SingleError(GeneratorHarness.TwoForks, opcodes), GeneratorHarness.OpcodesPath, 3, "must name a fork after Frontier");
    }

    [Fact]
    public void UnknownFlag_IsReported()
    {
        var opcodes = GeneratorHarness.ThreeOpcodes.Replace("pure hot", "pure fast");
        AssertAt(SingleError(GeneratorHarness.TwoForks, opcodes), GeneratorHarness.OpcodesPath, 3, "unknown flag 'fast'");
    }

    [Fact]
    public void PushWithWrongStackShape_IsReported()
    {
        var opcodes = GeneratorHarness.ThreeOpcodes.Replace("0x61,PUSH2,0,1", "0x61,PUSH2,1,1");
        AssertAt(SingleError(GeneratorHarness.TwoForks, opcodes), GeneratorHarness.OpcodesPath, 4, "PUSH2 takes 0 and leaves 1");
    }

    [Fact]
    public void ForkOutOfOrder_IsReportedInForksFile()
    {
        var forks = GeneratorHarness.TwoForks.Replace("1,Homestead", "5,Homestead");
        var run = GeneratorHarness.Generate(forks, GeneratorHarness.ThreeOpcodes);
        // Homestead is dropped, so PUSH2 (since Homestead) fails too: the fork error comes first.
        AssertAt(run.Diagnostics[0], GeneratorHarness.ForksPath, 3, "order '5' must be 1");
    }

    [Fact]
    public void WrongHeader_IsReported()
    {
        var opcodes = GeneratorHarness.ThreeOpcodes.Replace("opcode,mnemonic", "code,mnemonic");
        AssertAt(SingleError(GeneratorHarness.TwoForks, opcodes), GeneratorHarness.OpcodesPath, 1, "expected the header");
    }

    [Fact]
    public void EmptyForksFile_IsReportedAndNothingIsEmitted()
    {
        var run = GeneratorHarness.Generate("# no forks yet\n", GeneratorHarness.ThreeOpcodes);
        AssertAt(run.Diagnostics[0], GeneratorHarness.ForksPath, 1, "the file is empty");
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void OnlyOneSpecFile_ReportsTheMissingOne()
    {
        var run = GeneratorHarness.Generate((GeneratorHarness.OpcodesPath, GeneratorHarness.ThreeOpcodes));
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("CSEVM002", diagnostic.Id);
        Assert.Contains("forks.csv", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void MalformedRow_StillEmitsTheValidRows()
    {
        var opcodes = GeneratorHarness.ThreeOpcodes + "\n0x02,MUL,x,1,5,Frontier,,pure,Arithmetic.Mul";
        var run = GeneratorHarness.Generate(GeneratorHarness.TwoForks, opcodes);
        Assert.Single(run.Diagnostics);
        Assert.Contains("ADD = 0x01,", run.Sources["Spec.Opcode.g.cs"]);
        Assert.DoesNotContain("MUL", run.Sources["Spec.Opcode.g.cs"]);
    }
}
