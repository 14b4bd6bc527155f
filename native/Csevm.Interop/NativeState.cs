using Csevm.Native.Evmc;
using Csevm.Numerics;
using Csevm.Primitives;

namespace Csevm.Interop;

/// <summary>
/// A world state inside libcsevm.so (csevm_state*), with the managed world state's shape: read and
/// write balances, nonces, code and storage, compute the state root. Errors from the library
/// become <see cref="CsevmNativeException"/>.
/// </summary>
public sealed unsafe class NativeState : IDisposable
{
    private readonly StateSafeHandle _handle;

    public NativeState()
    {
        CsevmLibrary.Check(NativeMethods.csevm_state_create(out _handle));
    }

    /// <summary>The handle, for calls this class does not wrap.</summary>
    public StateSafeHandle Handle => _handle;

    public UInt256 GetBalance(in Address address)
    {
        CsevmLibrary.Check(NativeMethods.csevm_state_get_balance(_handle, EvmcAddress.From(address), out var balance));
        return balance.ToUInt256();
    }

    public void SetBalance(in Address address, in UInt256 balance) =>
        CsevmLibrary.Check(NativeMethods.csevm_state_set_balance(_handle, EvmcAddress.From(address), EvmcBytes32.From(balance)));

    public ulong GetNonce(in Address address)
    {
        CsevmLibrary.Check(NativeMethods.csevm_state_get_nonce(_handle, EvmcAddress.From(address), out var nonce));
        return nonce;
    }

    public void SetNonce(in Address address, ulong nonce) =>
        CsevmLibrary.Check(NativeMethods.csevm_state_set_nonce(_handle, EvmcAddress.From(address), nonce));

    public byte[] GetCode(in Address address)
    {
        var evmcAddress = EvmcAddress.From(address);
        CsevmLibrary.Check(NativeMethods.csevm_state_get_code(_handle, evmcAddress, null, 0, out var size));
        var code = new byte[(int)size];
        fixed (byte* buffer = code)
            CsevmLibrary.Check(NativeMethods.csevm_state_get_code(_handle, evmcAddress, buffer, size, out _));
        return code;
    }

    public void SetCode(in Address address, ReadOnlySpan<byte> code)
    {
        fixed (byte* bytes = code)
            CsevmLibrary.Check(NativeMethods.csevm_state_set_code(_handle, EvmcAddress.From(address), bytes, (nuint)code.Length));
    }

    public UInt256 GetStorage(in Address address, in UInt256 key)
    {
        CsevmLibrary.Check(NativeMethods.csevm_state_get_storage(_handle, EvmcAddress.From(address), EvmcBytes32.From(key), out var value));
        return value.ToUInt256();
    }

    public void SetStorage(in Address address, in UInt256 key, in UInt256 value) =>
        CsevmLibrary.Check(NativeMethods.csevm_state_set_storage(_handle, EvmcAddress.From(address), EvmcBytes32.From(key), EvmcBytes32.From(value)));

    /// <summary>The Merkle-Patricia root of the state.</summary>
    public Hash256 StateRoot()
    {
        CsevmLibrary.Check(NativeMethods.csevm_state_root(_handle, out var root));
        return root.ToHash256();
    }

    public void Dispose() => _handle.Dispose();
}
