namespace Csevm.Interpreter;

/// <summary>How the loop reaches an opcode's handler; the variants exist to be measured against each other.</summary>
internal enum DispatchKind
{
    /// <summary>Hot opcodes inline in a switch, the rest through the function-pointer table (the default: fastest measured).</summary>
    Hybrid,
    /// <summary>Every opcode in one switch.</summary>
    Switch,
    /// <summary>Every opcode through the 256-entry function-pointer table.</summary>
    Table,
}

/// <summary>A dispatch variant as a type, so the loop specialises on it at compile time.</summary>
internal interface IDispatch
{
    static abstract DispatchKind Kind { get; }
}

internal readonly struct HybridDispatch : IDispatch { public static DispatchKind Kind => DispatchKind.Hybrid; }
internal readonly struct SwitchDispatch : IDispatch { public static DispatchKind Kind => DispatchKind.Switch; }
internal readonly struct TableDispatch : IDispatch { public static DispatchKind Kind => DispatchKind.Table; }
