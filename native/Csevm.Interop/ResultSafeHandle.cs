using System.Runtime.InteropServices;

namespace Csevm.Interop;

/// <summary>A <c>csevm_result*</c>: freed with csevm_result_free when disposed or finalized.</summary>
public sealed class ResultSafeHandle : SafeHandle
{
    public ResultSafeHandle() : base(0, ownsHandle: true) { }

    public override bool IsInvalid => handle == 0;

    protected override bool ReleaseHandle() => NativeMethods.csevm_result_free(handle) == 0;
}
