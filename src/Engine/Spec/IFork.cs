namespace Csevm.Spec;

/// <summary>
/// A protocol revision as a type. The generator emits one <c>readonly struct</c> per row of
/// Spec/forks.csv; code generic over <c>TFork</c> reads these members as constants, so
/// <c>TFork.Revision &gt;= Revision.Berlin</c> folds away in each fork's instantiation.
/// </summary>
public interface IFork
{
    static abstract Revision Revision { get; }

    /// <summary>Gas charged before each opcode runs, by opcode byte (0 where the fork has no such opcode).</summary>
    static abstract ReadOnlySpan<ushort> StaticGas { get; }

    /// <summary>The stack height each opcode needs: below it the frame halts with a stack underflow.</summary>
    static abstract ReadOnlySpan<byte> StackMinimum { get; }

    /// <summary>The highest stack height each opcode may start at (1024 less its growth): above it the stack overflows.</summary>
    static abstract ReadOnlySpan<ushort> StackMaximum { get; }
}
