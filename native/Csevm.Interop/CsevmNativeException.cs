using Csevm.Native.CApi;

namespace Csevm.Interop;

/// <summary>A C API call that returned an error: its code and csevm_last_error()'s message.</summary>
public sealed class CsevmNativeException(CsevmError code, string message) : Exception($"{code}: {message}")
{
    public CsevmError Code { get; } = code;
}
