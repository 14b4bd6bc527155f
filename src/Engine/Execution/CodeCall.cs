using Csevm.Numerics;
using Csevm.Precompiles;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;
using Csevm.Tracing;

namespace Csevm.Execution;

/// <summary>
/// Bytecode run as the top-level call of a transaction: a funded caller calls an account holding
/// the code, in an otherwise empty state, with the accounts a transaction starts warm (sender,
/// recipient and precompiles by EIP-2929, the coinbase by EIP-3651). This is what <c>csevm run</c>
/// and <c>csevm bench</c> execute and what the whole-program benchmarks time; the addresses follow
/// ../shared/peers' conventions so results compare one to one with the peer engines.
/// </summary>
public static class CodeCall
{
    public static readonly Address Caller = Address.Parse("0x19e7e376e7c213b7e7e7e46cc70a5dd086daff2a");
    public static readonly Address Callee = Address.Parse("0xc0de00000000000000000000000000000000c0de");
    private static readonly UInt256 CallerBalance = UInt256.Parse("1000000000000000000000000"); // 10^24 wei

    /// <summary>The funded caller and the callee holding <paramref name="code"/>.</summary>
    public static InMemoryStateSource PreState(byte[] code) => new(new Dictionary<Address, Account>
    {
        [Caller] = new Account(0, CallerBalance),
        [Callee] = new Account(1, UInt256.Zero, code),
    });

    /// <summary>Block 1 at time 1 with a gas limit no call reaches; everything else zero.</summary>
    public static TxContext Context => new() { Origin = Caller, GasLimit = long.MaxValue / 2, BlockNumber = 1, Timestamp = 1 };

    /// <summary>Runs the call as one transaction on <paramref name="state"/>, left uncommitted (commit or revert it next).</summary>
    public static CallResult Run<TTracer>(MessageExecutor executor, WorldState state, TxContext context,
        Revision revision, ReadOnlyMemory<byte> input, long gas, ref TTracer tracer)
        where TTracer : struct, ITracer
    {
        state.BeginTransaction(revision);
        if (revision >= Revision.Berlin)
        {
            state.AccessAccount(Caller);
            state.AccessAccount(Callee);
            foreach (var precompile in PrecompileRegistry.ActiveAddresses(revision)) state.AccessAccount(precompile);
        }
        if (revision >= Revision.Shanghai) state.AccessAccount(context.Coinbase);
        var message = new Message
        {
            Kind = CallKind.Call,
            Gas = gas,
            Sender = Caller,
            Recipient = Callee,
            CodeAddress = Callee,
            Input = input,
        };
        var result = executor.Execute(state, context, ZeroBlockHashes.Instance, message, ref tracer);
        if (TTracer.IsEnabled) tracer.OnTransactionEnd(result.Output.Span, gas - result.GasLeft, result.Status);
        return result;
    }

    /// <summary>BLOCKHASH answers zero: there is no chain behind the call.</summary>
    private sealed class ZeroBlockHashes : IBlockHashSource
    {
        public static readonly ZeroBlockHashes Instance = new();
        public Hash256 GetBlockHash(long number) => Hash256.Zero;
    }
}
