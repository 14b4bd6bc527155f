using System.Linq;
using Csevm.Generators.Model;

namespace Csevm.Generators.Emitters;

/// <summary>Emits the <c>Opcode</c> enum and <c>OpcodeInfo</c>: names for traces and the fork each opcode appears in.</summary>
internal static class OpcodeEmitter
{
    public static string Emit(SpecModel spec)
    {
        var w = new SourceWriter();
        w.Line(SourceWriter.FileHeader("Spec/opcodes.csv"));
        w.Line("namespace Csevm.Spec;");
        w.Line();
        w.Line("/// <summary>Every EVM opcode by its byte.</summary>");
        using (w.Block("public enum Opcode : byte"))
            foreach (var op in spec.Opcodes.OrderBy(o => o.Code))
                w.Line($"{op.Mnemonic} = 0x{op.Code:x2},");
        w.Line();

        var byCode = new OpcodeModel?[256];
        foreach (var op in spec.Opcodes) byCode[op.Code] = op;
        w.Line("/// <summary>Opcode metadata that does not depend on the fork.</summary>");
        using (w.Block("public static class OpcodeInfo"))
        {
            w.Line("/// <summary>Mnemonics by byte; bytes no fork defines read as their hex value, e.g. \"0x0c\".</summary>");
            using (w.Block("private static readonly string[] Names =", "[", "];"))
                for (int row = 0; row < 256; row += 8)
                    w.Line(string.Join(", ", Enumerable.Range(row, 8).Select(i => $"\"{byCode[i]?.Mnemonic ?? $"0x{i:x2}"}\"")) + ",");
            w.Line();
            w.Line("/// <summary>The revision each opcode appears in; 255 where no revision defines it.</summary>");
            using (w.Block("private static ReadOnlySpan<byte> Since =>", "[", "];"))
                ForkTables.WriteTable(w, byCode.Select(o => o is null ? 255 : ForkTables.ForkOrder(spec, o.Since)).ToArray());
            w.Line();
            w.Line("/// <summary>1 where the opcode ends a basic block (terminating, jump or reads-gas in the spec), else 0.</summary>");
            using (w.Block("public static ReadOnlySpan<byte> EndsBlock =>", "[", "];"))
                ForkTables.WriteTable(w, byCode.Select(o => o is not null && o.EndsBlock ? 1 : 0).ToArray());
            w.Line();
            w.Line("/// <summary>The net stack change of each opcode (outputs less inputs); 0 where no revision defines it.</summary>");
            using (w.Block("public static ReadOnlySpan<sbyte> StackChange =>", "[", "];"))
                ForkTables.WriteTable(w, byCode.Select(o => o is null ? 0 : o.Outputs - o.Inputs).ToArray());
            w.Line();
            w.Line("public static string Name(byte opcode) => Names[opcode];");
            w.Line();
            w.Line("public static bool IsDefined(Revision revision, byte opcode) => (int)revision >= Since[opcode];");
        }
        return w.ToString();
    }
}
