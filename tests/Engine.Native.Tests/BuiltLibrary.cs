using Csevm.Interop;

namespace Csevm.Native.Tests;

/// <summary>
/// The library under test: artifacts/native/linux-x64/libcsevm.so above the test assembly (the
/// repository's), or CSEVM_LIBRARY. Loaded into this process once, on first use.
/// </summary>
public static class BuiltLibrary
{
    private static readonly Lazy<string?> Found = new(Find);

    public static string? Path => Found.Value;

    /// <summary>Why the native tests skip, or null when the library is there.</summary>
    public static string? MissingReason => Path is null
        ? "libcsevm.so is not built: run ./build.sh native (or set CSEVM_LIBRARY) to run the native tests"
        : null;

    /// <summary>Points the binding at the built library; call before any native call.</summary>
    public static void Use()
    {
        if (Path is null) throw new InvalidOperationException(MissingReason);
        if (CsevmLibrary.Path != Path) CsevmLibrary.Path = Path;
    }

    private static string? Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CSEVM_LIBRARY");
        if (!string.IsNullOrEmpty(fromEnvironment)) return File.Exists(fromEnvironment) ? fromEnvironment : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(System.IO.Path.Combine(dir.FullName, "Engine.sln"))) continue;
            var candidate = System.IO.Path.Combine(dir.FullName, "artifacts", "native", "linux-x64", "libcsevm.so");
            return File.Exists(candidate) ? candidate : null;
        }
        return null;
    }
}

/// <summary>A fact that needs the built libcsevm.so: skipped, saying how to build it, when it is absent.</summary>
public sealed class NativeFactAttribute : FactAttribute
{
    public NativeFactAttribute()
    {
        if (BuiltLibrary.MissingReason is { } reason) Skip = reason;
    }
}

/// <summary>A theory that needs the built libcsevm.so (see <see cref="NativeFactAttribute"/>).</summary>
public sealed class NativeTheoryAttribute : TheoryAttribute
{
    public NativeTheoryAttribute()
    {
        if (BuiltLibrary.MissingReason is { } reason) Skip = reason;
    }
}
