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
        w.Line("using Csevm.Interpreter.Analysis;");
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
        w.Line("/// <summary>Runs the frame until it halts or suspends, through the loop of <typeparamref name=\"TDispatch\"/>'s variant, checking per <typeparamref name=\"TChecks\"/>.</summary>");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        w.Line("public static ExecutionStatus Run<TTracer, TDispatch, TChecks>(Frame<THost> f, ref TTracer tracer)");
        w.Line("    where TTracer : struct, ITracer");
        w.Line("    where TDispatch : struct, IDispatch");
        using (w.Block("    where TChecks : struct, ICheckMode"))
        {
            w.Line("if (TDispatch.Kind == DispatchKind.Table) return RunTable<TTracer, TChecks>(f, ref tracer);");
            w.Line("if (TDispatch.Kind == DispatchKind.Switch) return RunSwitch<TTracer, TChecks>(f, ref tracer);");
            w.Line("return RunHybrid<TTracer, TChecks>(f, ref tracer);");
        }
    }

    /// <summary>
    /// One interpreter loop: the switch must sit in the loop's own body, not in a method it calls,
    /// so the JIT keeps pc, gas and the stack top in registers (measured: a 6 KB switch is never
    /// inlined, and passing the locals by reference spilled them on every instruction).
    /// Table sends every opcode through <c>Table</c>; Switch runs every opcode in the switch;
    /// Hybrid runs the hot opcodes (and the block enders that may continue) in the switch and sends
    /// the rest through the table.
    /// </summary>
    /// <remarks>
    /// With <c>TChecks.PerBlock</c> the stack bounds and static gas are checked where a basic block
    /// starts (the entry pc, a JUMPDEST, the pc after a block-ending opcode that continues) from the
    /// code's block costs, and not per instruction. A block that fails its check cannot be left
    /// without halting, so it goes to the per-instruction loop, which finds the exact instruction and
    /// status. Handlers charge dynamic gas against exact gas: a frame handler is lent the static gas
    /// already charged for the rest of the block (and the loop takes it back after; below zero, the
    /// rest of the block cannot be paid and runs per instruction); a locals handler that runs out of
    /// gas has changed nothing, so it runs again per instruction with the block's charge undone.
    /// </remarks>
    private static void EmitLoop(SourceWriter w, SpecModel spec, List<OpcodeModel> ops, string kind)
    {
        w.Line($"/// <summary>The {kind} dispatch loop: runs the frame until it halts or suspends.</summary>");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveOptimization)]");
        w.Line($"private static ExecutionStatus Run{kind}<TTracer, TChecks>(Frame<THost> f, ref TTracer tracer)");
        w.Line("    where TTracer : struct, ITracer");
        using (w.Block("    where TChecks : struct, ICheckMode"))
        {
            w.Line("byte* code = f.Code;");
            w.Line("UInt256* bottom = f.Stack.Bottom;");
            w.Line("UInt256* top = f.Top;");
            w.Line("int pc = f.Pc;");
            w.Line("long gas = f.Gas;");
            w.Line($"{Handler}[] table = Table;");
            w.Line("BlockCost* blocks = TChecks.PerBlock ? f.Analysis.BlockCosts<TFork>() : null;");
            w.Line("ExecutionStatus status;");
            w.Line("// The static gas charged for the rest of the block, lent to the frame handler that runs now.");
            w.Line("long ahead = 0;");
            var cases = kind switch
            {
                "Table" => new List<OpcodeModel>(),
                "Hybrid" => ops.Where(o => o.IsHot || ContinuesAfterBlockEnd(o) || o.Code == JumpDest).ToList(),
                _ => ops,
            };
            if (cases.Any(o => o.Shape == HandlerShape.Locals))
            {
                w.Line("// The gas before a locals handler, to run it again per instruction if it runs out.");
                w.Line("long gasBefore = 0;");
            }
            w.Line("// The frame starts or resumes at a block start; a JUMPDEST checks its block itself.");
            using (w.Block($"if (TChecks.PerBlock && code[pc] != 0x{JumpDest:x2})"))
                EmitBlockCheck(w, "pc", "goto checkEachInstruction;");
            using (w.Block("while (true)"))
            {
                w.Line("byte op = code[pc];");
                using (w.Block("if (!TChecks.PerBlock)"))
                {
                    w.Line("int height = " + Height + ";");
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
                }
                if (kind == "Table")
                {
                    using (w.Block($"else if (op == 0x{JumpDest:x2})"))
                        EmitBlockCheck(w, "pc", "goto checkEachInstruction;");
                    w.Line("pc++;");
                    EmitFrameCall(w, "table[op](f)", lend: true);
                    w.Line("if (status != Step.Continue) break;");
                    EmitGasAheadCheck(w);
                    using (w.Block($"if (TChecks.PerBlock && OpcodeInfo.EndsBlock[op] != 0 && code[pc] != 0x{JumpDest:x2})"))
                        EmitBlockCheck(w, "pc", "goto checkEachInstruction;");
                }
                else
                {
                    w.Line("pc++;");
                    EmitSwitch(w, spec, cases);
                    w.Line("if (status != Step.Continue) break;");
                    EmitGasAheadCheck(w);
                }
            }
            w.Line("f.Top = top;");
            w.Line("f.Pc = pc;");
            w.Line("f.Gas = gas;");
            w.Line("return status;");
            w.Line();
            w.Line("// The frame halts inside this block: find the instruction and status per instruction.");
            w.Line("checkEachInstruction:");
            w.Line("f.Top = top; f.Pc = pc; f.Gas = gas;");
            w.Line($"return Run{kind}<TTracer, InstructionChecks>(f, ref tracer);");
        }
    }

    /// <summary>The stack height from the pointers (an empty stack's top is one slot below the bottom).</summary>
    private const string Height = "(int)(((nuint)top - (nuint)bottom + (nuint)sizeof(UInt256)) / (nuint)sizeof(UInt256))";

    private const int JumpDest = 0x5b;

    /// <summary>A block-ending opcode after which the frame may go on at the next pc, where a new block starts.</summary>
    private static bool ContinuesAfterBlockEnd(OpcodeModel op) => op.EndsBlock && !op.IsTerminating;

    /// <summary>
    /// The check where the block at <paramref name="at"/> starts: the height within the bounds of
    /// every instruction of the block and the gas for all their static costs, which it then charges.
    /// </summary>
    private static void EmitBlockCheck(SourceWriter w, string at, string onFailure)
    {
        w.Line($"BlockCost* block = blocks + {at};");
        w.Line("int blockHeight = " + Height + ";");
        w.Line("if ((uint)(blockHeight - block->MinimumHeight) > (uint)(block->MaximumHeight - block->MinimumHeight) || gas < block->Gas) " + onFailure);
        w.Line("gas -= block->Gas;");
    }

    /// <summary>
    /// After a frame handler: below zero, its dynamic charges left less than the static gas of the
    /// rest of the block (lent to it, taken back); the frame halts in this block, per instruction.
    /// </summary>
    private static void EmitGasAheadCheck(SourceWriter w)
    {
        using (w.Block("if (TChecks.PerBlock && gas < 0)"))
        {
            w.Line("gas += ahead;");
            w.Line("goto checkEachInstruction;");
        }
    }

    /// <summary>
    /// A call of a frame handler, with the machine state stored around it; when <paramref name="lend"/>
    /// (an opcode that does not end its block), per block it gets the exact gas: the loop's plus the
    /// static gas already charged for the rest of the block.
    /// </summary>
    private static void EmitFrameCall(SourceWriter w, string call, bool lend)
    {
        if (lend) w.Line("ahead = TChecks.PerBlock ? BasicBlocks.GasAhead(blocks, code, pc) : 0;");
        w.Line($"f.Top = top; f.Pc = pc; f.Gas = gas{(lend ? " + ahead" : "")};");
        w.Line($"status = {call};");
        w.Line($"top = f.Top; pc = f.Pc; gas = f.Gas{(lend ? " - ahead" : "")};");
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
                    if (op.Code == JumpDest)
                    {
                        using (w.Block("if (TChecks.PerBlock)"))
                            EmitBlockCheck(w, "pc - 1", "{ pc--; goto checkEachInstruction; }");
                    }
                    if (op.Shape == HandlerShape.Frame)
                    {
                        EmitFrameCall(w, $"{op.HandlerFamily}.{op.HandlerMethod}<TFork, THost>(f)", lend: !op.EndsBlock);
                        if (ContinuesAfterBlockEnd(op))
                        {
                            w.Line("if (status != Step.Continue) break;");
                            using (w.Block($"if (TChecks.PerBlock && code[pc] != 0x{JumpDest:x2})"))
                                EmitBlockCheck(w, "pc", "goto checkEachInstruction;");
                            w.Line("continue;");
                        }
                        else
                        {
                            w.Line("break;");
                        }
                    }
                    else if (op.Shape == HandlerShape.Locals)
                    {
                        w.Line("if (TChecks.PerBlock) gasBefore = gas;");
                        foreach (var statement in InlineStatements(op, "top", "pc", "code", "gas")) w.Line(statement);
                        // The status test sits in the case: a locals handler that succeeds goes straight to the next instruction.
                        using (w.Block("if (status != Step.Continue)"))
                        {
                            // Out of gas against the gas left after the whole block's static charge: run it again with exact gas.
                            int moves = op.Outputs - op.Inputs;
                            string undoMove = moves == 0 ? "" : $" top {(moves > 0 ? "-" : "+")}= {Math.Abs(moves)};";
                            w.Line($"if (TChecks.PerBlock) {{ pc--;{undoMove} gas = gasBefore + blocks[pc].Gas; goto checkEachInstruction; }}");
                            w.Line("break;");
                        }
                        w.Line("continue;");
                    }
                    else
                    {
                        foreach (var statement in InlineStatements(op, "top", "pc", "code", "gas")) w.Line(statement);
                        w.Line("continue;");
                    }
                }
            }
            w.Line("default:");
            using (w.Indent())
            {
                EmitFrameCall(w, "table[op](f)", lend: true);
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
