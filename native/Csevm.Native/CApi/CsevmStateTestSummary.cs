using System.Runtime.InteropServices;

namespace Csevm.Native.CApi;

/// <summary>csevm_state_test_summary: counts of a state-test run and the first failure's description.</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct CsevmStateTestSummary
{
    public const int FirstFailureCapacity = 256;

    public ulong Passed;
    public ulong Failed;
    public ulong Skipped;
    /// <summary>NUL-terminated UTF-8, truncated; empty when nothing failed.</summary>
    public fixed byte FirstFailure[FirstFailureCapacity];
}
