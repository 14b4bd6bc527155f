using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Csevm.Interpreter.Analysis;

/// <summary>
/// Code ready to run: the bytes followed by <see cref="Padding"/> zeros in a pinned array, so PUSH
/// immediates that run past the end read zeros (and then STOP) without a bounds check, plus a
/// bitmap of the valid JUMPDESTs (a 0x5b byte that is an opcode, not PUSH data).
/// Immutable once built, so one instance serves every frame running the same code.
/// </summary>
public sealed unsafe class AnalyzedCode
{
    /// <summary>A PUSH32 on the last byte reads 32 bytes past the end, then the loop reads one more opcode.</summary>
    public const int Padding = 33;

    private const byte Push1 = 0x60, Push32 = 0x7f, JumpDest = 0x5b;

    private readonly byte[] _padded;
    private readonly ulong[] _jumpDests;

    public static readonly AnalyzedCode Empty = new([]);

    public AnalyzedCode(ReadOnlySpan<byte> code)
    {
        Length = code.Length;
        // Pinned (on the pinned object heap) so the interpreter keeps a raw pointer without `fixed`.
        _padded = GC.AllocateArray<byte>(code.Length + Padding, pinned: true);
        code.CopyTo(_padded);
        _jumpDests = new ulong[(code.Length + 63) / 64];
        for (int pc = 0; pc < code.Length; pc++)
        {
            byte op = code[pc];
            if (op == JumpDest) _jumpDests[pc >> 6] |= 1UL << (pc & 63);
            else if (op >= Push1 && op <= Push32) pc += op - Push1 + 1;
        }
    }

    /// <summary>The number of code bytes (without the padding).</summary>
    public int Length { get; }

    /// <summary>The first code byte; valid for <see cref="Length"/> + <see cref="Padding"/> bytes.</summary>
    public byte* Pointer => (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_padded));

    /// <summary>The code bytes, without the padding.</summary>
    public ReadOnlyMemory<byte> Bytes => _padded.AsMemory(0, Length);

    /// <summary>True when <paramref name="destination"/> is a JUMPDEST opcode inside the code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsJumpDestination(ulong destination) =>
        destination < (ulong)Length && (_jumpDests[destination >> 6] & (1UL << (int)(destination & 63))) != 0;
}
