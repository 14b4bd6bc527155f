using System.Runtime.InteropServices;
using Csevm.Execution;
using Csevm.Execution.Transactions;
using Csevm.Interop;
using Csevm.Interpreter;
using Csevm.Interpreter.Analysis;
using Csevm.Interpreter.Memory;
using Csevm.Native.Evmc;
using Csevm.Numerics;
using Csevm.Primitives;
using Csevm.Spec;

namespace Csevm.Native.Tests;

/// <summary>
/// libcsevm.so's EVMC VM, loaded into this .NET process and driven by a host written in C#,
/// against the managed interpreter on the same world and code: same status, gas, refund, output,
/// storage, transient storage, logs and self-destructs.
/// </summary>
public unsafe class EvmcTests
{
    private static readonly Address Recipient = Address.Parse("0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    private const string Callee = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    private const string Beneficiary = "cccccccccccccccccccccccccccccccccccccccc";
    // An EIP-7702 account: its code designates the callee.
    private const string Delegated = "dddddddddddddddddddddddddddddddddddddddd";
    // Stores 42 at slot 1 and returns the word 7.
    private const string CalleeCode = "602a600155600760005260206000f3";

    public EvmcTests() => BuiltLibrary.Use();

    public static TheoryData<string, string, int> Programs => new()
    {
        { "arithmetic", "600760030260005260206000f3", (int)Revision.Cancun },
        { "storage: add, read, delete, modify", "602a6001556001546002556000600155600660035500", (int)Revision.Cancun },
        { "storage at Istanbul (no warm/cold)", "602a6001556001546002556000600155600660035500", (int)Revision.Istanbul },
        { "log with a topic", "7f" + new string('1', 64) + "600160005360016000a100", (int)Revision.Cancun },
        { "keccak", "6001600053600160002060005260206000f3", (int)Revision.Cancun },
        { "revert with data", "600160005360016000fd", (int)Revision.Cancun },
        { "designated invalid", "fe", (int)Revision.Cancun },
        { "undefined opcode", "0c", (int)Revision.Cancun },
        { "out of gas loop", "5b600056", (int)Revision.Cancun },
        { "block and tx context", "436000554260015546600255486003553260045541600555" + "3a6006554460075549600855" + "6000496009556103e740600a5500", (int)Revision.Cancun },
        { "accounts", $"73{Callee}3160005573{Callee}3b60015573{Callee}3f600255602060006000" + $"73{Callee}3c60206000f3", (int)Revision.Cancun },
        { "transient storage", "602a60015d60015c60005500", (int)Revision.Cancun },
        { "nested call", $"60206000600060006000 73{Callee} 61ffff f1 600255 600051600055 60206000f3".Replace(" ", ""), (int)Revision.Cancun },
        { "nested call at Prague", $"60206000600060006000 73{Callee} 61ffff f1 600255 600051600055 60206000f3".Replace(" ", ""), (int)Revision.Prague },
        { "call to an EIP-7702 delegated account", $"60206000600060006000 73{Delegated} 61ffff f1 600255 600051600055 60206000f3".Replace(" ", ""), (int)Revision.Prague },
        { "delegatecall to an EIP-7702 delegated account", $"6020600060006000 73{Delegated} 61ffff f4 600255 600051600055 60206000f3".Replace(" ", ""), (int)Revision.Prague },
        { "designator is plain code before Prague", $"60206000600060006000 73{Delegated} 61ffff f1 600255 00".Replace(" ", ""), (int)Revision.Cancun },
        { "static call that writes", $"6000600060006000 73{Callee} 61ffff fa 60005500".Replace(" ", ""), (int)Revision.Cancun },
        { "selfdestruct", $"73{Beneficiary}ff", (int)Revision.Cancun },
        { "selfdestruct at London", $"73{Beneficiary}ff", (int)Revision.London },
    };

    [NativeTheory]
    [MemberData(nameof(Programs))]
    public void NativeEvmcMatchesTheManagedInterpreter(string name, string codeHex, int revision)
    {
        var code = Hex.Decode(codeHex);
        var nativeWorld = NewWorld();
        var managedWorld = NewWorld();

        var vm = NativeMethods.evmc_create_csevm();
        Assert.True(vm != null);
        EvmcResult native;
        using (var host = new EvmcWorldHost(nativeWorld, vm, revision))
        {
            var message = new EvmcMessage { Kind = (int)CallKind.Call, Gas = 200_000, Recipient = EvmcAddress.From(Recipient), CodeAddress = EvmcAddress.From(Recipient), Sender = EvmcAddress.From(nativeWorld.Context.Origin) };
            native = host.Execute(&message, code);
        }
        var nativeOutput = new ReadOnlySpan<byte>(native.OutputData, (int)native.OutputSize).ToArray();
        native.Release(&native);
        vm->Destroy(vm);

        var managed = RunManaged(managedWorld, (Revision)revision, code);

        Assert.True((ExecutionStatus)native.StatusCode == managed.Status, $"{name}: status {(ExecutionStatus)native.StatusCode} vs {managed.Status}");
        Assert.True(native.GasLeft == managed.GasLeft, $"{name}: gas left {native.GasLeft} vs {managed.GasLeft}");
        Assert.Equal(managed.GasRefund, native.GasRefund);
        Assert.Equal(managed.Output.ToArray(), nativeOutput);
        Assert.Equal(Dump(managedWorld), Dump(nativeWorld));
    }

    [NativeFact]
    public void NestedCallWritesBothAccountsAndReturnsTheCalleesWord()
    {
        var world = NewWorld();
        var vm = NativeMethods.evmc_create_csevm();
        using var host = new EvmcWorldHost(world, vm, (int)Revision.Cancun);
        var code = Hex.Decode($"60206000600060006000 73{Callee} 61ffff f1 600255 600051600055 60206000f3".Replace(" ", ""));
        var message = new EvmcMessage { Gas = 100_000, Recipient = EvmcAddress.From(Recipient), Sender = EvmcAddress.From(world.Context.Origin) };
        var result = host.Execute(&message, code);
        try
        {
            Assert.Equal((int)ExecutionStatus.Success, result.StatusCode);
            Assert.Equal(100_000 - 68_966, result.GasLeft);  // the same count the C EVMC host example asserts
            Assert.Equal(1, host.NestedCalls);
            Assert.Equal((UInt256)7, world.GetStorage(Recipient, 0));
            Assert.Equal((UInt256)1, world.GetStorage(Recipient, 2));
            Assert.Equal((UInt256)42, world.GetStorage(Address.Parse("0x" + Callee), 1));
        }
        finally
        {
            result.Release(&result);
            vm->Destroy(vm);
        }
    }

    [NativeFact]
    public void DelegatedCallNamesTheDelegateAndCarriesTheFlag()
    {
        var world = NewWorld();
        var vm = NativeMethods.evmc_create_csevm();
        using var host = new EvmcWorldHost(world, vm, (int)Revision.Prague);
        var code = Hex.Decode($"60206000600060006000 73{Delegated} 61ffff f1 00".Replace(" ", ""));
        var message = new EvmcMessage { Gas = 100_000, Recipient = EvmcAddress.From(Recipient), Sender = EvmcAddress.From(world.Context.Origin) };
        var result = host.Execute(&message, code);
        Assert.Equal((int)ExecutionStatus.Success, result.StatusCode);
        Assert.Equal((uint)EvmcFlags.Delegated, host.LastCall.Flags);
        Assert.Equal(Address.Parse("0x" + Callee), host.LastCall.CodeAddress);
        Assert.Equal((UInt256)42, world.GetStorage(Address.Parse("0x" + Delegated), 1));  // the delegate's code ran on the delegating account
        result.Release(&result);
        vm->Destroy(vm);
    }

    [NativeFact]
    public void VmObjectIsAbi12Csevm()
    {
        var vm = NativeMethods.evmc_create_csevm();
        try
        {
            Assert.Equal(12, vm->AbiVersion);
            Assert.Equal("csevm", Marshal.PtrToStringUTF8((nint)vm->Name));
            Assert.Equal(CsevmLibrary.Version, Marshal.PtrToStringUTF8((nint)vm->Version));
            Assert.Equal((uint)EvmcCapabilities.Evm1, vm->GetCapabilities(vm));
            fixed (byte* name = "verbose\0"u8)
            fixed (byte* value = "1\0"u8)
                Assert.Equal((int)EvmcSetOptionResult.InvalidName, vm->SetOption(vm, name, value));
        }
        finally
        {
            vm->Destroy(vm);
        }
    }

    [NativeTheory]
    [InlineData(15)]
    [InlineData(99)]
    [InlineData(-1)]
    public void UnknownRevisionIsRejected(int revision)
    {
        var world = NewWorld();
        var vm = NativeMethods.evmc_create_csevm();
        using var host = new EvmcWorldHost(world, vm, revision);
        var message = new EvmcMessage { Gas = 1000 };
        var result = host.Execute(&message, [0x00]);
        Assert.Equal((int)ExecutionStatus.Rejected, result.StatusCode);
        Assert.Equal(0, result.GasLeft);
        result.Release(&result);
        vm->Destroy(vm);
    }

    [NativeFact]
    public void NullMessageAndForeignVmAreInternalErrors()
    {
        var vm = NativeMethods.evmc_create_csevm();
        var world = NewWorld();
        using (var host = new EvmcWorldHost(world, vm, (int)Revision.Cancun))
        {
            var result = host.Execute(null, [0x00]);
            Assert.Equal((int)ExecutionStatus.InternalError, result.StatusCode);
            result.Release(&result);
        }
        var copy = *vm;
        var message = new EvmcMessage { Gas = 1000 };
        var foreign = vm->Execute(&copy, null, 0, (int)Revision.Cancun, &message, null, 0);
        Assert.Equal((int)ExecutionStatus.InternalError, foreign.StatusCode);
        vm->Destroy(vm);
        vm->Destroy(vm);  // the second destroy of a pointer that is no longer live is ignored
    }

    private static TestWorld NewWorld()
    {
        var world = new TestWorld();
        world.At(Recipient).Balance = 1_000_000;
        world.At(Recipient).Original[3] = world.At(Recipient).Current[3] = 5;
        var callee = world.At(Address.Parse("0x" + Callee));
        callee.Code = Hex.Decode(CalleeCode);
        callee.Balance = 77;
        world.At(Address.Parse("0x" + Delegated)).Code = Delegation.Designator(Address.Parse("0x" + Callee));
        world.WarmAccounts.Add(Recipient);
        world.WarmAccounts.Add(world.Context.Origin);
        return world;
    }

    private static CallResult RunManaged(TestWorld world, Revision revision, byte[] code)
    {
        using var memory = new SharedMemory();
        var host = new ManagedWorldHost(world);
        var message = new Message { Kind = CallKind.Call, Gas = 200_000, Recipient = Recipient, CodeAddress = Recipient, Sender = world.Context.Origin };
        return Run(message, code, memory.Root);

        CallResult Run(Message m, byte[] c, MemoryContext context) =>
            EvmInterpreter.Execute(revision, host, m, new AnalyzedCode(c), context, request =>
            {
                var child = new Message();
                child.CopyFrom(request);
                var childContext = context.NewChildContext();
                try
                {
                    // The executor's part of EIP-7702, which an EVMC host plays for the native side.
                    var code = world.At(child.CodeAddress).Code;
                    if (revision >= Revision.Prague && Delegation.TryGetTarget(code, out var delegateAddress)) code = world.At(delegateAddress).Code;
                    var result = Run(child, code, childContext);
                    return result with { Output = result.Output.ToArray() };
                }
                finally
                {
                    context.RevertChildContext();
                }
            });
    }

    /// <summary>Everything the programs can change, as text that xunit diffs readably.</summary>
    private static string Dump(TestWorld world)
    {
        var lines = new List<string>();
        foreach (var (address, account) in world.Accounts.OrderBy(a => a.Key.ToString()))
        {
            lines.Add($"{address} balance {account.Balance}");
            foreach (var (key, value) in account.Current.OrderBy(s => s.Key))
                lines.Add($"{address} [{key}] = {value}");
        }
        foreach (var ((address, key), value) in world.Transient.OrderBy(t => t.Key.Item2))
            lines.Add($"transient {address} [{key}] = {value}");
        foreach (var log in world.Logs)
            lines.Add($"log {log.Address} {string.Join(",", log.Topics)} {Hex.Encode(log.Data)}");
        foreach (var address in world.Destructed)
            lines.Add($"destructed {address}");
        return string.Join("\n", lines);
    }
}
