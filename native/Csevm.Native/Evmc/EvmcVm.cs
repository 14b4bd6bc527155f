using System.Runtime.InteropServices;

namespace Csevm.Native.Evmc;

/// <summary>evmc_vm: the instance a host gets from evmc_create_csevm, with the VM's methods.</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct EvmcVm
{
    public int AbiVersion;
    /// <summary>NUL-terminated UTF-8.</summary>
    public byte* Name;
    /// <summary>NUL-terminated UTF-8.</summary>
    public byte* Version;
    public delegate* unmanaged<EvmcVm*, void> Destroy;
    /// <summary>(vm, host, context, revision, message, code, code size) → result.</summary>
    public delegate* unmanaged<EvmcVm*, EvmcHostInterface*, nint, int, EvmcMessage*, byte*, nuint, EvmcResult> Execute;
    public delegate* unmanaged<EvmcVm*, uint> GetCapabilities;
    /// <summary>(vm, name, value) → <see cref="EvmcSetOptionResult"/>; both strings NUL-terminated.</summary>
    public delegate* unmanaged<EvmcVm*, byte*, byte*, int> SetOption;
}
