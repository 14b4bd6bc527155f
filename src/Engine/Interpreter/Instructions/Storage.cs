using Csevm.Execution;
using Csevm.Interpreter.Gas;
using Csevm.Spec;

namespace Csevm.Interpreter.Instructions;

/// <summary>SLOAD, SSTORE (priced from the host's <see cref="StorageStatus"/> per regime), TLOAD, TSTORE.</summary>
internal static unsafe class Storage
{
    /// <summary>EIP-2200: SSTORE needs more than the call stipend left, so a 2300-gas callee cannot write.</summary>
    private const long SstoreSentry = 2300;

    public static ExecutionStatus SLoad<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        ref var key = ref f.Top[0];
        var recipient = f.Message.Recipient;
        if (TFork.Revision >= Revision.Berlin
            && f.Host.AccessStorage(recipient, key) == AccessStatus.Cold
            && !f.TryCharge(AccessGas.ColdSloadSurcharge))
            return ExecutionStatus.OutOfGas;
        key = f.Host.GetStorage(recipient, key);
        return Step.Continue;
    }

    public static ExecutionStatus SStore<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        if (f.Message.IsStatic) return ExecutionStatus.StaticModeViolation;
        if (TFork.Revision >= Revision.Istanbul && f.Gas <= SstoreSentry) return ExecutionStatus.OutOfGas;
        var top = f.Top;
        f.Top = top - 2;
        var recipient = f.Message.Recipient;
        long cold = TFork.Revision >= Revision.Berlin && f.Host.AccessStorage(recipient, top[0]) == AccessStatus.Cold
            ? AccessGas.ColdSload
            : 0;
        var status = f.Host.SetStorage(recipient, top[0], top[-1]);
        var cost = StorageCosts.Get(TFork.Revision, status);
        if (!f.TryCharge(cost.Gas + cold)) return ExecutionStatus.OutOfGas;
        f.Refund += cost.Refund;
        return Step.Continue;
    }

    public static ExecutionStatus TLoad<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        ref var key = ref f.Top[0];
        key = f.Host.GetTransientStorage(f.Message.Recipient, key);
        return Step.Continue;
    }

    public static ExecutionStatus TStore<TFork, THost>(Frame<THost> f)
        where TFork : struct, IFork
        where THost : struct, IHost
    {
        if (f.Message.IsStatic) return ExecutionStatus.StaticModeViolation;
        var top = f.Top;
        f.Top = top - 2;
        f.Host.SetTransientStorage(f.Message.Recipient, top[0], top[-1]);
        return Step.Continue;
    }
}
