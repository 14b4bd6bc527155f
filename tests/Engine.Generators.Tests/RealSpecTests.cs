using System.Collections.Immutable;
using System.Text;
using Csevm.Generators.Model;
using Csevm.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Csevm.Generators.Tests;

/// <summary>The spec files the engine actually compiles (src/Engine/Spec), parsed and checked for the rules the EIPs fix.</summary>
public class RealSpecTests
{
    private static readonly string SpecDirectory = FindSpecDirectory();

    private static readonly SpecModel Spec = SpecParser.Parse(
        Path.Combine(SpecDirectory, "forks.csv"), File.ReadAllText(Path.Combine(SpecDirectory, "forks.csv")),
        Path.Combine(SpecDirectory, "opcodes.csv"), File.ReadAllText(Path.Combine(SpecDirectory, "opcodes.csv")));

    private static string FindSpecDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Engine", "Spec");
            if (File.Exists(Path.Combine(candidate, "opcodes.csv"))) return candidate;
        }
        throw new DirectoryNotFoundException("src/Engine/Spec not found above " + AppContext.BaseDirectory);
    }

    private static OpcodeModel Op(string mnemonic) => Spec.Opcodes.Single(o => o.Mnemonic == mnemonic);

    [Fact]
    public void RealSpec_OpcodesThatReadTheGasLeftEndBlocks()
    {
        // GAS, the EIP-2200 SSTORE sentry, CALL*'s 63/64 (and pre-EIP-150 "gas > left"), CREATE*'s 63/64.
        string[] readers = ["GAS", "SSTORE", "CALL", "CALLCODE", "DELEGATECALL", "STATICCALL", "CREATE", "CREATE2"];
        Assert.Equal(readers.OrderBy(m => m), Spec.Opcodes.Where(o => o.ReadsGas).Select(o => o.Mnemonic).OrderBy(m => m));
        Assert.All(Spec.Opcodes.Where(o => o.IsTerminating || o.IsJump || o.ReadsGas), o => Assert.True(o.EndsBlock, o.Mnemonic));
        Assert.All(Spec.Opcodes.Where(o => o.Shape != HandlerShape.Frame), o => Assert.False(o.EndsBlock, o.Mnemonic));
    }

    [Fact]
    public void RealSpec_ParsesWithoutErrors()
    {
        Assert.Empty(Spec.Errors);
        Assert.Equal(15, Spec.Forks.Count);
        Assert.Equal(150, Spec.Opcodes.Count);   // 12 + 15 + 1 + 16 + 11 + 16 + 64 + 5 + 6 + 4 by row of the opcode table
    }

    [Fact]
    public void Forks_AreNumberedAsEvmcNumbersThem()
    {
        string[] names = ["Frontier", "Homestead", "TangerineWhistle", "SpuriousDragon", "Byzantium", "Constantinople", "Petersburg",
            "Istanbul", "Berlin", "London", "Paris", "Shanghai", "Cancun", "Prague", "Osaka"];
        Assert.Equal(names, Spec.Forks.Select(f => f.Name));
        Assert.Equal(Enumerable.Range(0, 15), Spec.Forks.Select(f => f.Order));
        Assert.Contains("EIP150", Spec.Forks[2].Aliases);
        Assert.Contains(7939, Spec.Forks[14].Eips);
    }

    [Theory]
    [InlineData("PUSH0", "Shanghai")]
    [InlineData("CLZ", "Osaka")]
    [InlineData("TLOAD", "Cancun")]
    [InlineData("MCOPY", "Cancun")]
    [InlineData("BLOBHASH", "Cancun")]
    [InlineData("BASEFEE", "London")]
    [InlineData("CHAINID", "Istanbul")]
    [InlineData("SELFBALANCE", "Istanbul")]
    [InlineData("CREATE2", "Constantinople")]
    [InlineData("EXTCODEHASH", "Constantinople")]
    [InlineData("SHL", "Constantinople")]
    [InlineData("REVERT", "Byzantium")]
    [InlineData("STATICCALL", "Byzantium")]
    [InlineData("DELEGATECALL", "Homestead")]
    public void Opcode_AppearsInItsFork(string mnemonic, string fork)
    {
        Assert.Equal(fork, Op(mnemonic).Since);
    }

    [Fact]
    public void Balance_FollowsEip150Eip1884AndEip2929()
    {
        var balance = Op("BALANCE");
        Assert.Equal(20, balance.Gas);
        Assert.Equal([new GasChange("TangerineWhistle", 400), new GasChange("Istanbul", 700), new GasChange("Berlin", 100)], balance.GasChanges);
    }

    [Fact]
    public void WriteOpcodes_AreFlaggedForStaticCalls()
    {
        var writes = Spec.Opcodes.Where(o => o.WritesState).Select(o => o.Mnemonic).ToHashSet();
        string[] expected = ["SSTORE", "TSTORE", "LOG0", "LOG1", "LOG2", "LOG3", "LOG4", "CREATE", "CREATE2", "SELFDESTRUCT"];
        Assert.Equal(expected.ToHashSet(), writes);
    }

    [Fact]
    public void SecondRun_WithTheSameSpec_IsServedFromTheCache()
    {
        var texts = new[] { "forks.csv", "opcodes.csv" }
            .Select(name => (AdditionalText)new FileText(Path.Combine(SpecDirectory, name)))
            .ToImmutableArray();
        var compilation = CSharpCompilation.Create("Cached", [], [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new OpcodeGenerator().AsSourceGenerator()], texts, parseOptions: null, optionsProvider: null,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }")));
        var steps = driver.GetRunResult().Results.Single().TrackedSteps[OpcodeGenerator.SpecModelStep];
        Assert.All(steps.SelectMany(s => s.Outputs), output =>
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"the spec model was {output.Reason}"));
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path), Encoding.UTF8);
    }
}
