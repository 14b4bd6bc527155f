using Csevm.StateTests;
using Csevm.Tests.Fixtures;

namespace Csevm.Tests.Precompiles;

/// <summary>
/// The EEST state tests of the KZG (EIP-4844 point evaluation), BLS12-381 (EIP-2537) and P256VERIFY
/// (EIP-7951) precompiles, end to end through the engine: gas, output, success and state root.
/// </summary>
public class CurvePrecompileStateTests
{
    private const string Eest = "state_tests/eest/state_tests/";

    [Theory]
    [InlineData("prague/eip2537_bls_12_381_precompiles")]
    [InlineData("osaka/eip7951_p256verify_precompiles")]
    [InlineData("cancun/eip4844_blobs/test_valid_inputs.json")]
    [InlineData("cancun/eip4844_blobs/test_invalid_inputs.json")]
    [InlineData("cancun/eip4844_blobs/test_external_vectors.json")]
    [InlineData("cancun/eip4844_blobs/test_point_evaluation_precompile_gas_usage.json")]
    [InlineData("cancun/eip4844_blobs/test_call_opcode_types.json")]
    [InlineData("cancun/eip4844_blobs/test_precompile_before_fork.json")]
    [InlineData("cancun/eip4844_blobs/test_tx_entry_point.json")]
    public void EveryVector_Passes(string path)
    {
        var results = StateTestRunner.Run([FixturePaths.Of(Eest + path)]).Where(r => !r.Skipped).ToList();
        Assert.NotEmpty(results);
        var failures = results.Where(r => !r.Pass).Select(r => $"{r.Name} {r.Fork} d{r.Data} g{r.Gas} v{r.Value}: {r.Error}").Take(5).ToList();
        Assert.True(failures.Count == 0, $"{results.Count(r => !r.Pass)} of {results.Count} fail, e.g.\n" + string.Join("\n", failures));
    }
}
