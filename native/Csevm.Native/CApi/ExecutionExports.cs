using System.Runtime.InteropServices;
using System.Text;
using Csevm.Execution;
using Csevm.Execution.Transactions;
using Csevm.Native.Evmc;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;
using Csevm.StateTests;

namespace Csevm.Native.CApi;

/// <summary>The C API's execution: transactions and raw calls on a state, their results, and state-test files.</summary>
internal static unsafe class ExecutionExports
{
    // One processor and one executor per thread: they pool frames and memory and are not thread-safe.
    [ThreadStatic] private static TransactionProcessor? t_processor;
    [ThreadStatic] private static MessageExecutor? t_executor;

    [UnmanagedCallersOnly(EntryPoint = "csevm_execute_transaction")]
    public static int ExecuteTransaction(nint state, int revision, CsevmBlock* block, CsevmTransaction* transaction, nint* result) =>
        Execute(state, revision, block, transaction, null, result);

    [UnmanagedCallersOnly(EntryPoint = "csevm_execute_transaction_ex")]
    public static int ExecuteTransactionEx(nint state, int revision, CsevmBlock* block, CsevmTransaction* transaction,
        CsevmTransactionExtras* extras, nint* result) =>
        Execute(state, revision, block, transaction, extras, result);

    private static int Execute(nint state, int revision, CsevmBlock* block, CsevmTransaction* transaction, CsevmTransactionExtras* extras, nint* result)
    {
        try
        {
            Boundary.NotNull(block, "block");
            Boundary.NotNull(transaction, "transaction");
            Boundary.NotNull(result, "result");
            var fork = ToRevision(revision);
            var tx = TransactionFromC.Convert(*transaction, extras, block->ChainId);
            var environment = block->ToEnvironment(fork);
            var handle = HandleTable.Get<StateHandle>(state);
            TransactionOutcome outcome;
            lock (handle.Lock)
            {
                outcome = (t_processor ??= new TransactionProcessor()).Execute(handle.State, tx, environment, fork, NoBlockHashes.Instance);
                if (!outcome.IsValid)
                    throw new CsevmException(CsevmError.InvalidTransaction, $"invalid transaction: {TransactionErrorNames.FixtureName(outcome.Error)}");
                *result = HandleTable.Add(new ResultHandle((int)outcome.Status, outcome.GasUsed, 0, outcome.Output.ToArray(), [.. outcome.Logs], outcome.CreatedAddress));
            }
            return 0;
        }
        catch (Exception e) { return Boundary.Fail(e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "csevm_execute_call")]
    public static int ExecuteCall(nint state, int revision, CsevmBlock* block, CsevmCall* call, nint* result)
    {
        try
        {
            Boundary.NotNull(block, "block");
            Boundary.NotNull(call, "call");
            Boundary.NotNull(result, "result");
            if (call->Gas < 0) throw new CsevmException(CsevmError.InvalidArgument, $"gas {call->Gas} is negative");
            var fork = ToRevision(revision);
            var environment = block->ToEnvironment(fork);
            var message = new Message
            {
                Kind = CallKind.Call,
                Gas = call->Gas,
                Sender = call->Sender.ToAddress(),
                Recipient = call->Recipient.ToAddress(),
                CodeAddress = call->Recipient.ToAddress(),
                Value = call->Value.ToUInt256(),
                Input = Boundary.Bytes(call->Input, call->InputSize, "input").ToArray(),
            };
            var context = new TxContext
            {
                Origin = message.Sender,
                Coinbase = environment.Coinbase,
                BlockNumber = environment.Number,
                Timestamp = environment.Timestamp,
                GasLimit = environment.GasLimit,
                PrevRandao = environment.PrevRandao,
                ChainId = environment.ChainId,
                BaseFee = environment.BaseFee,
                BlobBaseFee = environment.BlobBaseFee,
            };
            var handle = HandleTable.Get<StateHandle>(state);
            lock (handle.Lock)
            {
                var world = handle.State;
                world.BeginTransaction(fork);
                TransactionWarmup.Apply(world, message.Sender, message.Recipient, environment.Coinbase, [], fork);
                var outcome = (t_executor ??= new MessageExecutor()).Execute(world, context, NoBlockHashes.Instance, message);
                world.CommitTransaction();
                *result = HandleTable.Add(new ResultHandle((int)outcome.Status, message.Gas - outcome.GasLeft, outcome.GasRefund,
                    outcome.Output.ToArray(), [.. world.Logs], null));
            }
            return 0;
        }
        catch (Exception e) { return Boundary.Fail(e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "csevm_result_get_info")]
    public static int ResultInfo(nint result, CsevmResultInfo* info)
    {
        try
        {
            Boundary.NotNull(info, "info");
            var r = HandleTable.Get<ResultHandle>(result);
            *info = new CsevmResultInfo
            {
                Status = r.Status,
                Created = r.CreatedAddress is null ? 0 : 1,
                GasUsed = r.GasUsed,
                GasRefund = r.GasRefund,
                OutputSize = (nuint)r.Output.Length,
                LogCount = (nuint)r.Logs.Length,
                CreatedAddress = EvmcAddress.From(r.CreatedAddress ?? default),
            };
            return 0;
        }
        catch (Exception e) { return Boundary.Fail(e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "csevm_result_output")]
    public static int ResultOutput(nint result, byte* buffer, nuint capacity, nuint* size)
    {
        try
        {
            Boundary.CopyOut(HandleTable.Get<ResultHandle>(result).Output, buffer, capacity, size, "the output");
            return 0;
        }
        catch (Exception e) { return Boundary.Fail(e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "csevm_result_log")]
    public static int ResultLog(nint result, nuint index, CsevmLog* log, byte* data, nuint capacity, nuint* dataSize)
    {
        try
        {
            Boundary.NotNull(log, "log");
            var logs = HandleTable.Get<ResultHandle>(result).Logs;
            if (index >= (nuint)logs.Length) throw new CsevmException(CsevmError.InvalidArgument, $"log index {index} is past the {logs.Length} logs");
            var entry = logs[(int)index];
            var info = new CsevmLog { Address = EvmcAddress.From(entry.Address), TopicCount = (nuint)entry.Topics.Length, DataSize = (nuint)entry.Data.Length };
            var topics = new Span<EvmcBytes32>(&info.Topic0, 4);
            for (int i = 0; i < entry.Topics.Length; i++) topics[i] = EvmcBytes32.From(entry.Topics[i]);
            *log = info;
            Boundary.CopyOut(entry.Data, data, capacity, dataSize, "the log data");
            return 0;
        }
        catch (Exception e) { return Boundary.Fail(e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "csevm_result_free")]
    public static int ResultFree(nint result)
    {
        try
        {
            HandleTable.Remove<ResultHandle>(result);
            return 0;
        }
        catch (Exception e) { return Boundary.Fail(e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "csevm_run_state_tests")]
    public static int RunStateTests(byte* path, byte* fork, CsevmStateTestSummary* summary)
    {
        try
        {
            Boundary.NotNull(path, "path");
            Boundary.NotNull(summary, "summary");
            var file = Utf8String(path);
            if (!File.Exists(file) && !Directory.Exists(file)) throw new CsevmException(CsevmError.Io, $"no such file or directory: {file}");
            var options = new StateTestRunOptions();
            if (fork != null)
            {
                if (!RevisionNames.TryParse(Utf8String(fork), out var revision))
                    throw new CsevmException(CsevmError.UnknownRevision, $"unknown fork '{Utf8String(fork)}'");
                options = options with { Fork = revision };
            }
            *summary = default;
            string? firstFailure = null;
            // Files run in parallel on the thread pool (one processor per worker); results come back in file order.
            foreach (var r in StateTestRunner.Run([file], options))
            {
                if (r.IsFileError) throw new CsevmException(CsevmError.Format, $"{r.File}: {r.Error}");
                if (r.Skipped) summary->Skipped++;
                else if (r.Pass) summary->Passed++;
                else
                {
                    summary->Failed++;
                    firstFailure ??= $"{r.Name} {r.Fork} d{r.Data} g{r.Gas} v{r.Value}: {r.Error ?? $"state root {r.StateRoot}, expected {r.ExpectedRoot}"}";
                }
            }
            WriteTruncated(firstFailure ?? "", new Span<byte>(summary->FirstFailure, CsevmStateTestSummary.FirstFailureCapacity));
            return 0;
        }
        catch (Exception e) { return Boundary.Fail(e); }
    }

    private static Revision ToRevision(int revision) =>
        revision >= 0 && revision <= (int)RevisionNames.Latest
            ? (Revision)revision
            : throw new CsevmException(CsevmError.UnknownRevision, $"revision {revision} is not one of 0 (Frontier) .. {(int)RevisionNames.Latest} ({RevisionNames.Latest})");

    private static string Utf8String(byte* text) => Marshal.PtrToStringUTF8((nint)text) ?? "";

    /// <summary>Copies as much of <paramref name="text"/> as fits, whole characters only, NUL-terminated.</summary>
    private static void WriteTruncated(string text, Span<byte> destination)
    {
        var encoder = Encoding.UTF8.GetEncoder();
        encoder.Convert(text, destination[..^1], flush: true, out _, out int written, out _);
        destination[written] = 0;
    }
}
