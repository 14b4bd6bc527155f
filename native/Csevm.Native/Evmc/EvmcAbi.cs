namespace Csevm.Native.Evmc;

/// <summary>Numbers of the EVMC ABI that csevm implements (status codes, revisions, call kinds and storage/access statuses share the engine's enums).</summary>
public static class EvmcAbi
{
    /// <summary>The EVMC ABI version whose layout the structs in this folder follow.</summary>
    public const int Version = 12;
}

/// <summary>evmc_flags: bits of <see cref="EvmcMessage.Flags"/>.</summary>
[Flags]
public enum EvmcFlags : uint
{
    None = 0,
    Static = 1,
    /// <summary>EIP-7702: the code runs on behalf of an account that delegates to it.</summary>
    Delegated = 2,
}

/// <summary>evmc_capabilities: what a VM can execute.</summary>
[Flags]
public enum EvmcCapabilities : uint
{
    Evm1 = 1,
    Ewasm = 2,
    Precompiles = 4,
}

/// <summary>evmc_set_option_result.</summary>
public enum EvmcSetOptionResult
{
    Success = 0,
    InvalidName = 1,
    InvalidValue = 2,
}
