namespace Csevm.Execution;

/// <summary>The kind of a message, numbered as EVMC numbers evmc_call_kind. STATICCALL is CALL with <see cref="Message.IsStatic"/>.</summary>
public enum CallKind : byte
{
    Call = 0,
    DelegateCall = 1,
    CallCode = 2,
    Create = 3,
    Create2 = 4,
}
