using System.Runtime.InteropServices;

namespace Csevm.Native.Evmc;

/// <summary>evmc_result: 64 bytes. Whoever fills it sets <see cref="Release"/> for the owner to free the output with.</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct EvmcResult
{
    /// <summary>evmc_status_code, numbered as <see cref="Execution.ExecutionStatus"/>.</summary>
    public int StatusCode;
    public long GasLeft;
    public long GasRefund;
    public byte* OutputData;
    public nuint OutputSize;
    /// <summary>evmc_release_result_fn: void (*)(const evmc_result*); may be null.</summary>
    public delegate* unmanaged<EvmcResult*, void> Release;
    public EvmcAddress CreateAddress;
    public fixed byte Padding[4];
}
