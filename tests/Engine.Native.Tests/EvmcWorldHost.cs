using System.Runtime.InteropServices;
using Csevm.Execution;
using Csevm.Native.Evmc;
using Csevm.Primitives;

namespace Csevm.Native.Tests;

/// <summary>
/// <see cref="TestWorld"/> as an EVMC host written in C#: the callbacks libcsevm.so calls back
/// into this process. Nested calls run the callee's code with the same VM, one level deeper.
/// </summary>
public sealed unsafe class EvmcWorldHost : IDisposable
{
    private static readonly EvmcHostInterface* Interface = CreateInterface();

    private readonly GCHandle _self;

    public EvmcWorldHost(TestWorld world, EvmcVm* vm, int revision)
    {
        World = world;
        Vm = vm;
        Revision = revision;
        _self = GCHandle.Alloc(this);
    }

    public TestWorld World { get; }
    public EvmcVm* Vm { get; }
    public int Revision { get; }
    public int NestedCalls { get; private set; }

    /// <summary>The flags and code address of the last nested call the VM asked for.</summary>
    public (uint Flags, Address CodeAddress) LastCall { get; private set; }

    /// <summary>Runs <paramref name="message"/> with <paramref name="code"/>; the caller releases the result.</summary>
    public EvmcResult Execute(EvmcMessage* message, ReadOnlySpan<byte> code)
    {
        fixed (byte* c = code)
            return Vm->Execute(Vm, Interface, GCHandle.ToIntPtr(_self), Revision, message, c, (nuint)code.Length);
    }

    public void Dispose() => _self.Free();

    private static EvmcWorldHost Of(nint context) => (EvmcWorldHost)GCHandle.FromIntPtr(context).Target!;

    private static EvmcHostInterface* CreateInterface()
    {
        var host = (EvmcHostInterface*)NativeMemory.AllocZeroed((nuint)sizeof(EvmcHostInterface));
        host->AccountExists = &AccountExists;
        host->GetStorage = &GetStorage;
        host->SetStorage = &SetStorage;
        host->GetBalance = &GetBalance;
        host->GetCodeSize = &GetCodeSize;
        host->GetCodeHash = &GetCodeHash;
        host->CopyCode = &CopyCode;
        host->SelfDestruct = &SelfDestruct;
        host->Call = &Call;
        host->GetTxContext = &GetTxContext;
        host->GetBlockHash = &GetBlockHash;
        host->EmitLog = &EmitLog;
        host->AccessAccount = &AccessAccount;
        host->AccessStorage = &AccessStorage;
        host->GetTransientStorage = &GetTransientStorage;
        host->SetTransientStorage = &SetTransientStorage;
        return host;
    }

