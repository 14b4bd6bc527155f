using System.Runtime.InteropServices;

namespace Csevm.Interop;

/// <summary>A <c>csevm_state*</c>: freed with csevm_state_free when disposed or finalized.</summary>
public sealed class StateSafeHandle : SafeHandle
{
    public StateSafeHandle() : base(0, ownsHandle: true) { }

    public override bool IsInvalid => handle == 0;

    protected override bool ReleaseHandle() => NativeMethods.csevm_state_free(handle) == 0;
}
