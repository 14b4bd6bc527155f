namespace Csevm.Interop;

/// <summary>The C API's error codes (csevm.h's enum csevm_error).</summary>
public enum CsevmErrorCode
{
    Ok = 0,
    InvalidArgument = 1,
    InvalidHandle = 2,
    UnknownRevision = 3,
    BufferTooSmall = 4,
    Io = 5,
    Format = 6,
    Internal = 7,
}

/// <summary>A C API call that returned an error: its code and csevm_last_error()'s message.</summary>
public sealed class CsevmNativeException(CsevmErrorCode code, string message) : Exception($"{code}: {message}")
{
    public CsevmErrorCode Code { get; } = code;
}
