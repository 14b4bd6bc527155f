using Csevm.Primitives;

namespace Csevm.State;

/// <summary>Ancestor block hashes for BLOCKHASH. Asked only for the 256 blocks before the current one.</summary>
public interface IBlockHashSource
{
    Hash256 GetBlockHash(long number);
}
