using Csevm.Interop;
using Csevm.Native.CApi;
using Csevm.Native.Evmc;

namespace Csevm.Native.Tests;

/// <summary>Hostile calls on the execution half of the C API.</summary>
public unsafe class HostileExecutionCallTests
{
    public HostileExecutionCallTests() => BuiltLibrary.Use();

    private static nint NewState()
    {
        nint state;
        Assert.Equal(0, NativeMethods.Raw.StateCreate(&state));
        return state;
    }

    private static nint RunCall(nint state)
    {
        var block = new CsevmBlock { GasLimit = 30_000_000, ChainId = 1 };
        var call = new CsevmCall { Gas = 50_000 };
        nint result;
        Assert.Equal(0, NativeMethods.Raw.ExecuteCall(state, 12, &block, &call, &result));
        return result;
    }

    [NativeFact]
    public void AResultIsNotAStateAndAStateIsNotAResult()
    {
        nint state = NewState();
        nint result = RunCall(state);
        var root = default(EvmcBytes32);
        CsevmResultInfo info;
        Assert.Equal((int)CsevmError.InvalidHandle, NativeMethods.Raw.Root(result, &root));
        Assert.Equal((int)CsevmError.InvalidHandle, NativeMethods.Raw.ResultInfo(state, &info));
        Assert.Equal((int)CsevmError.InvalidHandle, NativeMethods.csevm_state_free(result));
        Assert.Equal((int)CsevmError.InvalidHandle, NativeMethods.csevm_result_free(state));
        Assert.Equal(0, NativeMethods.csevm_result_free(result));
        Assert.Equal((int)CsevmError.InvalidHandle, NativeMethods.csevm_result_free(result));
        Assert.Equal(0, NativeMethods.csevm_state_free(state));
    }

