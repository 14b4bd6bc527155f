using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Csevm.Spec;

namespace Csevm.Interpreter.Analysis;

/// <summary>
/// Code ready to run: the bytes followed by <see cref="Padding"/> zeros in a pinned array, so PUSH
/// immediates that run past the end read zeros (and then STOP) without a bounds check, plus a
/// bitmap of the valid JUMPDESTs (a 0x5b byte that is an opcode, not PUSH data), and per fork
/// the costs of its basic blocks (<see cref="BasicBlocks"/>), priced when a fork first runs it.
/// Immutable once built (the block costs are published once), so one instance serves every frame
/// running the same code.
/// </summary>
public sealed unsafe class AnalyzedCode
{
    /// <summary>A PUSH32 on the last byte reads 32 bytes past the end, then the loop reads one more opcode.</summary>
    public const int Padding = 33;

    private const byte Push1 = 0x60, Push32 = 0x7f, JumpDest = 0x5b;

    private readonly byte[] _padded;
    private readonly ulong[] _jumpDests;
    private readonly BlockCost[]?[] _blockCosts = new BlockCost[]?[(int)RevisionNames.Latest + 1];

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

    /// <summary>The block costs of this code in <typeparamref name="TFork"/>, indexed by pc (0 to <see cref="Length"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public BlockCost* BlockCosts<TFork>() where TFork : struct, IFork
    {
        var costs = _blockCosts[(int)TFork.Revision] ?? PriceBlocks<TFork>();
        return (BlockCost*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(costs));
    }

    /// <summary>Prices the blocks for a fork once; a thread that loses the race uses the winner's table (the pointer must stay referenced).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private BlockCost[] PriceBlocks<TFork>() where TFork : struct, IFork =>
        Interlocked.CompareExchange(ref _blockCosts[(int)TFork.Revision], BasicBlocks.Price<TFork>(Pointer, Length), null)
        ?? _blockCosts[(int)TFork.Revision]!;

    /// <summary>True when <paramref name="destination"/> is a JUMPDEST opcode inside the code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsJumpDestination(ulong destination) =>
        destination < (ulong)Length && (_jumpDests[destination >> 6] & (1UL << (int)(destination & 63))) != 0;
}
