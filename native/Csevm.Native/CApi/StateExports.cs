using System.Runtime.InteropServices;
using Csevm.Native.Evmc;
using Csevm.State;

namespace Csevm.Native.CApi;

/// <summary>The C API's world state: create and free it, set and read accounts, code and storage, compute its root.</summary>
internal static unsafe class StateExports
{
    [UnmanagedCallersOnly(EntryPoint = "csevm_state_create")]
    public static int Create(nint* state)
    {
        try
        {
            Boundary.NotNull(state, "state");
            *state = HandleTable.Add(new StateHandle());
            return 0;
        }
        catch (Exception e) { return Boundary.Fail(e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "csevm_state_free")]
    public static int Free(nint state)
    {
        try
        {
            HandleTable.Remove<StateHandle>(state);
            return 0;
        }
        catch (Exception e) { return Boundary.Fail(e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "csevm_state_set_balance")]
    public static int SetBalance(nint state, EvmcAddress* address, EvmcBytes32* balance)
    {
        try
        {
            Boundary.NotNull(address, "address");
            Boundary.NotNull(balance, "balance");
            var handle = HandleTable.Get<StateHandle>(state);
            lock (handle.Lock) handle.State.SetBalance(address->ToAddress(), balance->ToUInt256());
            return 0;
        }
        catch (Exception e) { return Boundary.Fail(e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "csevm_state_get_balance")]
    public static int GetBalance(nint state, EvmcAddress* address, EvmcBytes32* balance)
    {
        try
        {
            Boundary.NotNull(address, "address");
            Boundary.NotNull(balance, "balance");
            var handle = HandleTable.Get<StateHandle>(state);
            lock (handle.Lock) *balance = EvmcBytes32.From(handle.State.GetBalance(address->ToAddress()));
            return 0;
        }
        catch (Exception e) { return Boundary.Fail(e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "csevm_state_set_nonce")]
    public static int SetNonce(nint state, EvmcAddress* address, ulong nonce)
    {
        try
        {
            Boundary.NotNull(address, "address");
            var handle = HandleTable.Get<StateHandle>(state);
            lock (handle.Lock) handle.State.SetNonce(address->ToAddress(), nonce);
            return 0;
        }
        catch (Exception e) { return Boundary.Fail(e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "csevm_state_get_nonce")]
    public static int GetNonce(nint state, EvmcAddress* address, ulong* nonce)
    {
        try
        {
            Boundary.NotNull(address, "address");
            Boundary.NotNull(nonce, "nonce");
            var handle = HandleTable.Get<StateHandle>(state);
            lock (handle.Lock) *nonce = handle.State.GetNonce(address->ToAddress());
            return 0;
        }
        catch (Exception e) { return Boundary.Fail(e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "csevm_state_set_code")]
    public static int SetCode(nint state, EvmcAddress* address, byte* code, nuint codeSize)
    {
        try
        {
            Boundary.NotNull(address, "address");
            var bytes = Boundary.Bytes(code, codeSize, "code").ToArray();
            var handle = HandleTable.Get<StateHandle>(state);
            lock (handle.Lock) handle.State.SetCode(address->ToAddress(), bytes);
            return 0;
        }
        catch (Exception e) { return Boundary.Fail(e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "csevm_state_get_code")]
    public static int GetCode(nint state, EvmcAddress* address, byte* buffer, nuint capacity, nuint* size)
    {
        try
        {
            Boundary.NotNull(address, "address");
            var handle = HandleTable.Get<StateHandle>(state);
            lock (handle.Lock) Boundary.CopyOut(handle.State.GetCode(address->ToAddress()), buffer, capacity, size, "the code");
            return 0;
        }
        catch (Exception e) { return Boundary.Fail(e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "csevm_state_set_storage")]
    public static int SetStorage(nint state, EvmcAddress* address, EvmcBytes32* key, EvmcBytes32* value)
    {
        try
        {
            Boundary.NotNull(address, "address");
            Boundary.NotNull(key, "key");
            Boundary.NotNull(value, "value");
            var handle = HandleTable.Get<StateHandle>(state);
            lock (handle.Lock) handle.State.SetStorage(address->ToAddress(), key->ToUInt256(), value->ToUInt256());
            return 0;
        }
        catch (Exception e) { return Boundary.Fail(e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "csevm_state_get_storage")]
    public static int GetStorage(nint state, EvmcAddress* address, EvmcBytes32* key, EvmcBytes32* value)
    {
        try
        {
            Boundary.NotNull(address, "address");
            Boundary.NotNull(key, "key");
            Boundary.NotNull(value, "value");
            var handle = HandleTable.Get<StateHandle>(state);
            lock (handle.Lock) *value = EvmcBytes32.From(handle.State.GetStorage(address->ToAddress(), key->ToUInt256()));
            return 0;
        }
        catch (Exception e) { return Boundary.Fail(e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "csevm_state_root")]
    public static int Root(nint state, EvmcBytes32* root)
    {
        try
        {
            Boundary.NotNull(root, "root");
            var handle = HandleTable.Get<StateHandle>(state);
            lock (handle.Lock) *root = EvmcBytes32.From(StateRoot.Compute(handle.State));
            return 0;
        }
        catch (Exception e) { return Boundary.Fail(e); }
    }
}
