using System.Runtime.InteropServices;
using Csevm.Execution;
using Csevm.Interpreter;
using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Native.Evmc;

/// <summary>
/// The interpreter's host over an EVMC host's callbacks: every state read and write, log,
/// warm/cold access and transient slot goes to the C host. SSTORE is priced from the
/// evmc_storage_status the host returns. Nested calls never come here (the frame suspends and
/// <see cref="EvmcExecution"/> hands them to the host's <c>call</c>).
/// </summary>
internal readonly unsafe struct EvmcHost : IHost
{
    private readonly EvmcHostInterface* _host;
    private readonly nint _context;
    private readonly EvmcCallScope _scope;

    public EvmcHost(EvmcHostInterface* host, nint context, EvmcCallScope scope)
    {
        _host = host;
        _context = context;
        _scope = scope;
    }

    public bool AccountExists(in Address address)
    {
        var a = EvmcAddress.From(address);
        return _host->AccountExists(_context, &a) != 0;
    }

    public UInt256 GetStorage(in Address address, in UInt256 key)
    {
        var a = EvmcAddress.From(address);
        var k = EvmcBytes32.From(key);
        return _host->GetStorage(_context, &a, &k).ToUInt256();
    }

    public StorageStatus SetStorage(in Address address, in UInt256 key, in UInt256 value)
    {
        var a = EvmcAddress.From(address);
        var k = EvmcBytes32.From(key);
        var v = EvmcBytes32.From(value);
        return (StorageStatus)_host->SetStorage(_context, &a, &k, &v);
    }

    public UInt256 GetBalance(in Address address)
    {
        var a = EvmcAddress.From(address);
        return _host->GetBalance(_context, &a).ToUInt256();
    }

    public int GetCodeSize(in Address address)
    {
        var a = EvmcAddress.From(address);
        return (int)Math.Min(_host->GetCodeSize(_context, &a), (nuint)int.MaxValue);
    }

    public Hash256 GetCodeHash(in Address address)
    {
        var a = EvmcAddress.From(address);
        return _host->GetCodeHash(_context, &a).ToHash256();
    }

    /// <summary>Copies the code out of the host once per address until the next nested call (which may change it).</summary>
    public ReadOnlyMemory<byte> GetCode(in Address address)
    {
        if (_scope.TryGetCode(address, out var cached)) return cached;
        var a = EvmcAddress.From(address);
        int size = GetCodeSize(address);
        var code = size == 0 ? [] : new byte[size];
        fixed (byte* buffer = code)
            size = (int)Math.Min(_host->CopyCode(_context, &a, 0, buffer, (nuint)size), (nuint)size);
        var result = code.AsMemory(0, size);
        _scope.RememberCode(address, result);
        return result;
    }

    public bool SelfDestruct(in Address address, in Address beneficiary)
    {
        var a = EvmcAddress.From(address);
        var b = EvmcAddress.From(beneficiary);
        return _host->SelfDestruct(_context, &a, &b) != 0;
    }

    public TxContext GetTxContext() => _scope.TxContext ??= ReadTxContext();

    public Hash256 GetBlockHash(long number) => _host->GetBlockHash(_context, number).ToHash256();

    public void EmitLog(in Address address, ReadOnlySpan<byte> data, ReadOnlySpan<Hash256> topics)
    {
        var a = EvmcAddress.From(address);
        // Hash256 holds its 32 bytes in order, exactly as evmc_bytes32 does.
        var evmcTopics = MemoryMarshal.Cast<Hash256, EvmcBytes32>(topics);
        fixed (byte* d = data)
        fixed (EvmcBytes32* t = evmcTopics)
            _host->EmitLog(_context, &a, d, (nuint)data.Length, t, (nuint)evmcTopics.Length);
    }

    public AccessStatus AccessAccount(in Address address)
    {
        var a = EvmcAddress.From(address);
        return (AccessStatus)_host->AccessAccount(_context, &a);
    }

    public AccessStatus AccessStorage(in Address address, in UInt256 key)
    {
        var a = EvmcAddress.From(address);
        var k = EvmcBytes32.From(key);
        return (AccessStatus)_host->AccessStorage(_context, &a, &k);
    }

    public UInt256 GetTransientStorage(in Address address, in UInt256 key)
    {
        var a = EvmcAddress.From(address);
        var k = EvmcBytes32.From(key);
        return _host->GetTransientStorage(_context, &a, &k).ToUInt256();
    }

    public void SetTransientStorage(in Address address, in UInt256 key, in UInt256 value)
    {
        var a = EvmcAddress.From(address);
        var k = EvmcBytes32.From(key);
        var v = EvmcBytes32.From(value);
        _host->SetTransientStorage(_context, &a, &k, &v);
    }

    private TxContext ReadTxContext()
    {
        var c = _host->GetTxContext(_context);
        var blobHashes = c.BlobHashes == null ? [] : new Hash256[checked((int)c.BlobHashesCount)];
        for (int i = 0; i < blobHashes.Length; i++) blobHashes[i] = c.BlobHashes[i].ToHash256();
        return new TxContext
        {
            GasPrice = c.GasPrice.ToUInt256(),
            Origin = c.Origin.ToAddress(),
            Coinbase = c.Coinbase.ToAddress(),
            BlockNumber = c.BlockNumber,
            Timestamp = c.Timestamp,
            GasLimit = c.GasLimit,
            PrevRandao = c.PrevRandao.ToUInt256(),
            ChainId = c.ChainId.ToUInt256(),
            BaseFee = c.BaseFee.ToUInt256(),
            BlobBaseFee = c.BlobBaseFee.ToUInt256(),
            BlobHashes = blobHashes,
        };
    }
}
