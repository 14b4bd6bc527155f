using System.Runtime.CompilerServices;
using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Native.Evmc;

/// <summary>evmc_bytes32 (also evmc_uint256be): 32 bytes, a big-endian number or a hash.</summary>
[InlineArray(32)]
public struct EvmcBytes32
{
    private byte _first;

    public static EvmcBytes32 From(in UInt256 value)
    {
        var bytes = default(EvmcBytes32);
        value.ToBigEndian(bytes);
        return bytes;
    }

    public static EvmcBytes32 From(in Hash256 hash)
    {
        var bytes = default(EvmcBytes32);
        hash.Bytes.CopyTo(bytes);
        return bytes;
    }

    public readonly UInt256 ToUInt256() => UInt256.FromBigEndian(this);

    public readonly Hash256 ToHash256() => new(this);
}
