using Csevm.Execution;
using Csevm.Interpreter;
using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Native.Tests;

/// <summary><see cref="TestWorld"/> as the managed interpreter's host.</summary>
public readonly struct ManagedWorldHost(TestWorld world) : IHost
{
    public bool AccountExists(in Address address) => world.Exists(address);
    public UInt256 GetStorage(in Address address, in UInt256 key) => world.GetStorage(address, key);
    public StorageStatus SetStorage(in Address address, in UInt256 key, in UInt256 value) => world.SetStorage(address, key, value);
    public UInt256 GetBalance(in Address address) => world.Exists(address) ? world.At(address).Balance : default;
    public int GetCodeSize(in Address address) => world.Exists(address) ? world.At(address).Code.Length : 0;
    public Hash256 GetCodeHash(in Address address) => world.CodeHash(address);
    public ReadOnlyMemory<byte> GetCode(in Address address) => world.Exists(address) ? world.At(address).Code : default;
    public bool SelfDestruct(in Address address, in Address beneficiary) => world.SelfDestruct(address, beneficiary);
    public TxContext GetTxContext() => world.Context;
    public Hash256 GetBlockHash(long number) => world.BlockHash(number);
    public void EmitLog(in Address address, ReadOnlySpan<byte> data, ReadOnlySpan<Hash256> topics) =>
        world.Logs.Add((address, topics.ToArray(), data.ToArray()));
    public AccessStatus AccessAccount(in Address address) => world.AccessAccount(address);
    public AccessStatus AccessStorage(in Address address, in UInt256 key) => world.AccessStorage(address, key);
    public UInt256 GetTransientStorage(in Address address, in UInt256 key) => world.Transient.GetValueOrDefault((address, key));
    public void SetTransientStorage(in Address address, in UInt256 key, in UInt256 value) => world.Transient[(address, key)] = value;
}
