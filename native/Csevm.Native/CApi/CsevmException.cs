namespace Csevm.Native.CApi;

/// <summary>Bad input to a C API function: becomes the error code, with the message in <c>csevm_last_error()</c>.</summary>
internal sealed class CsevmException(CsevmError error, string message) : Exception(message)
{
    public CsevmError Error { get; } = error;
}
