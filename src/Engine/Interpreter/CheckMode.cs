namespace Csevm.Interpreter;

/// <summary>
/// Where the loop checks the stack bounds and charges static gas: per basic block (the untraced
/// default) or per instruction (tracing, and the block a frame halts in). A type, so each loop is
/// compiled with only its own checks.
/// </summary>
internal interface ICheckMode
{
    static abstract bool PerBlock { get; }
}

/// <summary>One check and one static-gas charge where a basic block starts (<see cref="Analysis.BasicBlocks"/>).</summary>
internal readonly struct BlockChecks : ICheckMode { public static bool PerBlock => true; }

/// <summary>A check and a static-gas charge before every instruction.</summary>
internal readonly struct InstructionChecks : ICheckMode { public static bool PerBlock => false; }
