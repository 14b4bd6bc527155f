using System.Runtime.InteropServices;
using Csevm.Native.CApi;
using Csevm.Native.Evmc;

namespace Csevm.Interop;

/// <summary>The C API of csevm.h, one declaration per function. Raw: callers check the int results.</summary>
public static unsafe partial class NativeMethods
{
    static NativeMethods() => CsevmLibrary.EnsureResolver();

    [LibraryImport(CsevmLibrary.Name)] public static partial nint csevm_last_error();
    [LibraryImport(CsevmLibrary.Name)] public static partial nint csevm_version();

    [LibraryImport(CsevmLibrary.Name)] public static partial int csevm_state_create(out StateSafeHandle state);
    /// <summary>Raw: takes the handle's number so tests can free twice or pass made-up handles.</summary>
    [LibraryImport(CsevmLibrary.Name)] public static partial int csevm_state_free(nint state);
    [LibraryImport(CsevmLibrary.Name)] public static partial int csevm_state_set_balance(StateSafeHandle state, in EvmcAddress address, in EvmcBytes32 balance);
    [LibraryImport(CsevmLibrary.Name)] public static partial int csevm_state_get_balance(StateSafeHandle state, in EvmcAddress address, out EvmcBytes32 balance);
    [LibraryImport(CsevmLibrary.Name)] public static partial int csevm_state_set_nonce(StateSafeHandle state, in EvmcAddress address, ulong nonce);
    [LibraryImport(CsevmLibrary.Name)] public static partial int csevm_state_get_nonce(StateSafeHandle state, in EvmcAddress address, out ulong nonce);
    [LibraryImport(CsevmLibrary.Name)] public static partial int csevm_state_set_code(StateSafeHandle state, in EvmcAddress address, byte* code, nuint codeSize);
    [LibraryImport(CsevmLibrary.Name)] public static partial int csevm_state_get_code(StateSafeHandle state, in EvmcAddress address, byte* buffer, nuint capacity, out nuint size);
    [LibraryImport(CsevmLibrary.Name)] public static partial int csevm_state_set_storage(StateSafeHandle state, in EvmcAddress address, in EvmcBytes32 key, in EvmcBytes32 value);
    [LibraryImport(CsevmLibrary.Name)] public static partial int csevm_state_get_storage(StateSafeHandle state, in EvmcAddress address, in EvmcBytes32 key, out EvmcBytes32 value);
    [LibraryImport(CsevmLibrary.Name)] public static partial int csevm_state_root(StateSafeHandle state, out EvmcBytes32 root);

    [LibraryImport(CsevmLibrary.Name)] public static partial int csevm_execute_transaction(StateSafeHandle state, int revision, in CsevmBlock block, in CsevmTransaction transaction, out ResultSafeHandle result);
    [LibraryImport(CsevmLibrary.Name)] public static partial int csevm_execute_transaction_ex(StateSafeHandle state, int revision, in CsevmBlock block, in CsevmTransaction transaction, in CsevmTransactionExtras extras, out ResultSafeHandle result);
    [LibraryImport(CsevmLibrary.Name)] public static partial int csevm_execute_call(StateSafeHandle state, int revision, in CsevmBlock block, in CsevmCall call, out ResultSafeHandle result);
    [LibraryImport(CsevmLibrary.Name)] public static partial int csevm_result_get_info(ResultSafeHandle result, out CsevmResultInfo info);
    [LibraryImport(CsevmLibrary.Name)] public static partial int csevm_result_output(ResultSafeHandle result, byte* buffer, nuint capacity, out nuint size);
    [LibraryImport(CsevmLibrary.Name)] public static partial int csevm_result_log(ResultSafeHandle result, nuint index, out CsevmLog log, byte* data, nuint capacity, out nuint size);
    /// <summary>Raw: takes the handle's number so tests can free twice or pass made-up handles.</summary>
    [LibraryImport(CsevmLibrary.Name)] public static partial int csevm_result_free(nint result);
    [LibraryImport(CsevmLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int csevm_run_state_tests(string path, string? fork, out CsevmStateTestSummary summary);

    /// <summary>The EVMC entry point: a new VM instance (free it with its destroy), or null.</summary>
    [LibraryImport(CsevmLibrary.Name)] public static partial EvmcVm* evmc_create_csevm();

    /// <summary>The same functions on raw handle numbers and pointers, for hostile-call tests.</summary>
    public static partial class Raw
    {
        [LibraryImport(CsevmLibrary.Name, EntryPoint = "csevm_state_create")] public static partial int StateCreate(nint* state);
        [LibraryImport(CsevmLibrary.Name, EntryPoint = "csevm_state_set_balance")] public static partial int SetBalance(nint state, void* address, void* balance);
        [LibraryImport(CsevmLibrary.Name, EntryPoint = "csevm_state_get_nonce")] public static partial int GetNonce(nint state, void* address, ulong* nonce);
        [LibraryImport(CsevmLibrary.Name, EntryPoint = "csevm_state_set_code")] public static partial int SetCode(nint state, void* address, byte* code, nuint codeSize);
        [LibraryImport(CsevmLibrary.Name, EntryPoint = "csevm_state_get_code")] public static partial int GetCode(nint state, void* address, byte* buffer, nuint capacity, nuint* size);
        [LibraryImport(CsevmLibrary.Name, EntryPoint = "csevm_state_root")] public static partial int Root(nint state, void* root);
        [LibraryImport(CsevmLibrary.Name, EntryPoint = "csevm_execute_call")] public static partial int ExecuteCall(nint state, int revision, void* block, void* call, nint* result);
        [LibraryImport(CsevmLibrary.Name, EntryPoint = "csevm_execute_transaction")] public static partial int ExecuteTransaction(nint state, int revision, void* block, void* transaction, nint* result);
        [LibraryImport(CsevmLibrary.Name, EntryPoint = "csevm_execute_transaction_ex")] public static partial int ExecuteTransactionEx(nint state, int revision, void* block, void* transaction, void* extras, nint* result);
        [LibraryImport(CsevmLibrary.Name, EntryPoint = "csevm_result_get_info")] public static partial int ResultInfo(nint result, void* info);
        [LibraryImport(CsevmLibrary.Name, EntryPoint = "csevm_result_log")] public static partial int ResultLog(nint result, nuint index, void* log, byte* data, nuint capacity, nuint* size);
        [LibraryImport(CsevmLibrary.Name, EntryPoint = "csevm_run_state_tests")] public static partial int RunStateTests(byte* path, byte* fork, void* summary);
    }
}
