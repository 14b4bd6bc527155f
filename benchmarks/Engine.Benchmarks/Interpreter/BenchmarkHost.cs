using Csevm.Execution;
using Csevm.Interpreter;
using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Benchmarks.Interpreter;

/// <summary>A minimal host for interpreter benchmarks: storage with originals, warm slots, nothing else.</summary>
public readonly struct BenchmarkHost(BenchmarkHost.World world) : IHost
{
    public sealed class World
    {
        public readonly Dictionary<UInt256, UInt256> Storage = [];
        public readonly HashSet<UInt256> WarmSlots = [];
        public readonly TxContext Context = new();

        public void Reset()
        {
            Storage.Clear();
            WarmSlots.Clear();
        }
    }

    public bool AccountExists(in Address address) => true;
    public UInt256 GetStorage(in Address address, in UInt256 key) => world.Storage.GetValueOrDefault(key);

    public StorageStatus SetStorage(in Address address, in UInt256 key, in UInt256 value)
    {
        // Originals are all zero within a run: enough to exercise every path the loop takes.
        var current = world.Storage.GetValueOrDefault(key);
        world.Storage[key] = value;
        if (current == value) return StorageStatus.Assigned;
        return current.IsZero ? StorageStatus.Added : value.IsZero ? StorageStatus.AddedDeleted : StorageStatus.Assigned;
    }

    public UInt256 GetBalance(in Address address) => default;
    public int GetCodeSize(in Address address) => 0;
    public Hash256 GetCodeHash(in Address address) => default;
    public ReadOnlyMemory<byte> GetCode(in Address address) => default;
    public bool SelfDestruct(in Address address, in Address beneficiary) => false;
    public TxContext GetTxContext() => world.Context;
    public Hash256 GetBlockHash(long number) => default;
    public void EmitLog(in Address address, ReadOnlySpan<byte> data, ReadOnlySpan<Hash256> topics) { }
    public AccessStatus AccessAccount(in Address address) => AccessStatus.Warm;
    public AccessStatus AccessStorage(in Address address, in UInt256 key) => world.WarmSlots.Add(key) ? AccessStatus.Cold : AccessStatus.Warm;
    public UInt256 GetTransientStorage(in Address address, in UInt256 key) => default;
    public void SetTransientStorage(in Address address, in UInt256 key, in UInt256 value) { }
}
