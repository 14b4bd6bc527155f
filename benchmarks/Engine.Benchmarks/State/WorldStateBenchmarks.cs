using BenchmarkDotNet.Attributes;
using Csevm.Interpreter;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;

namespace Csevm.Benchmarks.State;

/// <summary>
/// The world-state operations behind SLOAD, SSTORE and the EIP-2929 checks, per operation over
/// 64 slots of one account (so a hash lookup per operation is what is measured), and a frame's
/// snapshot-write-revert cycle. The baseline is a plain Dictionary lookup with UInt256's own hash.
/// </summary>
[MemoryDiagnoser]
public class WorldStateBenchmarks
{
    private const int Slots = 64;
    private static readonly Address Contract = Address.FromNumber(0xc0de);
    private readonly UInt256[] _keys = new UInt256[Slots];
    private readonly Dictionary<UInt256, UInt256> _plain = new();
    private WorldState _state = null!;

    [GlobalSetup]
    public void Setup()
    {
        var storage = new Dictionary<UInt256, UInt256>();
        var random = new Random(7);
        for (int i = 0; i < Slots; i++)
        {
            // Half small slot numbers (Solidity fields), half hashed keys (mappings).
            _keys[i] = i % 2 == 0 ? new UInt256((ulong)i) : new UInt256((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64());
            storage[_keys[i]] = (ulong)i + 1;
            _plain[_keys[i]] = (ulong)i + 1;
        }
        _state = new WorldState(new InMemoryStateSource(new Dictionary<Address, Account> { [Contract] = new Account(1, 0, [0x00], storage) }));
        _state.BeginTransaction(Revision.Cancun);
        foreach (var key in _keys) _state.AccessStorage(Contract, key);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Slots)]
    public UInt256 DictionaryLookup()
    {
        UInt256 sum = default;
        foreach (var key in _keys) sum = _plain[key];
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Slots)]
    public UInt256 GetStorage()
    {
        UInt256 sum = default;
        foreach (var key in _keys) sum = _state.GetStorage(Contract, key);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Slots)]
    public AccessStatus AccessStorageWarm()
    {
        AccessStatus status = default;
        foreach (var key in _keys) status = _state.AccessStorage(Contract, key);
        return status;
    }

    /// <summary>A frame that writes every slot and then reverts: write, journal and undo per slot.</summary>
    [Benchmark(OperationsPerInvoke = Slots)]
    public StorageStatus SetStorageThenRevert()
    {
        int snapshot = _state.Snapshot();
        StorageStatus status = default;
        foreach (var key in _keys) status = _state.SetStorage(Contract, key, 12345);
        _state.Revert(snapshot);
        return status;
    }
}