    [UnmanagedCallersOnly] private static byte AccountExists(nint c, EvmcAddress* a) => Of(c).World.Exists(a->ToAddress()) ? (byte)1 : (byte)0;
    [UnmanagedCallersOnly] private static EvmcBytes32 GetStorage(nint c, EvmcAddress* a, EvmcBytes32* k) => EvmcBytes32.From(Of(c).World.GetStorage(a->ToAddress(), k->ToUInt256()));
    [UnmanagedCallersOnly] private static int SetStorage(nint c, EvmcAddress* a, EvmcBytes32* k, EvmcBytes32* v) => (int)Of(c).World.SetStorage(a->ToAddress(), k->ToUInt256(), v->ToUInt256());
    [UnmanagedCallersOnly] private static EvmcBytes32 GetBalance(nint c, EvmcAddress* a) => EvmcBytes32.From(new ManagedWorldHost(Of(c).World).GetBalance(a->ToAddress()));
    [UnmanagedCallersOnly] private static nuint GetCodeSize(nint c, EvmcAddress* a) => (nuint)new ManagedWorldHost(Of(c).World).GetCodeSize(a->ToAddress());
    [UnmanagedCallersOnly] private static EvmcBytes32 GetCodeHash(nint c, EvmcAddress* a) => EvmcBytes32.From(Of(c).World.CodeHash(a->ToAddress()));
    [UnmanagedCallersOnly] private static byte SelfDestruct(nint c, EvmcAddress* a, EvmcAddress* b) => Of(c).World.SelfDestruct(a->ToAddress(), b->ToAddress()) ? (byte)1 : (byte)0;
    [UnmanagedCallersOnly] private static EvmcBytes32 GetBlockHash(nint c, long number) => EvmcBytes32.From(Of(c).World.BlockHash(number));
    [UnmanagedCallersOnly] private static int AccessAccount(nint c, EvmcAddress* a) => (int)Of(c).World.AccessAccount(a->ToAddress());
    [UnmanagedCallersOnly] private static int AccessStorage(nint c, EvmcAddress* a, EvmcBytes32* k) => (int)Of(c).World.AccessStorage(a->ToAddress(), k->ToUInt256());
    [UnmanagedCallersOnly] private static EvmcBytes32 GetTransientStorage(nint c, EvmcAddress* a, EvmcBytes32* k) => EvmcBytes32.From(Of(c).World.Transient.GetValueOrDefault((a->ToAddress(), k->ToUInt256())));
    [UnmanagedCallersOnly] private static void SetTransientStorage(nint c, EvmcAddress* a, EvmcBytes32* k, EvmcBytes32* v) => Of(c).World.Transient[(a->ToAddress(), k->ToUInt256())] = v->ToUInt256();

    [UnmanagedCallersOnly]
    private static nuint CopyCode(nint c, EvmcAddress* a, nuint offset, byte* buffer, nuint size)
    {
        var code = new ManagedWorldHost(Of(c).World).GetCode(a->ToAddress()).Span;
        if (offset >= (nuint)code.Length) return 0;
        var part = code[(int)offset..];
        int n = (int)Math.Min((nuint)part.Length, size);
        part[..n].CopyTo(new Span<byte>(buffer, n));
        return (nuint)n;
    }

    [UnmanagedCallersOnly]
    private static void EmitLog(nint c, EvmcAddress* a, byte* data, nuint size, EvmcBytes32* topics, nuint count)
    {
        var hashes = new Hash256[(int)count];
        for (int i = 0; i < hashes.Length; i++) hashes[i] = topics[i].ToHash256();
        Of(c).World.Logs.Add((a->ToAddress(), hashes, new ReadOnlySpan<byte>(data, (int)size).ToArray()));
    }

    [UnmanagedCallersOnly]
    private static EvmcTxContext GetTxContext(nint c)
    {
        var t = Of(c).World.Context;
        // The blob hashes must outlive the call: this test host keeps them for the process.
        var blobHashes = (EvmcBytes32*)NativeMemory.Alloc((nuint)(t.BlobHashes.Length * sizeof(EvmcBytes32)));
        for (int i = 0; i < t.BlobHashes.Length; i++) blobHashes[i] = EvmcBytes32.From(t.BlobHashes[i]);
        return new EvmcTxContext
        {
            GasPrice = EvmcBytes32.From(t.GasPrice), Origin = EvmcAddress.From(t.Origin), Coinbase = EvmcAddress.From(t.Coinbase),
            BlockNumber = t.BlockNumber, Timestamp = t.Timestamp, GasLimit = t.GasLimit, PrevRandao = EvmcBytes32.From(t.PrevRandao),
            ChainId = EvmcBytes32.From(t.ChainId), BaseFee = EvmcBytes32.From(t.BaseFee), BlobBaseFee = EvmcBytes32.From(t.BlobBaseFee),
            BlobHashes = blobHashes, BlobHashesCount = (nuint)t.BlobHashes.Length,
        };
    }

    [UnmanagedCallersOnly]
    private static EvmcResult Call(nint c, EvmcMessage* message)
    {
        var host = Of(c);
        host.NestedCalls++;
        host.LastCall = (message->Flags, message->CodeAddress.ToAddress());
        var code = new ManagedWorldHost(host.World).GetCode(message->CodeAddress.ToAddress()).Span;
        return host.Execute(message, code);
    }
}
