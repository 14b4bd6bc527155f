using System.Collections.Concurrent;
using Csevm.Execution;
using Csevm.Execution.Transactions;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;
using Csevm.Tracing;

namespace Csevm.StateTests;

/// <summary>
/// Runs state-test vectors (shared/fixtures/README.md §5): build the pre-state, the transaction and
/// the block; process the transaction; touch the coinbase as geth's runner does; compare the state
/// root and logs hash. Files run in parallel (one <see cref="TransactionProcessor"/> per thread);
/// results stream back in file order. Nothing a fixture contains makes it throw.
/// </summary>
public static class StateTestRunner
{
    /// <summary>Every vector of every fixture file under <paramref name="paths"/> (files, directories, .tar.gz archives).</summary>
    public static IEnumerable<StateTestResult> Run(IEnumerable<string> paths, StateTestRunOptions? options = null)
    {
        options ??= new StateTestRunOptions();
        int parallelism = Math.Max(1, options.MaxParallelism);
        // Files are read in order and each runs as a task on a scheduler capped at `parallelism`;
        // the bounded queue of pending tasks keeps results in file order and memory bounded.
        // (Hand-rolled rather than PLINQ, which NativeAOT flags with analysis warnings.)
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, parallelism).ConcurrentScheduler;
        var factory = new TaskFactory(scheduler);
        var processors = new ThreadLocal<TransactionProcessor>(() => new TransactionProcessor(), trackAllValues: true);
        var pending = new BlockingCollection<Task<List<StateTestResult>>>(boundedCapacity: parallelism * 4);
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(() =>
        {
            try
            {
                foreach (var file in FixtureSource.Enumerate(paths))
                    pending.Add(factory.StartNew(() => RunFile(StateTestParser.Parse(file), options, processors.Value!)), stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            finally
            {
                pending.CompleteAdding();
            }
        });
        try
        {
            foreach (var task in pending.GetConsumingEnumerable())
                foreach (var result in task.GetAwaiter().GetResult())
                    yield return result;
            producer.GetAwaiter().GetResult();
        }
        finally
        {
            // Also reached when the caller stops early: let the running files finish before their processors go.
            stop.Cancel();
            foreach (var task in pending.GetConsumingEnumerable()) task.Wait();
            producer.Wait();
            foreach (var processor in processors.Values) processor.Dispose();
            processors.Dispose();
            pending.Dispose();
        }
    }

    /// <summary>
    /// Every selected vector under <paramref name="paths"/>, one after another on the calling thread,
    /// each with an EIP-3155 trace (one JSON object per step, then the summary) written to
    /// <paramref name="trace"/>. Sequential so the traces do not interleave.
    /// </summary>
    public static IEnumerable<StateTestResult> RunTraced(IEnumerable<string> paths, StateTestRunOptions options, Stream trace)
    {
        using var processor = new TransactionProcessor();
        foreach (var fixture in FixtureSource.Enumerate(paths))
        {
            var file = StateTestParser.Parse(fixture);
            if (!file.IsValid)
            {
                yield return StateTestResult.FileError(file);
                continue;
            }
            foreach (var test in file.Tests)
            {
                var pre = new InMemoryStateSource(test.Pre);
                var preRoot = new Lazy<Hash256>(() => StateRoot.Compute(test.Pre));
                foreach (var post in test.Post)
                {
                    if (!options.Selects(test, post))
                    {
                        yield return Result(file.Name, test, post, pass: false, null, null) with { Skipped = true };
                        continue;
                    }
                    var tracer = new Eip3155Tracer(trace);
                    yield return RunVector(file.Name, test, post, pre, preRoot, processor, ref tracer);
                }
            }
        }
    }

    /// <summary>Every vector of one parsed file, in order, on the calling thread.</summary>
    public static List<StateTestResult> RunFile(StateTestFile file, StateTestRunOptions options, TransactionProcessor processor)
    {
        if (!file.IsValid) return [StateTestResult.FileError(file)];
        var results = new List<StateTestResult>(file.VectorCount);
        foreach (var test in file.Tests)
        {
            var pre = new InMemoryStateSource(test.Pre);
            var preRoot = new Lazy<Hash256>(() => StateRoot.Compute(test.Pre));
            foreach (var post in test.Post)
                results.Add(options.Selects(test, post)
                    ? RunVector(file.Name, test, post, pre, preRoot, processor)
                    : Result(file.Name, test, post, pass: false, null, null) with { Skipped = true });
        }
        return results;
    }

    /// <summary>Runs one vector; a bug or a malformed vector becomes a failed result, never an exception.</summary>
    public static StateTestResult RunVector(string file, StateTest test, StateTestPost post, IStateSource pre, Lazy<Hash256> preRoot, TransactionProcessor processor)
    {
        var tracer = new NoTracer();
        return RunVector(file, test, post, pre, preRoot, processor, ref tracer);
    }

    /// <summary>Runs one vector with <paramref name="tracer"/> watching every step (e.g. an EIP-3155 trace for <c>--trace</c>).</summary>
    public static StateTestResult RunVector<TTracer>(string file, StateTest test, StateTestPost post, IStateSource pre, Lazy<Hash256> preRoot,
        TransactionProcessor processor, ref TTracer tracer)
        where TTracer : struct, ITracer
    {
        try
        {
            var state = new WorldState(pre);
            var block = StateTestBlock.For(test, post.Fork);
            if (!test.Transaction.TryBuild(post.DataIndex, post.GasIndex, post.ValueIndex, out var transaction, out var buildError))
                return Rejected(file, test, post, buildError, RootAfterRejection(test, post, state, block, preRoot));
            var outcome = processor.Execute(state, transaction, block, post.Fork, StateTestBlockHashes.Instance, ref tracer);
            if (!outcome.IsValid) return Rejected(file, test, post, outcome.Error, RootAfterRejection(test, post, state, block, preRoot));
            if (post.ExpectException is not null)
                return Result(file, test, post, pass: false, null, $"expected {post.ExpectException}, but the transaction is valid");

            var logsHash = LogsHash.Compute(outcome.Logs);
            TouchCoinbase(state, block, post.Fork);

            var root = StateRoot.Compute(state);
            if (root != post.StateRoot)
                return Result(file, test, post, pass: false, root, "state root mismatch" + StateDiff.Describe(state.ToAccounts(), post.State));
            if (logsHash != post.LogsHash)
                return Result(file, test, post, pass: false, root, $"logs hash {logsHash} != expected {post.LogsHash} ({outcome.Logs.Count} logs)");
            return Result(file, test, post, pass: true, root, null);
        }
        catch (Exception e)
        {
            return Result(file, test, post, pass: false, null, $"internal error: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// geth's runner credits the coinbase with 0 after the transaction: it exists (or, from
    /// Spurious Dragon, is deleted if empty) even when it earned nothing.
    /// </summary>
    private static void TouchCoinbase(WorldState state, BlockEnvironment block, Revision fork)
    {
        state.BeginTransaction(fork);
        state.AddBalance(block.Coinbase, default);
        state.CommitTransaction();
    }

    /// <summary>The pre-state's root, or for retesteth fills the root after t8n's zero reward to the coinbase (see <see cref="StateTest.TouchesCoinbaseOnRejection"/>).</summary>
    private static Hash256 RootAfterRejection(StateTest test, StateTestPost post, WorldState state, BlockEnvironment block, Lazy<Hash256> preRoot)
    {
        if (!test.TouchesCoinbaseOnRejection) return preRoot.Value;
        TouchCoinbase(state, block, post.Fork);
        return StateRoot.Compute(state);
    }

    private static StateTestResult Rejected(string file, StateTest test, StateTestPost post, TransactionError error, Hash256 root)
    {
        if (post.ExpectException is null)
            return Result(file, test, post, pass: false, root, $"transaction rejected ({TransactionErrorNames.FixtureName(error)}) but expected valid");
        bool pass = root == post.StateRoot;
        return Result(file, test, post, pass, root, pass ? null : "rejected as expected, but the state root differs");
    }

    private static StateTestResult Result(string file, StateTest test, StateTestPost post, bool pass, Hash256? root, string? error) =>
        new(file, test.Name, RevisionNames.FixtureName(post.Fork), post.DataIndex, post.GasIndex, post.ValueIndex, pass, root, post.StateRoot, error);
}
