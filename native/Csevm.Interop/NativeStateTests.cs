using Csevm.Native.CApi;

namespace Csevm.Interop;

/// <summary>csevm_run_state_tests from .NET: the counts of a run and the first failure.</summary>
public static class NativeStateTests
{
    public static (ulong Passed, ulong Failed, ulong Skipped, string FirstFailure) Run(string path, string? fork = null)
    {
        CsevmLibrary.Check(NativeMethods.csevm_run_state_tests(path, fork, out var summary));
        return (summary.Passed, summary.Failed, summary.Skipped, FirstFailure(summary));
    }

    private static unsafe string FirstFailure(in CsevmStateTestSummary summary)
    {
        fixed (byte* text = summary.FirstFailure)
            return System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)text) ?? "";
    }
}
