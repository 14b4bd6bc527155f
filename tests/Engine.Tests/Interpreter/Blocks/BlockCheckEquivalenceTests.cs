using Csevm.Interpreter;
using Csevm.Spec;

namespace Csevm.Tests.Interpreter.Blocks;

/// <summary>
/// Checking per basic block must be invisible: random programs run with per-block checks and with
/// per-instruction checks, at many gas limits (so out-of-gas lands on every kind of instruction
/// and position in a block), in normal and static frames, and must agree on status, gas left,
/// refund, output, the gas and stack at each call, storage, transient storage, logs and warm slots.
/// </summary>
public class BlockCheckEquivalenceTests
{
    private const int Programs = 300;

    public static TheoryData<int> Seeds => new(Enumerable.Range(0, 8));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomPrograms_HybridLoop_PerBlockChecksMatchPerInstructionChecks(int seed) =>
        Compare<Cancun, HybridDispatch>(seed, Programs);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomPrograms_OsakaAndFrontier_PerBlockChecksMatchPerInstructionChecks(int seed)
    {
        Compare<Osaka, HybridDispatch>(seed + 100, Programs / 3);
        Compare<Frontier, HybridDispatch>(seed + 200, Programs / 3);
        Compare<Istanbul, HybridDispatch>(seed + 300, Programs / 3);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomPrograms_SwitchAndTableLoops_PerBlockChecksMatchPerInstructionChecks(int seed)
    {
        Compare<Cancun, SwitchDispatch>(seed + 400, Programs / 3);
        Compare<Cancun, TableDispatch>(seed + 500, Programs / 3);
    }

    private static void Compare<TFork, TDispatch>(int seed, int programs)
        where TFork : struct, IFork
        where TDispatch : struct, IDispatch
    {
        var generator = new RandomPrograms(seed);
        var random = new Random(seed);
        for (int p = 0; p < programs; p++)
        {
            var code = generator.Next();
            bool isStatic = random.Next(5) == 0;
            var full = CheckModeRunner.Run<TFork, TDispatch, InstructionChecks>(code, 300_000, isStatic);
            long used = 300_000 - full.GasLeft;
            var limits = new HashSet<long> { 0, 1, used - 1, used, used + 1, 300_000 };
            for (int i = 0; i < 12; i++) limits.Add(random.NextInt64(0, used + 2));
            // Near the end, every gas value: out-of-gas at each of the last instructions.
            for (long gas = Math.Max(0, used - 40); gas < used; gas++) limits.Add(gas);
            foreach (long gas in limits.Where(g => g >= 0))
            {
                var expected = CheckModeRunner.Run<TFork, TDispatch, InstructionChecks>(code, gas, isStatic);
                var actual = CheckModeRunner.Run<TFork, TDispatch, BlockChecks>(code, gas, isStatic);
                Assert.True(expected == actual,
                    $"{typeof(TFork).Name} {typeof(TDispatch).Name} seed {seed} program {p} gas {gas} static {isStatic}\n" +
                    $"code {Convert.ToHexStringLower(code)}\nper instruction: {expected}\nper block:       {actual}");
            }
        }
    }
}
