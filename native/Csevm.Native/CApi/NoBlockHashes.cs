using Csevm.Primitives;
using Csevm.State;

namespace Csevm.Native.CApi;

/// <summary>The C API knows no ancestor blocks: BLOCKHASH reads zero.</summary>
internal sealed class NoBlockHashes : IBlockHashSource
{
    public static readonly NoBlockHashes Instance = new();

    public Hash256 GetBlockHash(long number) => Hash256.Zero;
}
