using System.Linq;
using Csevm.Generators.Model;

namespace Csevm.Generators.Emitters;

/// <summary>
/// Emits one <c>readonly struct</c> per fork implementing <c>IFork</c>: its revision and its static gas
/// and stack tables as <c>ReadOnlySpan</c> properties, which compile to constant data, so code generic
/// over the fork reads them without indirection and folds <c>TFork.Revision</c> comparisons.
/// </summary>
internal static class ForkEmitter
{
    public static string Emit(SpecModel spec, ForkModel fork)
    {
        var defined = ForkTables.Defined(spec, fork.Order);
        var w = new SourceWriter();
        w.Line(SourceWriter.FileHeader("Spec/forks.csv and Spec/opcodes.csv"));
        w.Line("namespace Csevm.Spec;");
        w.Line();
        string aliases = fork.Aliases.Count == 0 ? "" : $" (fixtures: {string.Join(", ", fork.Aliases)})";
        string eips = fork.Eips.Count == 0 ? "no EIPs" : "EIPs " + string.Join(", ", fork.Eips);
        w.Line($"/// <summary>{fork.Name}{aliases}, EVMC revision {fork.Order}: {eips}; {defined.Count(o => o is not null)} opcodes.</summary>");
        using (w.Block($"public readonly struct {fork.Name} : IFork"))
        {
            w.Line($"public static Revision Revision => Revision.{fork.Name};");
            w.Line();
            w.Line("/// <summary>Gas charged before an opcode runs; its handler charges the dynamic part.</summary>");
            using (w.Block("public static ReadOnlySpan<ushort> StaticGas =>", "[", "];"))
                ForkTables.WriteTable(w, defined.Select(o => o is null ? 0 : ForkTables.StaticGas(spec, o, fork.Order)).ToArray());
            w.Line();
            w.Line("/// <summary>The stack height an opcode needs (its inputs); below it the frame underflows.</summary>");
            using (w.Block("public static ReadOnlySpan<byte> StackMinimum =>", "[", "];"))
                ForkTables.WriteTable(w, defined.Select(o => o?.Inputs ?? 0).ToArray());
            w.Line();
            w.Line("/// <summary>The highest stack height an opcode may start at: 1024 less its growth; above it the frame overflows.</summary>");
            using (w.Block("public static ReadOnlySpan<ushort> StackMaximum =>", "[", "];"))
                ForkTables.WriteTable(w, defined.Select(o => o is null ? 1024 : 1024 - System.Math.Max(0, o.Outputs - o.Inputs)).ToArray());
        }
        return w.ToString();
    }
}
