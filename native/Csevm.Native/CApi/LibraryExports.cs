using System.Runtime.InteropServices;
using Csevm.Native.Evmc;

namespace Csevm.Native.CApi;

/// <summary>Library-wide C API functions: the last error and the version.</summary>
internal static unsafe class LibraryExports
{
    private static readonly byte* VersionUtf8 = NativeUtf8.Allocate(EvmcVmExports.VersionText);

    /// <summary>The calling thread's last error message (UTF-8, never NULL); valid until the thread's next failing call.</summary>
    [UnmanagedCallersOnly(EntryPoint = "csevm_last_error")]
    public static byte* GetLastError() => LastError.Message;

    /// <summary>The library version, e.g. "0.1.0" (static storage).</summary>
    [UnmanagedCallersOnly(EntryPoint = "csevm_version")]
    public static byte* GetVersion() => VersionUtf8;
}
