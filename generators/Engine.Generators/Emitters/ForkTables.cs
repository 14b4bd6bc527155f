using System.Collections.Generic;
using System.Linq;
using Csevm.Generators.Model;

namespace Csevm.Generators.Emitters;

/// <summary>The per-fork view of the opcode rows: which opcodes exist and what they cost in one fork.</summary>
internal static class ForkTables
{
    /// <summary>The opcodes defined in the fork at <paramref name="order"/>, indexed by byte (null where undefined).</summary>
    public static OpcodeModel?[] Defined(SpecModel spec, int order)
    {
        var table = new OpcodeModel?[256];
        foreach (var op in spec.Opcodes)
            if (ForkOrder(spec, op.Since) <= order) table[op.Code] = op;
        return table;
    }

    /// <summary>The static gas of an opcode in the fork at <paramref name="order"/>: the latest change at or before it.</summary>
    public static int StaticGas(SpecModel spec, OpcodeModel op, int order)
    {
        int gas = op.Gas;
        foreach (var change in op.GasChanges)
            if (ForkOrder(spec, change.Fork) <= order) gas = change.Gas;
        return gas;
    }

    public static int ForkOrder(SpecModel spec, string name) => spec.Forks.First(f => f.Name == name).Order;

    /// <summary>Writes a 256-entry table as 16 values per line, each line commented with its first opcode.</summary>
    public static void WriteTable(SourceWriter w, IReadOnlyList<int> values)
    {
        for (int row = 0; row < 256; row += 16)
        {
            var cells = string.Join(", ", Enumerable.Range(row, 16).Select(i => values[i].ToString(System.Globalization.CultureInfo.InvariantCulture)));
            w.Line($"/* 0x{row:x2} */ {cells},");
        }
    }
}
