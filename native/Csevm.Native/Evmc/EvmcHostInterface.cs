using System.Runtime.InteropServices;

namespace Csevm.Native.Evmc;

/// <summary>
/// evmc_host_interface (ABI 12): the host's 16 callbacks, in the ABI's order. Every one takes the
/// opaque host context first. C <c>bool</c> results are one byte.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct EvmcHostInterface
{
    public delegate* unmanaged<nint, EvmcAddress*, byte> AccountExists;
    public delegate* unmanaged<nint, EvmcAddress*, EvmcBytes32*, EvmcBytes32> GetStorage;
    /// <summary>Returns evmc_storage_status, numbered as <see cref="Interpreter.StorageStatus"/>.</summary>
    public delegate* unmanaged<nint, EvmcAddress*, EvmcBytes32*, EvmcBytes32*, int> SetStorage;
    public delegate* unmanaged<nint, EvmcAddress*, EvmcBytes32> GetBalance;
    public delegate* unmanaged<nint, EvmcAddress*, nuint> GetCodeSize;
    public delegate* unmanaged<nint, EvmcAddress*, EvmcBytes32> GetCodeHash;
    /// <summary>(context, address, code offset, buffer, buffer size) → bytes copied.</summary>
    public delegate* unmanaged<nint, EvmcAddress*, nuint, byte*, nuint, nuint> CopyCode;
    public delegate* unmanaged<nint, EvmcAddress*, EvmcAddress*, byte> SelfDestruct;
    public delegate* unmanaged<nint, EvmcMessage*, EvmcResult> Call;
    public delegate* unmanaged<nint, EvmcTxContext> GetTxContext;
    public delegate* unmanaged<nint, long, EvmcBytes32> GetBlockHash;
    /// <summary>(context, address, data, data size, topics, topic count).</summary>
    public delegate* unmanaged<nint, EvmcAddress*, byte*, nuint, EvmcBytes32*, nuint, void> EmitLog;
    /// <summary>Returns evmc_access_status, numbered as <see cref="Interpreter.AccessStatus"/>.</summary>
    public delegate* unmanaged<nint, EvmcAddress*, int> AccessAccount;
    public delegate* unmanaged<nint, EvmcAddress*, EvmcBytes32*, int> AccessStorage;
    public delegate* unmanaged<nint, EvmcAddress*, EvmcBytes32*, EvmcBytes32> GetTransientStorage;
    public delegate* unmanaged<nint, EvmcAddress*, EvmcBytes32*, EvmcBytes32*, void> SetTransientStorage;
}
