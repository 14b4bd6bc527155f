using Csevm.Precompiles;
using Csevm.Spec;
using static Csevm.Tests.Precompiles.PrecompileTestHelpers;

namespace Csevm.Tests.Precompiles;

/// <summary>The EIP-152 test vectors and the input rules.</summary>
public class Blake2FPrecompileTests
{
    private const string State = "48c9bdf267e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d182e6ad7f520e511f6c3e2b8c68059b6bbd41fbabd9831f79217e1319cde05b";
    private const string Message = "6162630000000000000000000000000000000000000000000000000000000000" + "0000000000000000000000000000000000000000000000000000000000000000"
                                 + "0000000000000000000000000000000000000000000000000000000000000000" + "0000000000000000000000000000000000000000000000000000000000000000";
    private const string Offsets = "03000000000000000000000000000000";

    private static string Input(string rounds, string final = "01") => rounds + State + Message + Offsets + final;

    [Theory]
    [InlineData("00000000", "01", "08c9bcf367e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d282e6ad7f520e511f6c3e2b8c68059b9442be0454267ce079217e1319cde05b")]
    [InlineData("0000000c", "01", "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923")]
    [InlineData("0000000c", "00", "75ab69d3190a562c51aef8d88f1c2775876944407270c42c9844252c26d2875298743e7f6d5ea2f2d3e8d226039cd31b4e426ac4f2d3d666a610c2116fde4735")]
    [InlineData("00000001", "01", "b63a380cb2897d521994a85234ee2c181b5f844d2c624c002677e9703449d2fba551b3a8333bcdf5f2f7e08993d53923de3d64fcc68c034e717b9293fed7a421")]
    public void Eip152Vectors_ProduceTheExpectedState(string rounds, string final, string expected) =>
        Assert.Equal((true, expected), Run(Blake2FPrecompile.Instance, Input(rounds, final)));

    [Theory]
    [InlineData(-2)] // 212 bytes
    [InlineData(2)]  // 214 bytes
    public void InputOfAnyOtherLength_Fails(int lengthChangeInHexDigits)
    {
        string input = Input("0000000c");
        input = lengthChangeInHexDigits < 0 ? input[..^2] : input + "00";
        Assert.False(Run(Blake2FPrecompile.Instance, input).Success);
    }

    [Theory]
    [InlineData("02")]
    [InlineData("ff")]
    public void FinalFlagOtherThanZeroOrOne_Fails(string final) =>
        Assert.False(Run(Blake2FPrecompile.Instance, Input("0000000c", final)).Success);

    [Theory]
    [InlineData("00000000", 0)]
    [InlineData("0000000c", 12)]
    [InlineData("ffffffff", 4294967295)]
    public void Gas_IsOnePerRound(string rounds, long expected) =>
        Assert.Equal(expected, Gas(Blake2FPrecompile.Instance, Input(rounds), Revision.Istanbul));
}
