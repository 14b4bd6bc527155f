using System.Numerics;
using System.Security.Cryptography;
using Csevm.Precompiles;
using Csevm.Spec;

namespace Csevm.Tests.Precompiles;

public class P256VerifyTests
{
    private static readonly BigInteger N = BigInteger.Parse("0ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551", System.Globalization.NumberStyles.HexNumber);
    private static readonly BigInteger P = BigInteger.Parse("0ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", System.Globalization.NumberStyles.HexNumber);

    private static byte[] Word(BigInteger value)
    {
        var word = new byte[32];
        value.ToByteArray(isUnsigned: true, isBigEndian: true).CopyTo(word.AsSpan(32 - value.GetByteCount(isUnsigned: true)));
        return word;
    }

    private static BigInteger Read(byte[] input, int offset) => new(input.AsSpan(offset, 32), isUnsigned: true, isBigEndian: true);

    /// <summary>A freshly signed valid input: hash ‖ r ‖ s ‖ qx ‖ qy.</summary>
    private static byte[] SignedInput()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var hash = SHA256.HashData("csevm p256verify"u8);
        var signature = key.SignHash(hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        var q = key.ExportParameters(false).Q;
        return [.. hash, .. signature, .. q.X!, .. q.Y!];
    }

    private static bool Verifies(byte[] input)
    {
        Assert.True(P256VerifyPrecompile.Instance.TryRun(input, Revision.Osaka, out var output));
        Assert.True(output.Length is 0 or 32);
        return output.Length == 32 && output[31] == 1 && output.AsSpan(0, 31).IndexOfAnyExcept((byte)0) < 0;
    }

    private static byte[] WithWord(byte[] input, int offset, BigInteger value)
    {
        var copy = (byte[])input.Clone();
        Word(value).CopyTo(copy, offset);
        return copy;
    }

    [Fact]
    public void ValidSignature_ReturnsOne_AndCosts6900()
    {
        var input = SignedInput();
        Assert.True(Verifies(input));
        Assert.Equal(6900, P256VerifyPrecompile.Instance.GasCost(input, Revision.Osaka));
    }

    [Fact]
    public void HighS_IsAccepted_AsTheEipHasNoLowSRule()
    {
        var input = SignedInput();
        var flipped = WithWord(input, 64, N - Read(input, 64));
        Assert.True(Verifies(flipped));
    }

    [Fact]
    public void ROrSOutsideOneToNMinusOne_ReturnsEmpty()
    {
        var input = SignedInput();
        Assert.False(Verifies(WithWord(input, 32, 0)));
        Assert.False(Verifies(WithWord(input, 32, N)));
        Assert.False(Verifies(WithWord(input, 64, 0)));
        Assert.False(Verifies(WithWord(input, 64, N)));
        Assert.False(Verifies(WithWord(input, 32, (BigInteger.One << 256) - 1)));
    }

    [Fact]
    public void PublicKeyOffCurveOrInfinityOrNonCanonical_ReturnsEmpty()
    {
        var input = SignedInput();
        Assert.False(Verifies(WithWord(input, 128, (Read(input, 128) + 1) % P)));
        Assert.False(Verifies(WithWord(WithWord(input, 96, 0), 128, 0)));
        Assert.False(Verifies(WithWord(input, 96, P)));
        Assert.False(Verifies(WithWord(input, 128, P + Read(input, 128) % 7)));
    }

    [Fact]
    public void WrongLengthOrTamperedHash_ReturnsEmpty()
    {
        var input = SignedInput();
        Assert.False(Verifies(input[..159]));
        Assert.False(Verifies([.. input, 0]));
        Assert.False(Verifies([]));
        var tampered = (byte[])input.Clone();
        tampered[0] ^= 1;
        Assert.False(Verifies(tampered));
    }
}
