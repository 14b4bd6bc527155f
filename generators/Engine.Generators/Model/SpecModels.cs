namespace Csevm.Generators.Model;

/// <summary>One row of forks.csv: a protocol revision in activation order.</summary>
internal sealed record ForkModel(int Order, string Name, EquatableArray<string> Aliases, EquatableArray<int> Eips);

/// <summary>A later static price of an opcode: from <paramref name="Fork"/> on it costs <paramref name="Gas"/>.</summary>
internal sealed record GasChange(string Fork, int Gas);

/// <summary>How the generated dispatch calls an opcode's handler.</summary>
internal enum HandlerShape
{
    /// <summary>Works on the frame (memory, gas, host, control flow) and may halt.</summary>
    Frame,
    /// <summary>Works on the stack pointer only and cannot fail: <c>top = Family.Op(top)</c>.</summary>
    Pure,
    /// <summary>
    /// Gets the loop's stack top and gas as arguments (they stay in registers) and the frame for
    /// memory or context, and may halt: <c>status = Family.Op(f, top, ref gas)</c>; the generated
    /// code then moves the top by outputs - inputs.
    /// </summary>
    Locals,
    /// <summary>PUSHn: reads n immediate bytes; the handler is generated.</summary>
    Push,
    /// <summary>DUPn: the handler is generated.</summary>
    Dup,
    /// <summary>SWAPn: the handler is generated.</summary>
    Swap,
}

/// <summary>One row of opcodes.csv.</summary>
internal sealed record OpcodeModel(
    int Code,
    string Mnemonic,
    int Inputs,
    int Outputs,
    int Gas,
    string Since,
    EquatableArray<GasChange> GasChanges,
    HandlerShape Shape,
    bool IsHot,
    bool IsTerminating,
    bool WritesState,
    bool IsJump,
    bool ReadsGas,
    string HandlerFamily,
    string HandlerMethod,
    int Line)
{
    /// <summary>The n of PUSHn, DUPn and SWAPn (their mnemonic's number); 0 for other opcodes.</summary>
    public int N { get; init; }

    /// <summary>
    /// The opcode ends a basic block: control leaves (terminating, jump) or its handler reads the
    /// gas left (reads-gas), which must then be exact, so the next instructions' static gas waits.
    /// </summary>
    public bool EndsBlock => IsTerminating || IsJump || ReadsGas;
}

/// <summary>A problem in a spec file, reported as a compiler diagnostic at <paramref name="File"/>:<paramref name="Line"/> (1-based).</summary>
internal sealed record SpecError(string File, int Line, string Message);

/// <summary>The parsed spec: both tables and every problem found while reading them.</summary>
internal sealed record SpecModel(EquatableArray<ForkModel> Forks, EquatableArray<OpcodeModel> Opcodes, EquatableArray<SpecError> Errors);
