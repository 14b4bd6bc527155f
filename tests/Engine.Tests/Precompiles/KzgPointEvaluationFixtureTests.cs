using System.Numerics;
using Csevm.Precompiles;
using Csevm.Spec;

namespace Csevm.Tests.Precompiles;

/// <summary>
/// Every EIP-4844 point-evaluation call in the EEST Cancun fixtures (the consensus-spec vectors
/// among them): success flag, and for successes the two output words stored in slots 1 and 2.
/// </summary>
public class KzgPointEvaluationFixtureTests
{
    public static TheoryData<string> Files() =>
        ["test_valid_inputs.json", "test_invalid_inputs.json", "test_external_vectors.json"];

    [Theory]
    [MemberData(nameof(Files))]
    public void PointEvaluationCalls_ReturnAsFixturesRecord(string file)
    {
        var checkedCalls = 0;
        var failures = new List<string>();
        foreach (var call in PrecompileCallFixtures.Load("cancun/eip4844_blobs/" + file))
        {
            if (call.Address != 0x0a) continue;
            checkedCalls++;
            var precompile = KzgPointEvaluationPrecompile.Instance;
            var success = precompile.GasCost(call.Input, Revision.Cancun) <= call.Gas
                && precompile.TryRun(call.Input, Revision.Cancun, out var output)
                && new BigInteger(output.AsSpan(0, 32), isUnsigned: true, isBigEndian: true) == call.Storage.GetValueOrDefault(1)
                && new BigInteger(output.AsSpan(32, 32), isUnsigned: true, isBigEndian: true) == call.Storage.GetValueOrDefault(2);
            if (success != call.ExpectedSuccess) failures.Add(call.Name);
        }
        Assert.True(checkedCalls > 0, "no calls found in " + file);
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCalls} calls disagree, e.g.\n" + string.Join("\n", failures.Take(10)));
    }
}
