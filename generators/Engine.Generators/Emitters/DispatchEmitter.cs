using System.Collections.Generic;
using System.Linq;
using Csevm.Generators.Model;

namespace Csevm.Generators.Emitters;

/// <summary>
/// Emits <c>Dispatch&lt;TFork, THost&gt;</c>, the three ways the interpreter loop reaches a handler:
/// a 256-entry function-pointer table (built per fork: opcodes a fork lacks stay Undefined),
/// a switch over every opcode, and the hybrid: a switch over the opcodes flagged hot, the rest
/// through the table. Opcodes introduced after Frontier are guarded by <c>TFork.Revision</c>
/// comparisons the JIT folds away in each fork's instantiation.
/// </summary>
internal static class DispatchEmitter
{
    private const string Handler = "delegate*<Frame<THost>, ExecutionStatus>";

    public static string Emit(SpecModel spec)
    {
        var ops = spec.Opcodes.OrderBy(o => o.Code).ToList();
        var w = new SourceWriter();
        w.Line(SourceWriter.FileHeader("Spec/opcodes.csv"));
        w.Line("using System.Runtime.CompilerServices;");
        w.Line("using Csevm.Execution;");
        w.Line("using Csevm.Numerics;");
        w.Line("using Csevm.Spec;");
        w.Line();
        w.Line("namespace Csevm.Interpreter.Instructions;");
        w.Line();
        using (w.Block("internal static unsafe partial class Dispatch<TFork, THost>"))
        {
            w.Line("/// <summary>The fork's handler for every byte; opcodes the fork does not define halt with UndefinedInstruction.</summary>");
            w.Line($"public static readonly {Handler}[] Table = CreateTable();");
            w.Line();
            using (w.Block($"private static {Handler}[] CreateTable()"))
            {
                w.Line($"var table = new {Handler}[256];");
                w.Line("for (int i = 0; i < table.Length; i++) table[i] = &Undefined;");
                foreach (var op in ops)
                    w.Line($"{Guard(spec, op, "if ({0}) ", ">=")}table[0x{op.Code:x2}] = &{TableTarget(op)};");
                w.Line("return table;");
            }

            foreach (var op in ops.Where(o => o.Shape != HandlerShape.Frame))
            {
                w.Line();
                using (w.Block($"private static ExecutionStatus {WrapperName(op)}(Frame<THost> f)"))
                {
                    foreach (var statement in InlineStatements(op, "f.Top", "f.Pc", "f.Code")) w.Line(statement);
                    w.Line("return Step.Continue;");
                }
            }

            w.Line();
            w.Line("/// <summary>Runs one opcode with every opcode in the switch.</summary>");
            EmitSwitch(w, spec, ops, "ExecuteSwitch", hotOnly: false);
            w.Line();
            w.Line("/// <summary>Runs one opcode: the hot ones in the switch, the rest through <see cref=\"Table\"/>.</summary>");
            EmitSwitch(w, spec, ops, "ExecuteHybrid", hotOnly: true);
        }
        return w.ToString();
    }

    private static void EmitSwitch(SourceWriter w, SpecModel spec, List<OpcodeModel> ops, string name, bool hotOnly)
    {
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        using (w.Block($"public static ExecutionStatus {name}(byte op, Frame<THost> f, ref UInt256* top, ref int pc, ref long gas, byte* code)"))
        {
            w.Line("ExecutionStatus status;");
            using (w.Block("switch (op)"))
            {
                foreach (var op in ops.Where(o => !hotOnly || o.IsHot))
                {
                    w.Line($"case 0x{op.Code:x2}: // {op.Mnemonic}");
                    using (w.Indent())
                    {
                        string guard = Guard(spec, op, "if ({0}) return ExecutionStatus.UndefinedInstruction;", "<");
                        if (guard.Length > 0) w.Line(guard);
                        if (op.Shape == HandlerShape.Frame)
                        {
                            w.Line("f.Top = top; f.Pc = pc; f.Gas = gas;");
                            w.Line($"status = {op.HandlerFamily}.{op.HandlerMethod}<TFork, THost>(f);");
                            w.Line("top = f.Top; pc = f.Pc; gas = f.Gas;");
                            w.Line("return status;");
                        }
                        else
                        {
                            foreach (var statement in InlineStatements(op, "top", "pc", "code")) w.Line(statement);
                            w.Line("return Step.Continue;");
                        }
                    }
                }
                w.Line("default:");
                using (w.Indent())
                {
                    if (hotOnly)
                    {
                        w.Line("f.Top = top; f.Pc = pc; f.Gas = gas;");
                        w.Line("status = Table[op](f);");
                        w.Line("top = f.Top; pc = f.Pc; gas = f.Gas;");
                        w.Line("return status;");
                    }
                    else
                    {
                        w.Line("return ExecutionStatus.UndefinedInstruction;");
                    }
                }
            }
        }
    }

    /// <summary>The statements that run a stack-only opcode on the given stack top, pc and code expressions.</summary>
    private static IEnumerable<string> InlineStatements(OpcodeModel op, string top, string pc, string code)
    {
        string call = $"{op.HandlerFamily}.{op.HandlerMethod}";
        if (op.Shape == HandlerShape.Push)
        {
            yield return $"{top} = {call}({top}, {code} + {pc});";
            yield return $"{pc} += {op.N};";
        }
        else
        {
            yield return $"{top} = {call}({top});";
        }
    }

    private static string TableTarget(OpcodeModel op) =>
        op.Shape == HandlerShape.Frame ? $"{op.HandlerFamily}.{op.HandlerMethod}<TFork, THost>" : WrapperName(op);

    private static string WrapperName(OpcodeModel op) => op.HandlerFamily + op.HandlerMethod;

    /// <summary>The revision test (<c>TFork.Revision comparison Since</c>) for an opcode introduced after the first fork, formatted into <paramref name="format"/>; empty otherwise.</summary>
    private static string Guard(SpecModel spec, OpcodeModel op, string format, string comparison) =>
        ForkTables.ForkOrder(spec, op.Since) == 0 ? "" : string.Format(format, $"TFork.Revision {comparison} Revision.{op.Since}");
}
