using Csevm.Interop;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.State;

namespace Csevm.Native.Tests;

/// <summary>The C API's state through the P/Invoke binding, against the managed world state on the same inputs.</summary>
public class StateApiTests
{
    private static readonly Address Contract = Address.Parse("0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    private static readonly byte[] Code = [0x60, 0x2a, 0x60, 0x00, 0x55, 0x00];

    public StateApiTests() => BuiltLibrary.Use();

    [NativeFact]
    public void EmptyStateHasTheEmptyTrieRoot()
    {
        using var state = new NativeState();
        Assert.Equal(Hash256.Parse("0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421"), state.StateRoot());
    }

    [NativeFact]
    public void WhatIsSetReadsBack()
    {
        using var state = new NativeState();
        state.SetBalance(Contract, UInt256.Parse("1000000000000000000"));
        state.SetNonce(Contract, 7);
        state.SetCode(Contract, Code);
        state.SetStorage(Contract, 1, 42);

        Assert.Equal(UInt256.Parse("1000000000000000000"), state.GetBalance(Contract));
        Assert.Equal(7UL, state.GetNonce(Contract));
        Assert.Equal(Code, state.GetCode(Contract));
        Assert.Equal((UInt256)42, state.GetStorage(Contract, 1));
        Assert.Equal(UInt256.Zero, state.GetStorage(Contract, 2));
        Assert.Empty(state.GetCode(Address.FromNumber(0x1234)));
    }

    [NativeFact]
    public void StateRootMatchesTheManagedEngineOnTheSameAccounts()
    {
        var random = new Random(1234);
        using var native = new NativeState();
        var managed = new WorldState(InMemoryStateSource.Empty);
        for (int i = 0; i < 50; i++)
        {
            var address = Address.FromNumber((ulong)random.NextInt64(1, long.MaxValue));
            var balance = new UInt256((ulong)random.NextInt64());
            ulong nonce = (ulong)random.Next(0, 1000);
            var code = new byte[random.Next(0, 40)];
            random.NextBytes(code);
            native.SetBalance(address, balance);
            managed.SetBalance(address, balance);
            native.SetNonce(address, nonce);
            managed.SetNonce(address, nonce);
            native.SetCode(address, code);
            managed.SetCode(address, code);
            for (int s = 0; s < random.Next(0, 5); s++)
            {
                var key = new UInt256((ulong)random.Next());
                var value = new UInt256((ulong)random.Next(1, int.MaxValue));
                native.SetStorage(address, key, value);
                managed.SetStorage(address, key, value);
            }
        }
        Assert.Equal(StateRoot.Compute(managed), native.StateRoot());
    }

    [NativeFact]
    public void TheExamplesExpectedRootIsTheManagedEnginesRoot()
    {
        // native/examples/{c,rust,go} assert this root for the same account; the managed engine agrees.
        var managed = new WorldState(InMemoryStateSource.Empty);
        managed.SetBalance(Contract, UInt256.Parse("1000000000000000000"));
        managed.SetNonce(Contract, 1);
        managed.SetCode(Contract, Code);
        managed.SetStorage(Contract, 1, 42);
        Assert.Equal(Hash256.Parse("0x7158787e51fd38d3e2216fae2165ec0f67b51e17cbe258d9ac2637db2ca973b3"), StateRoot.Compute(managed));
    }

    [NativeFact]
    public void VersionIsTheEngineVersion()
    {
        var engineVersion = typeof(UInt256).Assembly.GetName().Version!.ToString(3);
        Assert.Equal(engineVersion, CsevmLibrary.Version);
    }
}
