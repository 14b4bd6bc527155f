using Csevm.State;
using Csevm.Primitives;

namespace Csevm.Native.Tests;

/// <summary>Zero ancestor hashes, as the C API answers BLOCKHASH.</summary>
internal sealed class NoAncestors : IBlockHashSource
{
    public static readonly NoAncestors Instance = new();
    public Hash256 GetBlockHash(long number) => Hash256.Zero;
}
