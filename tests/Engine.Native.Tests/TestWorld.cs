using Csevm.Execution;
using Csevm.Interpreter;
using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Native.Tests;

/// <summary>
/// A small in-memory world that serves both engines the same answers: the managed interpreter
/// through <see cref="ManagedWorldHost"/> and libcsevm.so's EVMC VM through <see cref="EvmcWorldHost"/>.
/// </summary>
public sealed class TestWorld
{
    public sealed class Account
    {
        public UInt256 Balance;
        public byte[] Code = [];
        public readonly Dictionary<UInt256, UInt256> Original = new();
        public readonly Dictionary<UInt256, UInt256> Current = new();
    }

    public readonly Dictionary<Address, Account> Accounts = new();
    public readonly HashSet<Address> WarmAccounts = new();
    public readonly HashSet<(Address, UInt256)> WarmSlots = new();
    public readonly Dictionary<(Address, UInt256), UInt256> Transient = new();
    public readonly List<(Address Address, Hash256[] Topics, byte[] Data)> Logs = new();
    public readonly HashSet<Address> Destructed = new();
    public TxContext Context { get; } = new()
    {
        Origin = Address.FromNumber(0x0a),
        Coinbase = Address.FromNumber(0xc0),
        BlockNumber = 1000,
        Timestamp = 1_700_000_000,
        GasLimit = 30_000_000,
        PrevRandao = 0x1234,
        ChainId = 1,
        BaseFee = 7,
        BlobBaseFee = 1,
        GasPrice = 10,
        BlobHashes = [Hash256.Parse("0x01" + new string('a', 62))],
    };

    public Account At(in Address address) => Accounts.TryGetValue(address, out var a) ? a : Accounts[address] = new Account();

    public bool Exists(in Address address) => Accounts.ContainsKey(address);

    public UInt256 GetStorage(in Address address, in UInt256 key) =>
        Accounts.TryGetValue(address, out var a) && a.Current.TryGetValue(key, out var v) ? v : default;

    public StorageStatus SetStorage(in Address address, in UInt256 key, in UInt256 value)
    {
        var account = At(address);
        var original = account.Original.GetValueOrDefault(key);
        var current = account.Current.GetValueOrDefault(key);
        account.Current[key] = value;
        if (current == value) return StorageStatus.Assigned;
        if (original == current) return original.IsZero ? StorageStatus.Added : value.IsZero ? StorageStatus.Deleted : StorageStatus.Modified;
        if (original.IsZero) return value.IsZero ? StorageStatus.AddedDeleted : StorageStatus.Assigned;
        if (current.IsZero) return value == original ? StorageStatus.DeletedRestored : StorageStatus.DeletedAdded;
        if (value.IsZero) return StorageStatus.ModifiedDeleted;
        return value == original ? StorageStatus.ModifiedRestored : StorageStatus.Assigned;
    }

    public Hash256 CodeHash(in Address address) =>
        Accounts.TryGetValue(address, out var a) ? Keccak256.Hash(a.Code) : default;

    public Hash256 BlockHash(long number) => Hash256.FromUInt256(new UInt256((ulong)number * 31 + 5));

    public AccessStatus AccessAccount(in Address address) => WarmAccounts.Add(address) ? AccessStatus.Cold : AccessStatus.Warm;

    public AccessStatus AccessStorage(in Address address, in UInt256 key) => WarmSlots.Add((address, key)) ? AccessStatus.Cold : AccessStatus.Warm;

    public bool SelfDestruct(in Address address, in Address beneficiary)
    {
        At(beneficiary).Balance += At(address).Balance;
        At(address).Balance = default;
        return Destructed.Add(address);
    }
}
