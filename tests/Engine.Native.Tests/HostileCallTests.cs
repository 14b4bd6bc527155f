using System.Runtime.InteropServices;
using Csevm.Interop;
using Csevm.Native.CApi;
using Csevm.Native.Evmc;

namespace Csevm.Native.Tests;

/// <summary>
/// Calls a careless or hostile caller could make. Each must come back as an error code with a
/// message; the process (this test host) must survive all of them.
/// </summary>
public unsafe class HostileCallTests
{
    public HostileCallTests() => BuiltLibrary.Use();

    private static string LastError() => Marshal.PtrToStringUTF8(NativeMethods.csevm_last_error())!;

    private static nint NewState()
    {
        nint state;
        Assert.Equal(0, NativeMethods.Raw.StateCreate(&state));
        return state;
    }

    [NativeFact]
    public void NullOutPointerIsAnInvalidArgument()
    {
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.StateCreate(null));
        Assert.Contains("NULL", LastError());
    }

    [NativeFact]
    public void NullAddressOrValueIsAnInvalidArgument()
    {
        nint state = NewState();
        var balance = default(EvmcBytes32);
        var address = default(EvmcAddress);
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.SetBalance(state, null, &balance));
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.SetBalance(state, &address, null));
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.GetNonce(state, &address, null));
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.Root(state, null));
        Assert.Equal(0, NativeMethods.csevm_state_free(state));
    }

    [NativeTheory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(0x1234)]
    [InlineData(-1)]
    public void MadeUpHandleIsAnInvalidHandle(long handle)
    {
        var root = default(EvmcBytes32);
        Assert.Equal((int)CsevmError.InvalidHandle, NativeMethods.Raw.Root((nint)handle, &root));
        Assert.Contains("handle", LastError());
        Assert.Equal((int)CsevmError.InvalidHandle, NativeMethods.csevm_state_free((nint)handle));
    }

    [NativeFact]
    public void FreeingTwiceIsAnInvalidHandleNotACrash()
    {
        nint state = NewState();
        Assert.Equal(0, NativeMethods.csevm_state_free(state));
        Assert.Equal((int)CsevmError.InvalidHandle, NativeMethods.csevm_state_free(state));
        var root = default(EvmcBytes32);
        Assert.Equal((int)CsevmError.InvalidHandle, NativeMethods.Raw.Root(state, &root));
    }

    [NativeFact]
    public void WrongAndHugeLengthsAreInvalidArguments()
    {
        nint state = NewState();
        var address = default(EvmcAddress);
        byte code = 0;
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.SetCode(state, &address, null, 10));
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.SetCode(state, &address, &code, nuint.MaxValue));
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.SetCode(state, &address, &code, (nuint)int.MaxValue + 1));
        nuint size;
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.GetCode(state, &address, null, 0, null));
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.GetCode(state, &address, null, 5, &size));
        Assert.Equal(0, NativeMethods.csevm_state_free(state));
    }

    [NativeFact]
    public void SmallBufferGetsNothingAndTheNeededSize()
    {
        nint state = NewState();
        var address = default(EvmcAddress);
        byte[] code = [1, 2, 3, 4, 5];
        fixed (byte* bytes = code) Assert.Equal(0, NativeMethods.Raw.SetCode(state, &address, bytes, 5));
        byte* buffer = stackalloc byte[2] { 0xee, 0xee };
        nuint size;
        Assert.Equal((int)CsevmError.BufferTooSmall, NativeMethods.Raw.GetCode(state, &address, buffer, 2, &size));
        Assert.Equal((nuint)5, size);
        Assert.Equal(0xee, buffer[0]);
        Assert.Equal(0, NativeMethods.csevm_state_free(state));
    }

    [NativeFact]
    public void ErrorsAreReportedPerThread()
    {
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.StateCreate(null));
        string? other = null;
        var thread = new Thread(() =>
        {
            var root = default(EvmcBytes32);
            NativeMethods.Raw.Root(0x1234, &root);
            other = LastError();
        });
        thread.Start();
        thread.Join();
        Assert.Contains("handle", other);
        Assert.Contains("NULL", LastError());
    }

    [NativeFact]
    public void ManyThreadsShareOneStateSafely()
    {
        using var state = new NativeState();
        Parallel.For(0, 64, i =>
        {
            var address = Primitives.Address.FromNumber((ulong)i + 1);
            state.SetBalance(address, (ulong)i);
            Assert.Equal((Numerics.UInt256)(ulong)i, state.GetBalance(address));
        });
        Assert.NotEqual(default, state.StateRoot());
    }
}
