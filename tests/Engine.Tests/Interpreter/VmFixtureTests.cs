using System.Globalization;
using System.Text;
using System.Text.Json;
using Csevm.Execution;
using Csevm.Interpreter;
using Csevm.Interpreter.Analysis;
using Csevm.Interpreter.Memory;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Primitives.Rlp;
using Csevm.Spec;
using Csevm.Tests.Fixtures;
using Csevm.Tracing;

namespace Csevm.Tests.Interpreter;

/// <summary>
/// The legacy stand-alone VM tests (shared/fixtures/vm_tests/.../VMTests): each runs one piece of
/// bytecode under Frontier rules with no transaction around it, and states the gas left, the
/// output, the storage afterwards and the logs hash, or nothing when the code must halt exceptionally.
/// </summary>
public class VmFixtureTests
{
    private const string Folder = "vm_tests/legacytests/Constantinople/VMTests";

    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(FixturePaths.Of(Folder), "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => Path.GetRelativePath(FixturePaths.Of(Folder), path));

    public static IEnumerable<object[]> Cases() => Files().Select(file => new object[] { file });

    /// <summary>The other dispatch variants must agree with the default on everything but the slow vmPerformance loops.</summary>
    public static IEnumerable<object[]> VariantCases() =>
        Files().Where(file => !file.StartsWith("vmPerformance", StringComparison.Ordinal))
            .SelectMany(file => new[] { new object[] { file, DispatchKind.Switch }, [file, DispatchKind.Table] });

    [Theory]
    [MemberData(nameof(Cases))]
    public void VmTest_MatchesTheFixture(string file) => RunFile(file, DispatchKind.Hybrid);

    [Theory]
    [MemberData(nameof(VariantCases))]
    internal void VmTest_MatchesTheFixtureUnderEveryDispatchVariant(string file, DispatchKind dispatch) => RunFile(file, dispatch);

    private static void RunFile(string file, DispatchKind dispatch)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(FixturePaths.Of(Path.Combine(Folder, file))));
        foreach (var test in document.RootElement.EnumerateObject()) Run(test.Value, dispatch);
    }

    private static void Run(JsonElement test, DispatchKind dispatch)
    {
        var exec = test.GetProperty("exec");
        var env = test.GetProperty("env");
        var world = new TestWorld
        {
            Context = new TxContext
            {
                Coinbase = Address.Parse(env.GetProperty("currentCoinbase").GetString()!),
                PrevRandao = Quantity(env, "currentDifficulty"),
                GasLimit = (long)Quantity(env, "currentGasLimit").U0,
                BlockNumber = (long)Quantity(env, "currentNumber").U0,
                Timestamp = (long)Quantity(env, "currentTimestamp").U0,
                GasPrice = Quantity(exec, "gasPrice"),
                Origin = Address.Parse(exec.GetProperty("origin").GetString()!),
            },
            // As geth's runner answers: keccak256 of the block number in decimal ASCII.
            BlockHashes = number => Keccak256.Hash(Encoding.ASCII.GetBytes(number.ToString(CultureInfo.InvariantCulture))),
        };
        foreach (var account in test.GetProperty("pre").EnumerateObject())
        {
            var address = Address.Parse(account.Name);
            world.Existing.Add(address);
            world.Balances[address] = Quantity(account.Value, "balance");
            var accountCode = Hex.Decode(account.Value.GetProperty("code").GetString()!);
            if (accountCode.Length > 0) world.Code[address] = accountCode;
            foreach (var slot in account.Value.GetProperty("storage").EnumerateObject())
                world.SetOriginal(address, UInt256.Parse(slot.Name), UInt256.Parse(slot.Value.GetString()!));
        }

        var recipient = Address.Parse(exec.GetProperty("address").GetString()!);
        var message = new Message
        {
            Kind = CallKind.Call,
            Gas = (long)Quantity(exec, "gas").U0,
            Recipient = recipient,
            CodeAddress = recipient,
            Sender = Address.Parse(exec.GetProperty("caller").GetString()!),
            Value = Quantity(exec, "value"),
            Input = Hex.Decode(exec.GetProperty("data").GetString()!),
        };
        using var memory = new SharedMemory();
        var code = new AnalyzedCode(Hex.Decode(exec.GetProperty("code").GetString()!));
        var result = dispatch switch
        {
            DispatchKind.Switch => Execute<SwitchDispatch>(world.Host, message, code, memory.Root),
            DispatchKind.Table => Execute<TableDispatch>(world.Host, message, code, memory.Root),
            _ => Execute<HybridDispatch>(world.Host, message, code, memory.Root),
        };

        if (!test.TryGetProperty("gas", out _))
        {
            Assert.True(result.Status.ConsumesAllGas(), $"expected an exceptional halt, got {result.Status}");
            return;
        }
        Assert.Equal(ExecutionStatus.Success, result.Status);
        Assert.Equal((long)Quantity(test, "gas").U0, result.GasLeft);
        Assert.Equal(test.GetProperty("out").GetString(), Hex.Encode(result.Output.Span));
        foreach (var account in test.GetProperty("post").EnumerateObject())
        {
            var address = Address.Parse(account.Name);
            var expected = account.Value.GetProperty("storage").EnumerateObject()
                .ToDictionary(s => UInt256.Parse(s.Name), s => UInt256.Parse(s.Value.GetString()!));
            var actual = world.Storage.Where(e => e.Key.Item1 == address && !e.Value.IsZero).ToDictionary(e => e.Key.Item2, e => e.Value);
            Assert.Equal(expected.OrderBy(e => e.Key.ToString()), actual.OrderBy(e => e.Key.ToString()));
        }
        Assert.Equal(Hash256.Parse(test.GetProperty("logs").GetString()!), LogsHash(world));
    }

    /// <summary>
    /// Runs the frame under Frontier with the given dispatch variant. These harnesses record
    /// CALL/CREATE instead of running them, and every recorded list is empty, so a call is
    /// answered as a child that did nothing and succeeded.
    /// </summary>
    private static CallResult Execute<TDispatch>(TestHost host, Message message, AnalyzedCode code, MemoryContext memory)
        where TDispatch : struct, IDispatch
    {
        using var frame = new Frame<TestHost>();
        frame.Start(host, message, code, memory);
        var tracer = new NoTracer();
        while (EvmInterpreter.Run<Frontier, TestHost, NoTracer, TDispatch>(frame, ref tracer) == FrameOutcome.Suspended)
            frame.Resume(new CallResult(ExecutionStatus.Success, frame.PendingCall.Gas, 0, default));
        return frame.Result with { Output = frame.Output.ToArray() };
    }

    /// <summary>Keccak-256 of the RLP list of logs, each [address, [topics...], data].</summary>
    private static Hash256 LogsHash(TestWorld world)
    {
        var rlp = new RlpWriter();
        var logs = rlp.StartList();
        foreach (var (address, data, topics) in world.Logs)
        {
            var log = rlp.StartList();
            rlp.WriteBytes(address.ToArray());
            var topicList = rlp.StartList();
            foreach (var topic in topics) rlp.WriteBytes(topic.Bytes);
            rlp.EndList(topicList);
            rlp.WriteBytes(data);
            rlp.EndList(log);
        }
        rlp.EndList(logs);
        return Keccak256.Hash(rlp.Written);
    }

    private static UInt256 Quantity(JsonElement element, string name) => UInt256.Parse(element.GetProperty(name).GetString()!);
}
