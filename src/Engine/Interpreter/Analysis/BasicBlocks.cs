using System.Runtime.CompilerServices;
using Csevm.Spec;

namespace Csevm.Interpreter.Analysis;

/// <summary>
/// Basic blocks of analysed code, priced for one fork. A block starts at the code start, at every
/// JUMPDEST and after every opcode the spec marks as ending one (terminating, jump, reads-gas);
/// so a handler that reads the gas left (GAS, SSTORE's sentry, the 63/64 of CALL and CREATE) is
/// the last of its block and sees exact gas, and a frame resumed after a call starts a block.
/// </summary>
/// <remarks>
/// The table holds, for every instruction, the <see cref="BlockCost"/> of the run from it to the
/// end of its block (the suffix), so the loop may start an unchecked run at any block start. The
/// loop charges a block's static gas when it enters it; <see cref="GasAhead"/> gives what was
/// charged for instructions that have not run yet, which the loop lends to a handler so that its
/// dynamic charges see exact gas.
/// </remarks>
public static unsafe class BasicBlocks
{
    private const byte JumpDest = 0x5b, Push1 = 0x60, Push32 = 0x7f;

    /// <summary>The suffix costs of <paramref name="code"/> (padded, <paramref name="length"/> bytes of code) in <typeparamref name="TFork"/>, indexed by pc 0..length.</summary>
    public static BlockCost[] Price<TFork>(byte* code, int length) where TFork : struct, IFork
    {
        // Pinned (on the pinned object heap) so the loop keeps a raw pointer without `fixed`.
        var costs = GC.AllocateArray<BlockCost>(length + 1, pinned: true);
        var starts = new List<int>();
        int pc = 0;
        for (; pc < length; pc += code[pc] is >= Push1 and <= Push32 ? code[pc] - Push1 + 2 : 1)
            starts.Add(pc);
        // The implicit STOP past the code (at length, or beyond a PUSH whose immediate runs past the end).
        var next = BlockCost.Stop;
        if (pc == length) costs[length] = next;
        bool nextStartsBlock = true;
        for (int i = starts.Count - 1; i >= 0; i--)
        {
            int at = starts[i];
            byte op = code[at];
            next = nextStartsBlock || OpcodeInfo.EndsBlock[op] != 0
                ? Single<TFork>(op)
                : Prepend<TFork>(op, next);
            costs[at] = next;
            nextStartsBlock = op == JumpDest;
        }
        return costs;
    }

    /// <summary>
    /// The static gas charged ahead for the instructions from <paramref name="pc"/> to the end of
    /// the block, when the instruction just before <paramref name="pc"/> (one without immediates,
    /// as every handler that charges gas; for others the answer is never used) runs in an unchecked
    /// block: nothing when that instruction ends its block or <paramref name="pc"/> starts a new one.
    /// </summary>
    public static long GasAhead(BlockCost* costs, byte* code, int pc) =>
        OpcodeInfo.EndsBlock[code[pc - 1]] != 0 || code[pc] == JumpDest ? 0 : costs[pc].Gas;

    /// <summary>A run of one instruction.</summary>
    private static BlockCost Single<TFork>(byte op) where TFork : struct, IFork =>
        Checked(TFork.StaticGas[op], TFork.StackMinimum[op], TFork.StackMaximum[op]);

    /// <summary>A run of <paramref name="op"/> followed by the run <paramref name="rest"/>: the height after <paramref name="op"/> must suit the rest.</summary>
    private static BlockCost Prepend<TFork>(byte op, BlockCost rest) where TFork : struct, IFork
    {
        if (rest.MinimumHeight > EvmStack.Capacity) return BlockCost.AlwaysChecked;
        int change = OpcodeInfo.StackChange[op];
        return Checked(
            (long)TFork.StaticGas[op] + rest.Gas,
            Math.Max(TFork.StackMinimum[op], rest.MinimumHeight - change),
            Math.Min(TFork.StackMaximum[op], rest.MaximumHeight - change));
    }

    /// <summary>The cost, or <see cref="BlockCost.AlwaysChecked"/> when no height suits the run or its gas does not fit an int.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static BlockCost Checked(long gas, int minimum, int maximum) =>
        gas > int.MaxValue || minimum > maximum || minimum > EvmStack.Capacity || maximum < 0
            ? BlockCost.AlwaysChecked
            : new BlockCost((int)gas, (short)minimum, (short)maximum);
}
