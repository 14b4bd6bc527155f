using Csevm.Execution.Transactions;
using Csevm.Primitives;
using Csevm.Spec;
using Csevm.State;
using Csevm.Tracing;

namespace Csevm.Execution;

/// <summary>
/// Applies one transaction to a world state, composing the transaction rules
/// (<see cref="TransactionValidator"/>, <see cref="TransactionFees"/>, <see cref="GasAccounting"/>,
/// <see cref="AuthorizationProcessor"/>) with the <see cref="MessageExecutor"/>: validate, buy gas,
/// bump the nonce, pre-warm (EIP-2929/2930/3651), apply authorizations (EIP-7702), execute, refund,
/// pay the coinbase, commit (self-destructs, EIP-161). One per thread: it reuses its executor.
/// </summary>
public sealed class TransactionProcessor : IDisposable
{
    private readonly MessageExecutor _executor = new();

    public TransactionOutcome Execute(WorldState state, Transaction transaction, BlockEnvironment block, Revision revision, IBlockHashSource blockHashes)
    {
        var tracer = new NoTracer();
        return Execute(state, transaction, block, revision, blockHashes, ref tracer);
    }

    public TransactionOutcome Execute<TTracer>(WorldState state, Transaction transaction, BlockEnvironment block, Revision revision,
        IBlockHashSource blockHashes, ref TTracer tracer)
        where TTracer : struct, ITracer
    {
        state.BeginTransaction(revision);
        var senderAddress = transaction.Sender;
        ulong nonce = state.GetNonce(senderAddress);
        var sender = new SenderAccount(nonce, state.GetBalance(senderAddress), state.GetCode(senderAddress));
        var error = TransactionValidator.Validate(transaction, sender, block, revision, out var intrinsic);
        if (error != TransactionError.None) return TransactionOutcome.Invalid(error);

        var fees = TransactionFees.For(transaction, block, revision);
        state.SubtractBalance(senderAddress, fees.UpfrontCharge(transaction.GasLimit));
        state.IncrementNonce(senderAddress);

        var recipient = transaction.To ?? ContractAddress.ForCreate(senderAddress, nonce);
        TransactionWarmup.Apply(state, senderAddress, recipient, block.Coinbase, transaction.AccessList, revision);
        long authorizationRefund = revision >= Revision.Prague
            ? AuthorizationProcessor.ApplyAll(transaction.AuthorizationList, block.ChainId, state)
            : 0;

        var message = new Message
        {
            Kind = transaction.IsContractCreation ? CallKind.Create : CallKind.Call,
            Depth = 0,
            Gas = transaction.GasLimit - intrinsic.Standard,
            Sender = senderAddress,
            Recipient = recipient,
            CodeAddress = recipient,
            Value = transaction.Value,
            Input = transaction.Data,
        };
        var context = block.CreateTxContext(transaction, fees.EffectiveGasPrice);
        var result = _executor.Execute(state, context, blockHashes, message, ref tracer);

        long gasUsed = GasAccounting.GasUsed(transaction.GasLimit, result.GasLeft, result.GasRefund + authorizationRefund, intrinsic.Floor, revision);
        state.AddBalance(senderAddress, fees.SenderRefund(transaction.GasLimit, gasUsed));
        state.AddBalance(block.Coinbase, fees.CoinbaseReward(gasUsed));
        if (TTracer.IsEnabled) tracer.OnTransactionEnd(result.Output.Span, gasUsed, result.Status);
        state.CommitTransaction();

        var created = transaction.IsContractCreation && result.IsSuccess ? recipient : (Address?)null;
        return new TransactionOutcome(TransactionError.None, result.Status, gasUsed, result.Output, created, state.Logs);
    }

    public void Dispose() => _executor.Dispose();
}
