using Csevm.Execution;
using Csevm.Interpreter;
using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Tests.Interpreter;

/// <summary>
/// A tiny in-memory world for interpreter tests: storage with transaction-start originals (so
/// SSTORE statuses follow EVMC's rules), balances, code, warm sets, logs, transient storage.
/// </summary>
public sealed class TestWorld
{
    public readonly Dictionary<(Address, UInt256), UInt256> Storage = [];
    public readonly Dictionary<(Address, UInt256), UInt256> Original = [];
    public readonly Dictionary<(Address, UInt256), UInt256> Transient = [];
    public readonly Dictionary<Address, UInt256> Balances = [];
    public readonly Dictionary<Address, byte[]> Code = [];
    public readonly HashSet<Address> WarmAccounts = [];
    public readonly HashSet<(Address, UInt256)> WarmSlots = [];
    public readonly HashSet<Address> SelfDestructed = [];
    public readonly List<(Address Address, byte[] Data, Hash256[] Topics)> Logs = [];
    public readonly HashSet<Address> Existing = [];
    public TxContext Context = new() { BlockNumber = 1000, Timestamp = 1234, GasLimit = 30_000_000, ChainId = 1 };
    /// <summary>BLOCKHASH's answer for a block in the window.</summary>
    public Func<long, Hash256> BlockHashes = number => Hash256.FromUInt256(new UInt256((ulong)number + 0xb10c));

    public void SetOriginal(Address address, UInt256 key, UInt256 value)
    {
        Storage[(address, key)] = value;
        Original[(address, key)] = value;
    }

    public static StorageStatus Classify(UInt256 original, UInt256 current, UInt256 value)
    {
        if (current == value) return StorageStatus.Assigned;
        if (original == current)
            return original.IsZero ? StorageStatus.Added : value.IsZero ? StorageStatus.Deleted : StorageStatus.Modified;
        if (!original.IsZero)
        {
            if (current.IsZero) return value == original ? StorageStatus.DeletedRestored : StorageStatus.DeletedAdded;
            if (value.IsZero) return StorageStatus.ModifiedDeleted;
            return value == original ? StorageStatus.ModifiedRestored : StorageStatus.Assigned;
        }
        return value.IsZero ? StorageStatus.AddedDeleted : StorageStatus.Assigned;
    }

    public TestHost Host => new(this);
}

public readonly struct TestHost(TestWorld world) : IHost
{
    public TestWorld World => world;

    public bool AccountExists(in Address address) =>
        world.Existing.Contains(address) || world.Balances.ContainsKey(address) || world.Code.ContainsKey(address);

    public UInt256 GetStorage(in Address address, in UInt256 key) => world.Storage.GetValueOrDefault((address, key));

    public StorageStatus SetStorage(in Address address, in UInt256 key, in UInt256 value)
    {
        var current = world.Storage.GetValueOrDefault((address, key));
        var original = world.Original.GetValueOrDefault((address, key));
        world.Storage[(address, key)] = value;
        return TestWorld.Classify(original, current, value);
    }

    public UInt256 GetBalance(in Address address) => world.Balances.GetValueOrDefault(address);
    public int GetCodeSize(in Address address) => world.Code.GetValueOrDefault(address)?.Length ?? 0;
    public Hash256 GetCodeHash(in Address address) =>
        world.Code.TryGetValue(address, out var code) ? Keccak256.Hash(code) : Hash256.Zero;
    public ReadOnlyMemory<byte> GetCode(in Address address) => world.Code.GetValueOrDefault(address) ?? [];

    public bool SelfDestruct(in Address address, in Address beneficiary)
    {
        world.Balances[beneficiary] = world.Balances.GetValueOrDefault(beneficiary) + world.Balances.GetValueOrDefault(address);
        world.Balances[address] = default;
        return world.SelfDestructed.Add(address);
    }

    public TxContext GetTxContext() => world.Context;
    public Hash256 GetBlockHash(long number) => world.BlockHashes(number);
    public void EmitLog(in Address address, ReadOnlySpan<byte> data, ReadOnlySpan<Hash256> topics) =>
        world.Logs.Add((address, data.ToArray(), topics.ToArray()));
    public AccessStatus AccessAccount(in Address address) => world.WarmAccounts.Add(address) ? AccessStatus.Cold : AccessStatus.Warm;
    public AccessStatus AccessStorage(in Address address, in UInt256 key) => world.WarmSlots.Add((address, key)) ? AccessStatus.Cold : AccessStatus.Warm;
    public UInt256 GetTransientStorage(in Address address, in UInt256 key) => world.Transient.GetValueOrDefault((address, key));
    public void SetTransientStorage(in Address address, in UInt256 key, in UInt256 value) => world.Transient[(address, key)] = value;
}
