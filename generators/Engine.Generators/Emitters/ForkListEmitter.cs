using System.Linq;
using Csevm.Generators.Model;

namespace Csevm.Generators.Emitters;

/// <summary>
/// Emits <c>Forks</c>: the one switch from a runtime <c>Revision</c> to the fork struct, so callers
/// reach a loop specialised for the fork, plus each fork's EIPs and fixture aliases.
/// </summary>
internal static class ForkListEmitter
{
    public static string Emit(SpecModel spec)
    {
        var w = new SourceWriter();
        w.Line(SourceWriter.FileHeader("Spec/forks.csv"));
        w.Line("namespace Csevm.Spec;");
        w.Line();
        w.Line("/// <summary>The forks of forks.csv, from a runtime <see cref=\"Revision\"/> to compile-time fork types.</summary>");
        using (w.Block("public static class Forks"))
        {
            w.Line("/// <summary>Calls <c>visitor.Visit&lt;TFork&gt;()</c> with the fork struct of <paramref name=\"revision\"/>.</summary>");
            w.Line("public static TResult Dispatch<TVisitor, TResult>(Revision revision, ref TVisitor visitor)");
            w.Line("    where TVisitor : struct, IForkVisitor<TResult> => revision switch");
            using (w.Block("", "{", "};"))
            {
                foreach (var fork in spec.Forks)
                    w.Line($"Revision.{fork.Name} => visitor.Visit<{fork.Name}>(),");
                w.Line("_ => throw new ArgumentOutOfRangeException(nameof(revision), revision, \"not a revision this engine knows\"),");
            }
            w.Line();
            w.Line("/// <summary>The EIPs a fork switches on (not those of earlier forks).</summary>");
            w.Line("public static ReadOnlySpan<int> Eips(Revision revision) => revision switch");
            using (w.Block("", "{", "};"))
            {
                foreach (var fork in spec.Forks)
                    w.Line($"Revision.{fork.Name} => [{string.Join(", ", fork.Eips)}],");
                w.Line("_ => [],");
            }
            w.Line();
            w.Line("/// <summary>The other names the fixtures use for a fork.</summary>");
            w.Line("public static IReadOnlyList<string> Aliases(Revision revision) => revision switch");
            using (w.Block("", "{", "};"))
            {
                foreach (var fork in spec.Forks.Where(f => f.Aliases.Count > 0))
                    w.Line($"Revision.{fork.Name} => [{string.Join(", ", fork.Aliases.Select(a => $"\"{a}\""))}],");
                w.Line("_ => [],");
            }
        }
        return w.ToString();
    }
}
