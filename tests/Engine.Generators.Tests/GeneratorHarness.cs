using System.Collections.Immutable;
using System.Text;
using Csevm.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Csevm.Generators.Tests;

/// <summary>Runs <see cref="OpcodeGenerator"/> through CSharpGeneratorDriver on in-memory spec files.</summary>
internal static class GeneratorHarness
{
    public const string ForksPath = "/spec/forks.csv";
    public const string OpcodesPath = "/spec/opcodes.csv";

    public const string TwoForks = """
        order,name,aliases,eips
        0,Frontier,,
        1,Homestead,Old,2 7
        """;

    public const string ThreeOpcodes = """
        opcode,mnemonic,inputs,outputs,gas,since,gas_by_fork,flags,handler
        0x00,STOP,0,0,0,Frontier,,terminating,Flow.Stop
        0x01,ADD,2,1,3,Frontier,Homestead:4,pure hot,Arithmetic.Add
        0x61,PUSH2,0,1,3,Homestead,,push hot,StackOps.Push2
        """;

    public sealed record Run(ImmutableDictionary<string, string> Sources, ImmutableArray<Diagnostic> Diagnostics);

    public static Run Generate(params (string Path, string Text)[] files)
    {
        var compilation = CSharpCompilation.Create("SpecTest", [], [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new OpcodeGenerator().AsSourceGenerator()],
            additionalTexts: files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToImmutableArray());
        driver = driver.RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null) throw new InvalidOperationException("the generator crashed", result.Exception);
        return new Run(
            result.GeneratedSources.ToImmutableDictionary(s => s.HintName, s => s.SourceText.ToString()),
            result.Diagnostics);
    }

    public static Run Generate(string forks, string opcodes) => Generate((ForksPath, forks), (OpcodesPath, opcodes));

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }
}
