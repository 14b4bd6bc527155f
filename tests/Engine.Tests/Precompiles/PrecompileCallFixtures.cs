using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Csevm.Numerics;
using Csevm.Tests.Fixtures;

namespace Csevm.Tests.Precompiles;

/// <summary>
/// One precompile call extracted from an EEST state test whose contract calls precompiles with
/// pushed constants and stores outcomes: <see cref="ResultSlot"/> receives the call's success flag,
/// other slots hold what the test file stores there (returned size, output words or hashes).
/// </summary>
public sealed record PrecompileCall(
    string Name, int Address, long Gas, byte[] Input, int ResultSlot, int ReturnSizeSlot, int OutputHashSlot, IReadOnlyDictionary<int, BigInteger> Storage)
{
    public bool ExpectedSuccess => Storage.GetValueOrDefault(ResultSlot) == 1;

    /// <summary>The returned size the fixture recorded, when its contract stored RETURNDATASIZE.</summary>
    public int? ExpectedReturnSize => ReturnSizeSlot >= 0 ? (int)Storage.GetValueOrDefault(ReturnSizeSlot) : null;

    /// <summary>Keccak-256 of the returned data as the fixture recorded it, when its contract stored that hash.</summary>
    public BigInteger? ExpectedOutputHash => OutputHashSlot >= 0 ? Storage.GetValueOrDefault(OutputHashSlot) : null;

    /// <summary>True when <paramref name="output"/> has the size and hash the fixture recorded (where it recorded them).</summary>
    public bool OutputMatches(byte[] output) =>
        (ExpectedReturnSize is not { } size || size == output.Length)
        && (ExpectedOutputHash is not { } hash || hash == new BigInteger(Keccak256.Hash(output).ToArray(), isUnsigned: true, isBigEndian: true));

    public override string ToString() => Name;
}

/// <summary>Reads <see cref="PrecompileCall"/>s from the shared EEST fixtures.</summary>
public static class PrecompileCallFixtures
{
    /// <summary>
    /// The calls of every test in a fixture file (relative to state_tests/eest/state_tests) whose
    /// contract is straight-line code of pushes, an optional leading CALLDATACOPY(0, 0, CALLDATASIZE)
    /// (else memory is zero), CALL-family opcodes and SSTOREs of their results; other shapes are
    /// skipped. Outcomes come from the first fork listed in each test's post state.
    /// </summary>
    public static IEnumerable<PrecompileCall> Load(string relativePath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(FixturePaths.Of(Path.Combine("state_tests", "eest", "state_tests", relativePath))));
        foreach (var test in document.RootElement.EnumerateObject())
        {
            var transaction = test.Value.GetProperty("transaction");
            var to = transaction.GetProperty("to").GetString()!;
            if (!test.Value.GetProperty("pre").TryGetProperty(to, out var contract)) continue;
            var code = Convert.FromHexString(contract.GetProperty("code").GetString()![2..]);
            var data = transaction.GetProperty("data").EnumerateArray().Select(d => Convert.FromHexString(d.GetString()![2..])).ToArray();
            var fork = test.Value.GetProperty("post").EnumerateObject().First();
            foreach (var outcome in fork.Value.EnumerateArray())
            {
                var callData = data[outcome.GetProperty("indexes").GetProperty("data").GetInt32()];
                var storage = new Dictionary<int, BigInteger>();
                foreach (var slot in outcome.GetProperty("state").GetProperty(to).GetProperty("storage").EnumerateObject())
                    storage[(int)ParseHex(slot.Name)] = ParseHex(slot.Value.GetString()!);
                var index = 0;
                foreach (var call in ReadCalls(code, callData))
                    yield return call with { Name = $"{test.Name} [data {outcome.GetProperty("indexes").GetProperty("data")}] call {index++}", Storage = storage };
            }
        }
    }

    /// <summary>Symbolically runs straight-line code, yielding each call whose success flag is stored.</summary>
    private static List<PrecompileCall> ReadCalls(byte[] code, byte[] callData)
    {
        var calls = new List<PrecompileCall>();
        var memoryHoldsCallData = code.AsSpan().StartsWith(new byte[] { 0x36, 0x60, 0x00, 0x60, 0x00, 0x37 });
        var stack = new List<BigInteger>();
        // Values no push can produce stand for "the success flag of call n" and "the returned size of call n".
        BigInteger SuccessMarker(int n) => BigInteger.One << (300 + n);
        BigInteger SizeMarker(int n) => -BigInteger.One << (300 + n);
        BigInteger HashMarker(int n) => BigInteger.One << (600 + n);
        BigInteger Pop()
        {
            var value = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            return value;
        }
        for (var pc = memoryHoldsCallData ? 6 : 0; pc < code.Length; pc++)
        {
            var op = code[pc];
            if (op >= 0x60 && op <= 0x7f)
            {
                var size = op - 0x5f;
                stack.Add(new BigInteger(code.AsSpan(pc + 1, size), isUnsigned: true, isBigEndian: true));
                pc += size;
            }
            else if (op == 0x5f) stack.Add(0);
            else if (op == 0x36) stack.Add(callData.Length);
            else if (op == 0x3d && calls.Count > 0) stack.Add(SizeMarker(calls.Count - 1));
            else if (op == 0x3e && stack.Count >= 3) stack.RemoveRange(stack.Count - 3, 3); // RETURNDATACOPY
            else if (op == 0x20 && stack.Count >= 2 && calls.Count > 0)
            {
                // KECCAK256 of memory: in these contracts, of the data the last call returned.
                stack.RemoveRange(stack.Count - 2, 2);
                stack.Add(HashMarker(calls.Count - 1));
            }
            else if (op is 0xf1 or 0xf2 or 0xf4 or 0xfa && stack.Count >= (op is 0xf1 or 0xf2 ? 7 : 6))
            {
                var gas = (long)BigInteger.Min(Pop(), long.MaxValue);
                var address = (int)BigInteger.Min(Pop(), int.MaxValue);
                if (op is 0xf1 or 0xf2) Pop();
                var argsOffset = (int)Pop();
                var argsSize = (int)Pop();
                Pop();
                Pop();
                var input = new byte[argsSize];
                if (memoryHoldsCallData && argsOffset < callData.Length)
                    callData.AsSpan(argsOffset, Math.Min(argsSize, callData.Length - argsOffset)).CopyTo(input);
                stack.Add(SuccessMarker(calls.Count));
                calls.Add(new PrecompileCall("", address, gas, input, -1, -1, -1, new Dictionary<int, BigInteger>()));
            }
            else if (op == 0x55 && stack.Count >= 2)
            {
                var key = (int)Pop();
                var value = Pop();
                for (var n = 0; n < calls.Count; n++)
                {
                    if (value == SuccessMarker(n)) calls[n] = calls[n] with { ResultSlot = key };
                    if (value == SizeMarker(n)) calls[n] = calls[n] with { ReturnSizeSlot = key };
                    if (value == HashMarker(n)) calls[n] = calls[n] with { OutputHashSlot = key };
                }
            }
            else break;
        }
        return calls.Where(c => c.ResultSlot >= 0).ToList();
    }

    private static BigInteger ParseHex(string hex) => BigInteger.Parse("0" + hex[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
