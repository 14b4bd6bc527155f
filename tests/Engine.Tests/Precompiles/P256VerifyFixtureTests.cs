using Csevm.Precompiles;
using Csevm.Spec;

namespace Csevm.Tests.Precompiles;

/// <summary>Every EIP-7951 call in the EEST Osaka fixtures (including the Wycheproof sets): success flag, returned size and output hash.</summary>
public class P256VerifyFixtureTests
{
    public static TheoryData<string> Files() =>
    [
        "test_valid.json", "test_invalid.json", "test_wycheproof_valid.json", "test_wycheproof_invalid.json",
        "test_wycheproof_extra.json", "test_modular_comparison.json", "test_call_types.json", "test_gas.json",
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void P256VerifyCalls_ReturnAsFixturesRecord(string file)
    {
        var checkedCalls = 0;
        var failures = new List<string>();
        foreach (var call in PrecompileCallFixtures.Load("osaka/eip7951_p256verify_precompiles/" + file))
        {
            if (call.Address != 0x100) continue;
            checkedCalls++;
            var precompile = P256VerifyPrecompile.Instance;
            var success = precompile.GasCost(call.Input, Revision.Osaka) <= call.Gas
                && precompile.TryRun(call.Input, Revision.Osaka, out var output)
                && call.OutputMatches(output);
            if (success != call.ExpectedSuccess) failures.Add(call.Name);
        }
        Assert.True(checkedCalls > 0, "no calls found in " + file);
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCalls} calls disagree, e.g.\n" + string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public void Libcrypto_IsLoadable_SoTheDirectRouteIsTheOneUsed() => Assert.True(Csevm.Precompiles.Crypto.OpenSslP256.IsAvailable);

    [Theory]
    [MemberData(nameof(Files))]
    public void DirectLibcryptoRoute_AgreesWithDotNetEcdsa(string file)
    {
        var disagreements = new List<string>();
        int valid = 0;
        foreach (var call in PrecompileCallFixtures.Load("osaka/eip7951_p256verify_precompiles/" + file))
        {
            if (call.Address != 0x100) continue;
            bool direct = P256VerifyPrecompile.IsValidSignature(call.Input, throughLibcrypto: true);
            if (direct) valid++;
            if (direct != P256VerifyPrecompile.IsValidSignature(call.Input, throughLibcrypto: false)) disagreements.Add(call.Name);
        }
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(10)));
        if (file.Contains("valid") && !file.Contains("invalid")) Assert.True(valid > 0, "no valid signature in " + file);
    }
}