    [NativeFact]
    public void NullAndInconsistentExecutionArgumentsAreInvalid()
    {
        nint state = NewState();
        var block = new CsevmBlock { GasLimit = 30_000_000, ChainId = 1 };
        var call = new CsevmCall { Gas = 50_000, InputSize = 64 };  // NULL input with a size
        var transaction = new CsevmTransaction { Type = 2, GasLimit = 21_000, DataSize = 3 };
        nint result;
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.ExecuteCall(state, 12, &block, &call, &result));
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.ExecuteCall(state, 12, null, &call, &result));
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.ExecuteCall(state, 12, &block, null, &result));
        call.InputSize = 0;
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.ExecuteCall(state, 12, &block, &call, null));
        call.Gas = -1;
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.ExecuteCall(state, 12, &block, &call, &result));
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.ExecuteTransaction(state, 12, &block, &transaction, &result));
        transaction.DataSize = 0;
        transaction.Type = 5;  // no such type
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.ExecuteTransaction(state, 12, &block, &transaction, &result));
        transaction.Type = -1;
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.ExecuteTransaction(state, 12, &block, &transaction, &result));
        transaction.Type = 3;  // a blob transaction without extras has no blobs: a rule of the chain, not of the C API
        Assert.Equal((int)CsevmError.InvalidTransaction, NativeMethods.Raw.ExecuteTransaction(state, 12, &block, &transaction, &result));
        transaction.Type = 0;
        Assert.Equal((int)CsevmError.UnknownRevision, NativeMethods.Raw.ExecuteTransaction(state, 15, &block, &transaction, &result));
        Assert.Equal((int)CsevmError.UnknownRevision, NativeMethods.Raw.ExecuteTransaction(state, int.MinValue, &block, &transaction, &result));
        Assert.Equal(0, NativeMethods.csevm_state_free(state));
    }

    /// <summary>csevm_execute_transaction_ex at Prague of an empty transaction of <paramref name="type"/> with <paramref name="extras"/>.</summary>
    private static int ExecuteWithExtras(nint state, int type, CsevmTransactionExtras* extras)
    {
        var block = new CsevmBlock { GasLimit = 30_000_000, ChainId = 1 };
        var transaction = new CsevmTransaction { Type = type, GasLimit = 100_000 };
        nint result;
        int error = NativeMethods.Raw.ExecuteTransactionEx(state, 13, &block, &transaction, extras, &result);
        if (error == 0) Assert.Equal(0, NativeMethods.csevm_result_free(result));
        return error;
    }

    [NativeFact]
    public void NullListsWithCountsAndListsTheTypeCannotCarryAreInvalid()
    {
        nint state = NewState();
        var key = default(EvmcBytes32);
        var authorization = default(CsevmAuthorization);
        var nullKeys = new CsevmAccessListEntry { StorageKeys = null, StorageKeyCount = 1 };
        var hugeKeys = new CsevmAccessListEntry { StorageKeys = &key, StorageKeyCount = nuint.MaxValue };
        var oneKey = new CsevmAccessListEntry { StorageKeys = &key, StorageKeyCount = 1 };
        var cases = new (int Type, CsevmTransactionExtras Extras)[]
        {
            (4, new CsevmTransactionExtras { AccessListCount = 1 }),
            (4, new CsevmTransactionExtras { AccessList = &nullKeys, AccessListCount = 1 }),
            (4, new CsevmTransactionExtras { AccessList = &hugeKeys, AccessListCount = 1 }),
            (4, new CsevmTransactionExtras { AuthorizationCount = 3 }),
            (4, new CsevmTransactionExtras { Authorizations = &authorization, AuthorizationCount = nuint.MaxValue }),
            (3, new CsevmTransactionExtras { BlobVersionedHashCount = 2 }),
            (3, new CsevmTransactionExtras { BlobVersionedHashes = &key, BlobVersionedHashCount = (nuint)int.MaxValue + 1 }),
            // Lists an encoded transaction of that type has no field for.
            (3, new CsevmTransactionExtras { Authorizations = &authorization, AuthorizationCount = 1 }),
            (0, new CsevmTransactionExtras { AccessList = &oneKey, AccessListCount = 1 }),
            (2, new CsevmTransactionExtras { BlobVersionedHashes = &key, BlobVersionedHashCount = 1 }),
        };
        foreach (var (type, extras) in cases)
        {
            var copy = extras;
            Assert.Equal((int)CsevmError.InvalidArgument, ExecuteWithExtras(state, type, &copy));
        }
        // NULL extras is the plain call with every list empty: a free type-2 transaction in a block without base fee runs.
        Assert.Equal(0, ExecuteWithExtras(state, 2, null));
        Assert.Equal(0, NativeMethods.csevm_state_free(state));
    }

    [NativeFact]
    public void LogIndexPastTheEndIsInvalid()
    {
        nint state = NewState();
        nint result = RunCall(state);
        CsevmLog log;
        nuint size;
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.ResultLog(result, 0, &log, null, 0, &size));
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.ResultLog(result, nuint.MaxValue, &log, null, 0, &size));
        Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.ResultLog(result, 0, null, null, 0, &size));
        Assert.Equal(0, NativeMethods.csevm_result_free(result));
        Assert.Equal(0, NativeMethods.csevm_state_free(state));
    }

    [NativeFact]
    public void StateTestRunsRejectNullsUnknownForksAndJunkFiles()
    {
        CsevmStateTestSummary summary;
        var junk = Path.GetTempFileName();
        File.WriteAllText(junk, "{ this is not json");
        try
        {
            fixed (byte* path = System.Text.Encoding.UTF8.GetBytes(junk + "\0"))
            fixed (byte* fork = "Atlantis\0"u8)
            {
                Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.RunStateTests(null, null, &summary));
                Assert.Equal((int)CsevmError.InvalidArgument, NativeMethods.Raw.RunStateTests(path, null, null));
                Assert.Equal((int)CsevmError.UnknownRevision, NativeMethods.Raw.RunStateTests(path, fork, &summary));
                Assert.Equal((int)CsevmError.Format, NativeMethods.Raw.RunStateTests(path, null, &summary));
            }
        }
        finally
        {
            File.Delete(junk);
        }
    }
}
