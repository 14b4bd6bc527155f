using Csevm.Benchmarks.Programs;
using Csevm.Precompiles;

namespace Csevm.Benchmarks.Precompiles;

/// <summary>
/// The shape of a denial-of-service attempt on a precompile: a contract that copies one input into
/// memory and STATICCALLs the precompile with it in a loop, passing all its gas and asking for no
/// output. Its throughput includes what every call costs the attacker besides the precompile's own
/// price (the call, the loop), which for the cheapest inputs (BLAKE2F with one round, modexp priced
/// at 0 before Berlin) is most of the gas.
/// </summary>
public static class PrecompileCallLoop
{
    /// <summary>Gas one run spends, roughly: enough to time, few enough iterations for slow inputs.</summary>
    private const long GasPerRun = 5_000_000;

    /// <summary>Approximate gas of one iteration besides the precompile's price: a warm STATICCALL and the loop.</summary>
    private const long CallAndLoopGas = 140;

    public static ProgramCase Create(PrecompileCase call)
    {
        int iterations = (int)Math.Clamp(GasPerRun / (call.Gas + CallAndLoopGas), 3, 20_000);
        return new ProgramCase($"loop {call.Name}", Program(AddressOf(call), call.Input, iterations), [], call.Revision, WorkloadKind.PrecompileCallLoop);
    }

    /// <summary>The loop's bytecode with the input appended after it; a failing call ends the run with INVALID.</summary>
    private static byte[] Program(ushort precompile, byte[] input, int iterations)
    {
        if (input.Length > ushort.MaxValue) throw new ArgumentException("input longer than a PUSH2 can address", nameof(input));
        const int Loop = 12, Fail = 42, DataStart = 44;
        var code = new List<byte>();
        void Push2(int value) => code.AddRange([0x61, (byte)(value >> 8), (byte)value]);

        Push2(input.Length); Push2(DataStart); code.AddRange([0x60, 0x00, 0x39]);       // CODECOPY(0, data, length)
        Push2(iterations);                                                              // the counter
        Check(code.Count == Loop);
        code.Add(0x5b);                                                                 // loop: JUMPDEST
        code.AddRange([0x60, 0x00, 0x60, 0x00]); Push2(input.Length); code.AddRange([0x60, 0x00]);
        Push2(precompile); code.AddRange([0x5a, 0xfa]);                                 // STATICCALL(gas, precompile, 0, length, 0, 0)
        code.Add(0x15); Push2(Fail); code.Add(0x57);                                    // a failed call: jump to INVALID
        code.AddRange([0x60, 0x01, 0x90, 0x03, 0x80]); Push2(Loop); code.Add(0x57);     // counter - 1, loop while non-zero
        code.Add(0x00);                                                                 // STOP
        Check(code.Count == Fail);
        code.AddRange([0x5b, 0xfe]);                                                    // fail: JUMPDEST INVALID
        Check(code.Count == DataStart);
        code.AddRange(input);
        return [.. code];
    }

    private static void Check(bool layout)
    {
        if (!layout) throw new InvalidOperationException("call loop layout changed: update its jump offsets");
    }

    /// <summary>The address of the case's precompile at the case's revision.</summary>
    public static ushort AddressOf(PrecompileCase call)
    {
        foreach (var address in PrecompileRegistry.ActiveAddresses(call.Revision))
        {
            if (PrecompileRegistry.TryGet(address, call.Revision, out var precompile) && ReferenceEquals(precompile, call.Precompile))
                return checked((ushort)address.AsSmallNumber);
        }
        throw new ArgumentException($"{call.Precompile.Name} is not active at {call.Revision}");
    }
}
