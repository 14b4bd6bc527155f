using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Csevm.Generators.Emitters;
using Csevm.Generators.Model;
using Csevm.Generators.Parsing;

namespace Csevm.Generators;

/// <summary>
/// Reads Spec/forks.csv and Spec/opcodes.csv (AdditionalFiles) and emits the fork structs, the
/// opcode metadata, the PUSH/DUP/SWAP handlers and the dispatch. Parser, model and emitters are
/// separate passes; the model is equatable so unchanged specs are not re-emitted.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OpcodeGenerator : IIncrementalGenerator
{
    public const string ForksFile = "forks.csv";
    public const string OpcodesFile = "opcodes.csv";

    /// <summary>Pipeline step names, for incremental-caching tests.</summary>
    public const string SpecFilesStep = "SpecFiles", SpecModelStep = "SpecModel";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(static text => Path.GetFileName(text.Path) is ForksFile or OpcodesFile)
            .Select(static (text, token) => new SpecFile(text.Path, text.GetText(token)?.ToString() ?? ""))
            .WithTrackingName(SpecFilesStep)
            .Collect();

        var input = files.Select(static (files, _) => ReadSpec(files)).WithTrackingName(SpecModelStep);
        context.RegisterSourceOutput(input, static (output, input) =>
        {
            if (input is null) return;
            if (input.Missing is not null)
            {
                output.ReportDiagnostic(Diagnostic.Create(SpecDiagnostics.MissingFile, Location.None, input.Present, input.Missing));
                return;
            }
            var spec = input.Spec!;
            foreach (var error in spec.Errors) output.ReportDiagnostic(SpecDiagnostics.Create(error));
            if (spec.Forks.Count == 0) return;
            foreach (var fork in spec.Forks)
                output.AddSource($"Spec.{fork.Name}.g.cs", ForkEmitter.Emit(spec, fork));
            output.AddSource("Spec.Forks.g.cs", ForkListEmitter.Emit(spec));
            output.AddSource("Spec.Opcode.g.cs", OpcodeEmitter.Emit(spec));
            output.AddSource("Interpreter.StackOps.g.cs", StackOpsEmitter.Emit(spec));
            output.AddSource("Interpreter.Dispatch.g.cs", DispatchEmitter.Emit(spec));
        });
    }

    private static SpecInput? ReadSpec(ImmutableArray<SpecFile> files)
    {
        var forks = files.FirstOrDefault(f => Path.GetFileName(f.Path) == ForksFile);
        var opcodes = files.FirstOrDefault(f => Path.GetFileName(f.Path) == OpcodesFile);
        if (forks is null && opcodes is null) return null;
        if (forks is null) return new SpecInput(null, OpcodesFile, ForksFile);
        if (opcodes is null) return new SpecInput(null, ForksFile, OpcodesFile);
        return new SpecInput(SpecParser.Parse(forks.Path, forks.Text, opcodes.Path, opcodes.Text), null, null);
    }

    private sealed record SpecFile(string Path, string Text);

    /// <summary>The parsed spec, or which of the two files is missing.</summary>
    private sealed record SpecInput(SpecModel? Spec, string? Present, string? Missing);
}
