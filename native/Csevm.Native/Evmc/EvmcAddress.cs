using System.Runtime.CompilerServices;
using Csevm.Primitives;

namespace Csevm.Native.Evmc;

/// <summary>evmc_address: 20 bytes, as they appear in the account's hash preimage.</summary>
[InlineArray(20)]
public struct EvmcAddress
{
    private byte _first;

    public static EvmcAddress From(in Address address)
    {
        var bytes = default(EvmcAddress);
        address.CopyTo(bytes);
        return bytes;
    }

    public readonly Address ToAddress() => new(this);
}
