using System.Reflection;
using System.Runtime.InteropServices;
using Csevm.Native.CApi;

namespace Csevm.Interop;

/// <summary>
/// Where libcsevm.so comes from. By default the loader's usual search ("libcsevm.so" on the
/// library path); set <see cref="Path"/> (or the CSEVM_LIBRARY environment variable) before the
/// first call to load a particular file.
/// </summary>
public static class CsevmLibrary
{
    internal const string Name = "csevm";

    private static string? s_path = Environment.GetEnvironmentVariable("CSEVM_LIBRARY");
    private static int s_resolverInstalled;

    /// <summary>The file to load; null for the loader's default search.</summary>
    public static string? Path
    {
        get => s_path;
        set
        {
            s_path = value;
            EnsureResolver();
        }
    }

    /// <summary>The loaded library's version string (loads it).</summary>
    public static string Version
    {
        get
        {
            EnsureResolver();
            return Marshal.PtrToStringUTF8(NativeMethods.csevm_version()) ?? "";
        }
    }

    internal static void EnsureResolver()
    {
        if (Interlocked.Exchange(ref s_resolverInstalled, 1) == 0)
            NativeLibrary.SetDllImportResolver(typeof(CsevmLibrary).Assembly, Resolve);
    }

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != Name) return 0;
        return s_path is { Length: > 0 } path ? NativeLibrary.Load(path) : NativeLibrary.Load("libcsevm.so", assembly, searchPath);
    }

    /// <summary>Throws <see cref="CsevmNativeException"/> for a non-zero result, with the library's message.</summary>
    internal static void Check(int result)
    {
        if (result != 0) throw new CsevmNativeException((CsevmError)result, Marshal.PtrToStringUTF8(NativeMethods.csevm_last_error()) ?? "");
    }
}
