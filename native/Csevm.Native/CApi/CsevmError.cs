namespace Csevm.Native.CApi;

/// <summary>The <c>int</c> every C API function returns (CSEVM_OK, CSEVM_ERROR_* in csevm.h); details in <c>csevm_last_error()</c>.</summary>
public enum CsevmError
{
    Ok = 0,
    /// <summary>A NULL pointer where one is required, a length that does not fit, a malformed value.</summary>
    InvalidArgument = 1,
    /// <summary>Not a live handle of the expected kind: never created, already freed, or another kind.</summary>
    InvalidHandle = 2,
    /// <summary>A revision number outside 0 (Frontier) .. 14 (Osaka).</summary>
    UnknownRevision = 3,
    /// <summary>The caller's buffer is smaller than the data; the needed size was written.</summary>
    BufferTooSmall = 4,
    /// <summary>A file could not be read.</summary>
    Io = 5,
    /// <summary>A file was read but is not what was expected (e.g. not a state-test fixture).</summary>
    Format = 6,
    /// <summary>A bug in csevm: the message says what happened.</summary>
    Internal = 7,
    /// <summary>The transaction is not valid in this state and block (nonce, balance, gas limit, fee caps ...); nothing changed.</summary>
    InvalidTransaction = 8,
}
