using System;
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
        w.Line("using Csevm.Tracing;");
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
                    if (op.Shape == HandlerShape.Locals) w.Line("ExecutionStatus status;");
                    foreach (var statement in InlineStatements(op, "f.Top", "f.Pc", "f.Code", "f.Gas")) w.Line(statement);
                    w.Line(op.Shape == HandlerShape.Locals ? "return status;" : "return Step.Continue;");
                }
            }

            w.Line();
            EmitEntry(w);
            foreach (var kind in new[] { "Table", "Switch", "Hybrid" })
            {
                w.Line();
                EmitLoop(w, spec, ops, kind);
            }
        }
        return w.ToString();
    }

    /// <summary>
    /// The entry point: one loop method per dispatch variant, each generated with only the cases it
    /// runs. One method holding every variant (selected by <c>TDispatch.Kind</c> checks) grew past
    /// NativeAOT's inlining budget: the Kind and Revision checks and the SWAP handlers stayed calls,
    /// so every non-hot opcode paid a call before reaching the table.
    /// </summary>
    private static void EmitEntry(SourceWriter w)
    {
        w.Line("/// <summary>Runs the frame until it halts or suspends, through the loop of <typeparamref name=\"TDispatch\"/>'s variant.</summary>");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        w.Line("public static ExecutionStatus Run<TTracer, TDispatch>(Frame<THost> f, ref TTracer tracer)");
        w.Line("    where TTracer : struct, ITracer");
        using (w.Block("    where TDispatch : struct, IDispatch"))
        {
            w.Line("if (TDispatch.Kind == DispatchKind.Table) return RunTable(f, ref tracer);");
            w.Line("if (TDispatch.Kind == DispatchKind.Switch) return RunSwitch(f, ref tracer);");
            w.Line("return RunHybrid(f, ref tracer);");
        }
    }

    /// <summary>
    /// One interpreter loop: the switch must sit in the loop's own body, not in a method it calls,
    /// so the JIT keeps pc, gas and the stack top in registers (measured: a 6 KB switch is never
    /// inlined, and passing the locals by reference spilled them on every instruction).
    /// Table sends every opcode through <c>Table</c>; Switch runs every opcode in the switch;
    /// Hybrid runs the hot opcodes in the switch and sends the rest through the table.
    /// </summary>
    private static void EmitLoop(SourceWriter w, SpecModel spec, List<OpcodeModel> ops, string kind)
    {
        w.Line($"/// <summary>The {kind} dispatch loop: runs the frame until it halts or suspends.</summary>");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveOptimization)]");
        w.Line($"private static ExecutionStatus Run{kind}<TTracer>(Frame<THost> f, ref TTracer tracer)");
        using (w.Block("    where TTracer : struct, ITracer"))
        {
            w.Line("byte* code = f.Code;");
            w.Line("UInt256* bottom = f.Stack.Bottom;");
            w.Line("UInt256* top = f.Top;");
            w.Line("int pc = f.Pc;");
            w.Line("long gas = f.Gas;");
            w.Line($"{Handler}[] table = Table;");
            w.Line("ExecutionStatus status;");
            using (w.Block("while (true)"))
            {
                w.Line("byte op = code[pc];");
                w.Line("// The stack height from the pointers (an empty stack's top is one slot below the bottom).");
                w.Line("int height = (int)(((nuint)top - (nuint)bottom + (nuint)sizeof(UInt256)) / (nuint)sizeof(UInt256));");
                w.Line("if (TTracer.IsEnabled) EvmInterpreter.TraceStep<TFork, THost, TTracer>(f, ref tracer, op, pc, gas, bottom, height);");
                w.Line("// One unsigned compare covers both bounds: height in [minimum, maximum].");
                w.Line("int minimum = TFork.StackMinimum[op];");
                using (w.Block("if ((uint)(height - minimum) > (uint)(TFork.StackMaximum[op] - minimum))"))
                {
                    w.Line("status = height < minimum ? ExecutionStatus.StackUnderflow : ExecutionStatus.StackOverflow;");
                    w.Line("break;");
                }
                using (w.Block("if ((gas -= TFork.StaticGas[op]) < 0)"))
                {
                    w.Line("status = ExecutionStatus.OutOfGas;");
                    w.Line("break;");
                }
                w.Line("pc++;");
                if (kind == "Table")
                {
                    w.Line("f.Top = top; f.Pc = pc; f.Gas = gas;");
                    w.Line("status = table[op](f);");
                    w.Line("top = f.Top; pc = f.Pc; gas = f.Gas;");
                    w.Line("if (status != Step.Continue) break;");
                    w.Line("continue;");
                }
                else
                {
                    EmitSwitch(w, spec, kind == "Hybrid" ? ops.Where(o => o.IsHot) : ops);
                    w.Line("if (status != Step.Continue) break;");
                }
            }
            w.Line("f.Top = top;");
            w.Line("f.Pc = pc;");
            w.Line("f.Gas = gas;");
            w.Line("return status;");
        }
    }

    /// <summary>The switch over <paramref name="cases"/>; every other byte goes through the table.</summary>
    private static void EmitSwitch(SourceWriter w, SpecModel spec, IEnumerable<OpcodeModel> cases)
    {
        using (w.Block("switch (op)"))
        {
            foreach (var op in cases)
            {
                w.Line($"case 0x{op.Code:x2}: // {op.Mnemonic}");
                using (w.Indent())
                {
                    string guard = Guard(spec, op, "if ({0}) {{ status = ExecutionStatus.UndefinedInstruction; break; }}", "<");
                    if (guard.Length > 0) w.Line(guard);
                    if (op.Shape == HandlerShape.Frame)
                    {
                        w.Line("f.Top = top; f.Pc = pc; f.Gas = gas;");
                        w.Line($"status = {op.HandlerFamily}.{op.HandlerMethod}<TFork, THost>(f);");
                        w.Line("top = f.Top; pc = f.Pc; gas = f.Gas;");
                        w.Line("break;");
                    }
                    else
                    {
                        foreach (var statement in InlineStatements(op, "top", "pc", "code", "gas")) w.Line(statement);
                        // The status test sits in the case: a locals handler that succeeds goes straight to the next instruction.
                        if (op.Shape == HandlerShape.Locals) w.Line("if (status != Step.Continue) break;");
                        w.Line("continue;");
                    }
                }
            }
            w.Line("default:");
            using (w.Indent())
            {
                w.Line("f.Top = top; f.Pc = pc; f.Gas = gas;");
                w.Line("status = table[op](f);");
                w.Line("top = f.Top; pc = f.Pc; gas = f.Gas;");
                w.Line("break;");
            }
        }
    }

    /// <summary>
    /// The statements that run a stack-only or locals opcode on the given stack top, pc, code and gas
    /// expressions (a locals handler sets <c>status</c>; the top then moves by its stack effect).
    /// </summary>
    private static IEnumerable<string> InlineStatements(OpcodeModel op, string top, string pc, string code, string gas)
    {
        string call = $"{op.HandlerFamily}.{op.HandlerMethod}";
        if (op.Shape == HandlerShape.Locals)
        {
            yield return $"status = {call}<TFork, THost>(f, {top}, ref {gas});";
            int moves = op.Outputs - op.Inputs;
            if (moves != 0) yield return $"{top} {(moves > 0 ? "+" : "-")}= {Math.Abs(moves)};";
        }
        else if (op.Shape == HandlerShape.Push)
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
