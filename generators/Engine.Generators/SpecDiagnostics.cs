using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Csevm.Generators.Model;

namespace Csevm.Generators;

/// <summary>The diagnostics the generator reports: spec problems point at the file and line.</summary>
internal static class SpecDiagnostics
{
    public static readonly DiagnosticDescriptor MalformedRow = new(
        id: "CSEVM001",
        title: "Malformed opcode spec row",
        messageFormat: "{0}",
        category: "Csevm.Spec",
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MissingFile = new(
        id: "CSEVM002",
        title: "Opcode spec file missing",
        messageFormat: "{0} is an AdditionalFile but {1} is not: the spec needs both",
        category: "Csevm.Spec",
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static Diagnostic Create(SpecError error)
    {
        var position = new LinePosition(error.Line - 1, 0);
        var location = Location.Create(error.File, default(TextSpan), new LinePositionSpan(position, position));
        return Diagnostic.Create(MalformedRow, location, error.Message);
    }
}
