using Csevm.Precompiles;
using Csevm.Spec;

namespace Csevm.Tests.Precompiles;

/// <summary>
/// Every EIP-2537 call in the EEST Prague fixtures: success exactly when the fixture's call
/// succeeded (enough gas and a valid input), and the returned size and output hash it recorded.
/// </summary>
public class Bls12FixtureTests
{
    private static readonly Dictionary<int, IPrecompile> Precompiles = new()
    {
        [0x0b] = Bls12G1AddPrecompile.Instance,
        [0x0c] = Bls12G1MsmPrecompile.Instance,
        [0x0d] = Bls12G2AddPrecompile.Instance,
        [0x0e] = Bls12G2MsmPrecompile.Instance,
        [0x0f] = Bls12PairingCheckPrecompile.Instance,
        [0x10] = Bls12MapFpToG1Precompile.Instance,
        [0x11] = Bls12MapFp2ToG2Precompile.Instance,
    };

    public static TheoryData<string> Files() =>
    [
        "test_eip_2537.json", "test_invalid.json", "test_gas.json", "test_call_types.json",
        "test_isogeny_kernel_values.json",
        "test_valid_gas_g1msm.json", "test_valid_gas_g2msm.json", "test_valid_gas_pairing.json",
        "test_invalid_gas_g1msm.json", "test_invalid_gas_g2msm.json", "test_invalid_gas_pairing.json",
        "test_invalid_length_g1msm.json", "test_invalid_length_g2msm.json", "test_invalid_length_pairing.json",
        "test_invalid_zero_gas_g1msm.json", "test_invalid_zero_gas_g2msm.json", "test_invalid_zero_gas_pairing.json",
        "test_invalid_zero_length_g1msm.json", "test_invalid_zero_length_g2msm.json", "test_invalid_zero_length_pairing.json",
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void Eip2537Calls_SucceedAndReturnAsFixturesRecord(string file)
    {
        var checkedCalls = 0;
        var failures = new List<string>();
        foreach (var call in PrecompileCallFixtures.Load("prague/eip2537_bls_12_381_precompiles/" + file))
        {
            if (!Precompiles.TryGetValue(call.Address, out var precompile)) continue;
            checkedCalls++;
            var success = precompile.GasCost(call.Input, Revision.Prague) <= call.Gas
                && precompile.TryRun(call.Input, Revision.Prague, out var output)
                && call.OutputMatches(output);
            if (success != call.ExpectedSuccess) failures.Add(call.Name);
        }
        Assert.True(checkedCalls > 0, "no calls found in " + file);
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCalls} calls disagree, e.g.\n" + string.Join("\n", failures.Take(10)));
    }
}
