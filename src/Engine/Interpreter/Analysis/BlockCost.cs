namespace Csevm.Interpreter.Analysis;

/// <summary>
/// What running from one instruction to the end of its basic block costs in one fork: the static
/// gas of those instructions and the stack heights the run may start at without any of them
/// underflowing or overflowing. The untraced loop checks it once where a block starts, then runs
/// the block without per-instruction checks (see <see cref="BasicBlocks"/>).
/// </summary>
public readonly struct BlockCost(int gas, short minimumHeight, short maximumHeight)
{
    /// <summary>A run the loop never starts unchecked: no height passes (the minimum lies above every height).</summary>
    public static readonly BlockCost AlwaysChecked = new(0, EvmStack.Capacity + 1, EvmStack.Capacity + 1);

    /// <summary>The implicit STOP after the code: free, any height.</summary>
    public static readonly BlockCost Stop = new(0, 0, EvmStack.Capacity);

    /// <summary>The static gas of the instructions from this one to the end of the block.</summary>
    public readonly int Gas = gas;

    /// <summary>The lowest stack height the run may start at.</summary>
    public readonly short MinimumHeight = minimumHeight;

    /// <summary>The highest stack height the run may start at.</summary>
    public readonly short MaximumHeight = maximumHeight;
}
