using System.Collections.Generic;
using System.Linq;
using Csevm.Generators.Model;

namespace Csevm.Generators.Emitters;

/// <summary>
/// Emits the specialised PUSHn, DUPn and SWAPn handlers. Each works on a pointer to the top stack
/// item and returns the new top; PUSH reads its immediate as whole big-endian 64-bit loads (code
/// is padded with zeros, so reading past the end of code is safe and reads zeros).
/// </summary>
internal static class StackOpsEmitter
{
    public static string Emit(SpecModel spec)
    {
        var w = new SourceWriter();
        w.Line(SourceWriter.FileHeader("Spec/opcodes.csv"));
        w.Line("using System.Runtime.CompilerServices;");
        w.Line("using System.Runtime.Intrinsics;");
        w.Line("using Csevm.Numerics;");
        w.Line();
        w.Line("namespace Csevm.Interpreter.Instructions;");
        w.Line();
        var ops = spec.Opcodes.Where(o => o.Shape is HandlerShape.Push or HandlerShape.Dup or HandlerShape.Swap).OrderBy(o => o.Code).ToList();
        var families = ops.Select(o => o.HandlerFamily).Distinct().ToList();
        foreach (var family in families)
        {
            using (w.Block($"internal static unsafe partial class {family}"))
            {
                bool first = true;
                foreach (var op in ops.Where(o => o.HandlerFamily == family))
                {
                    if (!first) w.Line();
                    first = false;
                    EmitHandler(w, op);
                }
            }
        }
        return w.ToString();
    }

    private static void EmitHandler(SourceWriter w, OpcodeModel op)
    {
        switch (op.Shape)
        {
            case HandlerShape.Push:
                w.Line($"/// <summary>{op.Mnemonic}: pushes the {op.N} byte{(op.N == 1 ? "" : "s")} at <paramref name=\"data\"/> as a big-endian number.</summary>");
                w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                using (w.Block($"public static UInt256* {op.HandlerMethod}(UInt256* top, byte* data)"))
                {
                    w.Line($"top[1] = new UInt256({string.Join(", ", PushLimbs(op.N))});");
                    w.Line("return top + 1;");
                }
                break;
            case HandlerShape.Dup:
                w.Line($"/// <summary>{op.Mnemonic}: pushes a copy of stack item {op.N} (1 = top).</summary>");
                w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                using (w.Block($"public static UInt256* {op.HandlerMethod}(UInt256* top)"))
                {
                    w.Line($"top[1] = top[{1 - op.N}];");
                    w.Line("return top + 1;");
                }
                break;
            default:
                w.Line($"/// <summary>{op.Mnemonic}: exchanges the top with stack item {op.N + 1}.</summary>");
                w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                using (w.Block($"public static UInt256* {op.HandlerMethod}(UInt256* top)"))
                {
                    // Two 32-byte vector registers: a tuple swap of the structs went through stack temporaries.
                    w.Line("var a = Vector256.Load((byte*)top);");
                    w.Line($"var b = Vector256.Load((byte*)(top - {op.N}));");
                    w.Line("b.Store((byte*)top);");
                    w.Line($"a.Store((byte*)(top - {op.N}));");
                    w.Line("return top;");
                }
                break;
        }
    }

    /// <summary>The four limb expressions (least significant first) of an n-byte big-endian immediate.</summary>
    private static IEnumerable<string> PushLimbs(int n)
    {
        var limbs = new List<string>();
        int lead = n % 8;           // bytes in the most significant, partial limb
        for (int limb = 0; limb < (n + 7) / 8; limb++)
        {
            int end = n - 8 * limb; // the limb's bytes are data[end-8 .. end)
            if (end >= 8)
                limbs.Add(end == 8 ? "ReadBigEndian(data)" : $"ReadBigEndian(data + {end - 8})");
            else
                limbs.Add($"ReadBigEndian(data) >> {64 - 8 * lead}");
        }
        return limbs;
    }
}
