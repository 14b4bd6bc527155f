using Csevm.Precompiles;
using Csevm.Spec;

namespace Csevm.Tests.Precompiles;

/// <summary>Random and adversarial inputs: no precompile may throw or price below zero.</summary>
public class PrecompileRobustnessTests
{
    public static TheoryData<Revision> Revisions() => new() { Revision.Byzantium, Revision.Istanbul, Revision.Berlin, Revision.Osaka };

    [Theory]
    [MemberData(nameof(Revisions))]
    public void RandomInputs_NeverThrowAndNeverPriceNegative(Revision revision)
    {
        var random = new Random((int)revision);
        foreach (var address in PrecompileRegistry.ActiveAddresses(revision))
        {
            Assert.True(PrecompileRegistry.TryGet(address, revision, out var precompile));
            for (int i = 0; i < 300; i++)
            {
                var input = RandomInput(random, precompile is ModExpPrecompile);
                Assert.True(precompile.GasCost(input, revision) >= 0, precompile.Name);
                precompile.TryRun(input, revision, out var output);
                Assert.NotNull(output);
            }
        }
    }

    /// <summary>
    /// Mostly zero, 0xff or random bytes at lengths around the precompiles' boundaries; modexp gets
    /// headers with small lengths so that its success paths run too.
    /// </summary>
    private static byte[] RandomInput(Random random, bool modexpHeader)
    {
        int[] lengths = [0, 1, 31, 32, 33, 64, 96, 127, 128, 129, 191, 192, 193, 213, 384, 400];
        var input = new byte[lengths[random.Next(lengths.Length)] + (random.Next(4) == 0 ? random.Next(64) : 0)];
        switch (random.Next(3))
        {
            case 0: break;
            case 1: Array.Fill(input, (byte)0xff); break;
            default: random.NextBytes(input); break;
        }
        if (modexpHeader && input.Length >= 96 && random.Next(2) == 0)
        {
            Array.Clear(input, 0, 96);
            input[31] = (byte)random.Next(40);
            input[63] = (byte)random.Next(40);
            input[95] = (byte)random.Next(40);
        }
        return input;
    }
}
