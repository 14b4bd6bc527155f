using Csevm.StateTests;
using Csevm.Tests.Fixtures;

namespace Csevm.Tests.Precompiles;

/// <summary>
/// The official state tests that exercise precompiles, run end to end through the engine (gas,
/// output, success and the state root all have to match): the EEST per-EIP folders and the classic
/// stPreCompiledContracts / stZeroKnowledge suites of ethereum/tests.
/// </summary>
public class PrecompileStateTests
{
    [Theory]
    [InlineData("state_tests/eest/state_tests/frontier/precompiles")]
    [InlineData("state_tests/eest/state_tests/frontier/identity_precompile")]
    [InlineData("state_tests/eest/state_tests/homestead/identity_precompile")]
    [InlineData("state_tests/eest/state_tests/byzantium/eip196_ec_add_mul")]
    [InlineData("state_tests/eest/state_tests/byzantium/eip197_ec_pairing")]
    [InlineData("state_tests/eest/state_tests/byzantium/eip198_modexp_precompile")]
    [InlineData("state_tests/eest/state_tests/osaka/eip7823_modexp_upper_bounds")]
    [InlineData("state_tests/ethereum-tests/GeneralStateTests/stPreCompiledContracts")]
    [InlineData("state_tests/ethereum-tests/GeneralStateTests/stPreCompiledContracts2")]
    [InlineData("state_tests/ethereum-tests/GeneralStateTests/stZeroKnowledge")]
    public void EveryVector_Passes(string folder)
    {
        var results = StateTestRunner.Run([FixturePaths.Of(folder)]).Where(r => !r.Skipped).ToList();
        Assert.NotEmpty(results);
        var failures = results.Where(r => !r.Pass).Select(r => $"{r.Name} {r.Fork} d{r.Data} g{r.Gas} v{r.Value}: {r.Error}").Take(5).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
