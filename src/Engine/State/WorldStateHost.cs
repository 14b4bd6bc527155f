using System.Runtime.CompilerServices;
using Csevm.Execution;
using Csevm.Interpreter;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;

namespace Csevm.State;

/// <summary>
/// The interpreter's view of a <see cref="WorldState"/> (its <see cref="IHost"/>): a struct, so the
/// interpreter is specialised for it and every call is direct. Rules that depend on the revision
/// use the world state's current <see cref="WorldState.Revision"/>.
/// </summary>
public readonly struct WorldStateHost : IHost
{
    private const long BlockHashWindow = 256;

    private readonly WorldState _state;
    private readonly TxContext _context;
    private readonly IBlockHashSource _blockHashes;

    public WorldStateHost(WorldState state, TxContext context, IBlockHashSource blockHashes)
    {
        _state = state;
        _context = context;
        _blockHashes = blockHashes;
    }

    public WorldState State => _state;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool AccountExists(in Address address) =>
        _state.Revision >= Revision.SpuriousDragon ? !_state.IsDeadOrEmpty(address) : _state.Exists(address);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public UInt256 GetStorage(in Address address, in UInt256 key) => _state.GetStorage(address, key);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public StorageStatus SetStorage(in Address address, in UInt256 key, in UInt256 value) => _state.SetStorage(address, key, value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public UInt256 GetBalance(in Address address) => _state.GetBalance(address);

    public int GetCodeSize(in Address address) => _state.GetCode(address).Length;

    public Hash256 GetCodeHash(in Address address) =>
        _state.IsDeadOrEmpty(address) ? Hash256.Zero : _state.GetCodeHash(address);

    public ReadOnlyMemory<byte> GetCode(in Address address) => _state.GetCode(address);

    public bool SelfDestruct(in Address address, in Address beneficiary) => _state.SelfDestruct(address, beneficiary);

    public TxContext GetTxContext() => _context;

    /// <summary>Zero outside the 256 blocks before the current one (the current block has no hash yet).</summary>
    public Hash256 GetBlockHash(long number)
    {
        long current = _context.BlockNumber;
        if (number < 0 || number >= current || number < current - BlockHashWindow) return Hash256.Zero;
        return _blockHashes.GetBlockHash(number);
    }

    public void EmitLog(in Address address, ReadOnlySpan<byte> data, ReadOnlySpan<Hash256> topics) =>
        _state.AddLog(new LogEntry(address, topics.ToArray(), data.ToArray()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AccessStatus AccessAccount(in Address address) => _state.AccessAccount(address);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AccessStatus AccessStorage(in Address address, in UInt256 key) => _state.AccessStorage(address, key);

    public UInt256 GetTransientStorage(in Address address, in UInt256 key) => _state.GetTransientStorage(address, key);

    public void SetTransientStorage(in Address address, in UInt256 key, in UInt256 value) => _state.SetTransientStorage(address, key, value);
}
