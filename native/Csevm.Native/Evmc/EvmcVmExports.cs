using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Csevm.Native.Evmc;

/// <summary>
/// The EVMC entry point and the VM object's methods. Instances live in native memory; the set of
/// live instances guards destroy and execute against pointers that are not (or no longer) ours.
/// </summary>
public static unsafe class EvmcVmExports
{
    private static readonly ConcurrentDictionary<nint, byte> Live = new();

    /// <summary>The library's version as EVMC reports it, e.g. "0.1.0".</summary>
    public static string VersionText { get; } =
        typeof(EvmcVmExports).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(EvmcVmExports).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";

    /// <summary><c>struct evmc_vm* evmc_create_csevm(void)</c>: a new instance, or NULL if it cannot be made.</summary>
    [UnmanagedCallersOnly(EntryPoint = "evmc_create_csevm")]
    public static EvmcVm* Create()
    {
        try
        {
            var vm = (EvmcVm*)NativeMemory.AllocZeroed((nuint)sizeof(EvmcVm));
            vm->AbiVersion = EvmcAbi.Version;
            vm->Name = NativeUtf8.Allocate("csevm");
            vm->Version = NativeUtf8.Allocate(VersionText);
            vm->Destroy = &Destroy;
            vm->Execute = &EvmcExecution.Execute;
            vm->GetCapabilities = &GetCapabilities;
            vm->SetOption = &SetOption;
            Live[(nint)vm] = 0;
            return vm;
        }
        catch
        {
            return null;
        }
    }

    /// <summary>True for an instance made by <see cref="Create"/> and not destroyed yet.</summary>
    internal static bool IsLive(EvmcVm* vm) => vm != null && Live.ContainsKey((nint)vm);

    [UnmanagedCallersOnly]
    private static void Destroy(EvmcVm* vm)
    {
        try
        {
            if (vm == null || !Live.TryRemove((nint)vm, out _)) return;
            NativeMemory.Free(vm->Name);
            NativeMemory.Free(vm->Version);
            NativeMemory.Free(vm);
        }
        catch
        {
            // Nothing to report to: destroy returns void, and the host must not be taken down.
        }
    }

    [UnmanagedCallersOnly]
    private static uint GetCapabilities(EvmcVm* vm) => (uint)EvmcCapabilities.Evm1;

    /// <summary>csevm has no options yet: every name is unknown (a NULL name too).</summary>
    [UnmanagedCallersOnly]
    private static int SetOption(EvmcVm* vm, byte* name, byte* value) => (int)EvmcSetOptionResult.InvalidName;
}
