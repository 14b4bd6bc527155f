using Csevm.Numerics;
using Csevm.Precompiles;
using Csevm.Precompiles.Crypto;
using Csevm.Primitives;
using static Csevm.Tests.Precompiles.PrecompileTestHelpers;

namespace Csevm.Tests.Precompiles;

public class EcRecoverPrecompileTests
{
    private const string Hash = "38d18acb67d25c8bb9942764b62f18e17054f66a817bd4295423adf9ed98873e";
    private const string V27 = "000000000000000000000000000000000000000000000000000000000000001b";
    private const string R = "38d18acb67d25c8bb9942764b62f18e17054f66a817bd4295423adf9ed98873e";
    private const string S = "789d1dd423d25f0772d2748d60f7e4b81bb14d086eba8e8e8efb6dcff8a4ae02";
    private const string Signer = "000000000000000000000000ceaccac640adf55b2028469bd36ba501f28b699d";
    private const string N = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

    [Fact]
    public void ValidSignature_ReturnsTheSignerAsAWord() =>
        Assert.Equal((true, Signer), Run(EcRecoverPrecompile.Instance, Hash + V27 + R + S));

    [Fact]
    public void InputLongerThan128Bytes_IgnoresTheExtra() =>
        Assert.Equal((true, Signer), Run(EcRecoverPrecompile.Instance, Hash + V27 + R + S + "ffff"));

    [Theory]
    [InlineData(Hash + "000000000000000000000000000000000000000000000000000000000000001d" + R + S)] // v = 29
    [InlineData(Hash + "0000000000000000000000000000000000000000000000000000000000000001" + R + S)] // v = 1 (y parity, not allowed here)
    [InlineData(Hash + "010000000000000000000000000000000000000000000000000000000000001b" + R + S)] // v = 27 + 2^248
    [InlineData(Hash + V27 + "0000000000000000000000000000000000000000000000000000000000000000" + S)] // r = 0
    [InlineData(Hash + V27 + R + "0000000000000000000000000000000000000000000000000000000000000000")] // s = 0
    [InlineData(Hash + V27 + N + S)] // r = n
    [InlineData(Hash + V27 + R + N)] // s = n
    [InlineData("")]
    [InlineData(Hash + V27)]
    public void InvalidSignature_SucceedsWithEmptyOutput(string input) =>
        Assert.Equal((true, ""), Run(EcRecoverPrecompile.Instance, input));

    [Fact]
    public void ShortInput_IsRightPadded()
    {
        // s with its trailing zero byte cut off recovers the same key as the full input.
        const string s = "789d1dd423d25f0772d2748d60f7e4b81bb14d086eba8e8e8efb6dcff8a4ae00";
        var full = Run(EcRecoverPrecompile.Instance, Hash + V27 + R + s);
        Assert.True(full.Output.Length == 64);
        Assert.Equal(full, Run(EcRecoverPrecompile.Instance, Hash + V27 + R + s[..^2]));
    }

    [Fact]
    public void Gas_Is3000WhateverTheInput()
    {
        Assert.Equal(3000, Gas(EcRecoverPrecompile.Instance, ""));
        Assert.Equal(3000, Gas(EcRecoverPrecompile.Instance, Hash + V27 + R + S + "00"));
    }

    [Fact]
    public void TryRecoverAddress_AcceptsYParityDirectly()
    {
        Assert.True(Secp256k1.TryRecoverAddress(Hex.Decode(Hash), 0, UInt256.Parse("0x" + R), UInt256.Parse("0x" + S), out var address));
        Assert.Equal("0x" + Signer[24..], address.ToString());
        Assert.False(Secp256k1.TryRecoverAddress(Hex.Decode(Hash), 2, UInt256.Parse("0x" + R), UInt256.Parse("0x" + S), out _));
    }
}
