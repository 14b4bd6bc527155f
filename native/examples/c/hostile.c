/*
 * Hostile calls on every plain C API function: NULL for every pointer, forged, freed and
 * wrong-kind handles, impossible lengths, unknown revisions. Each must return its error code;
 * the process must survive to print the verdict.
 */
#include "csevm.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int failures;

#define EXPECT(code, call)                                                                      \
    do {                                                                                        \
        int got = (call);                                                                       \
        if (got != (code)) {                                                                    \
            fprintf(stderr, "FAIL %s:%d: %s returned %d, expected %d (%s)\n", __FILE__, __LINE__, #call, got, \
                    (code), csevm_last_error());                                                \
            failures++;                                                                         \
        }                                                                                       \
    } while (0)

int main(void)
{
    csevm_state* state = NULL;
    csevm_result* result = NULL;
    csevm_address a = {{1}};
    csevm_word w = {{0}};
    uint64_t n = 0;
    size_t size = 0;
    uint8_t buffer[8];
    csevm_block block = {.gas_limit = 30000000, .chain_id = 1};
    csevm_call call = {.gas = 100000};
    csevm_transaction tx = {.gas_limit = 21000};
    csevm_result_info info;
    csevm_log log;
    csevm_state_test_summary summary;

    EXPECT(CSEVM_OK, csevm_state_create(&state));
    EXPECT(CSEVM_OK, csevm_execute_call(state, CSEVM_CANCUN, &block, &call, &result));

    /* NULL for each required pointer. */
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_state_create(NULL));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_state_set_balance(state, NULL, &w));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_state_set_balance(state, &a, NULL));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_state_get_balance(state, &a, NULL));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_state_set_nonce(state, NULL, 1));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_state_get_nonce(state, &a, NULL));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_state_set_code(state, NULL, buffer, 1));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_state_get_code(state, &a, buffer, sizeof buffer, NULL));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_state_set_storage(state, &a, NULL, &w));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_state_get_storage(state, &a, &w, NULL));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_state_root(state, NULL));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_execute_call(state, CSEVM_CANCUN, NULL, &call, &result));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_execute_call(state, CSEVM_CANCUN, &block, NULL, &result));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_execute_call(state, CSEVM_CANCUN, &block, &call, NULL));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_execute_transaction(state, CSEVM_CANCUN, &block, NULL, &result));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_result_get_info(result, NULL));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_result_output(result, NULL, 0, NULL));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_result_log(result, 0, NULL, NULL, 0, &size));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_run_state_tests(NULL, NULL, &summary));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_run_state_tests("/tmp", NULL, NULL));

    /* Lengths that cannot be right. */
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_state_set_code(state, &a, NULL, 1));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_state_set_code(state, &a, buffer, SIZE_MAX));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_state_get_code(state, &a, NULL, 100, &size));
    call.input_size = 1u << 20; /* with a NULL input */
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_execute_call(state, CSEVM_CANCUN, &block, &call, &result));
    call.input_size = 0;
    call.gas = -5;
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_execute_call(state, CSEVM_CANCUN, &block, &call, &result));
    call.gas = 100000;
    tx.data_size = SIZE_MAX;
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_execute_transaction(state, CSEVM_CANCUN, &block, &tx, &result));
    tx.data_size = 0;
    tx.type = 7;
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_execute_transaction(state, CSEVM_CANCUN, &block, &tx, &result));
    tx.type = 0;
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_result_log(result, SIZE_MAX, &log, NULL, 0, &size));

    /* The extras of types 1, 3 and 4: NULL lists with counts, huge counts, lists the type cannot carry. */
    csevm_access_list_entry entry = {.storage_key_count = 3}; /* NULL keys */
    csevm_authorization authorization = {.y_parity = 0};
    csevm_transaction_extras extras = {.access_list_count = 1}; /* NULL access list */
    tx.type = 1;
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_execute_transaction_ex(state, CSEVM_PRAGUE, &block, &tx, &extras, &result));
    extras.access_list = &entry;
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_execute_transaction_ex(state, CSEVM_PRAGUE, &block, &tx, &extras, &result));
    entry.storage_keys = &w;
    entry.storage_key_count = SIZE_MAX;
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_execute_transaction_ex(state, CSEVM_PRAGUE, &block, &tx, &extras, &result));
    extras.access_list_count = 0;
    tx.type = 3;
    extras.blob_versioned_hash_count = 2; /* NULL hashes */
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_execute_transaction_ex(state, CSEVM_PRAGUE, &block, &tx, &extras, &result));
    extras.blob_versioned_hashes = &w;
    extras.blob_versioned_hash_count = SIZE_MAX;
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_execute_transaction_ex(state, CSEVM_PRAGUE, &block, &tx, &extras, &result));
    extras.blob_versioned_hash_count = 0;
    tx.type = 4;
    extras.authorization_count = 5; /* NULL authorizations */
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_execute_transaction_ex(state, CSEVM_PRAGUE, &block, &tx, &extras, &result));
    extras.authorizations = &authorization;
    extras.authorization_count = SIZE_MAX;
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_execute_transaction_ex(state, CSEVM_PRAGUE, &block, &tx, &extras, &result));
    extras.authorization_count = 1;
    tx.type = 2; /* a type-2 transaction has no authorization list */
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_execute_transaction_ex(state, CSEVM_PRAGUE, &block, &tx, &extras, &result));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_execute_transaction_ex(state, CSEVM_PRAGUE, &block, NULL, &extras, &result));
    EXPECT(CSEVM_ERROR_INVALID_ARGUMENT, csevm_execute_transaction_ex(state, CSEVM_PRAGUE, &block, &tx, &extras, NULL));
    tx.type = 0;

    /* Unknown revisions and forks. */
    EXPECT(CSEVM_ERROR_UNKNOWN_REVISION, csevm_execute_call(state, -1, &block, &call, &result));
    EXPECT(CSEVM_ERROR_UNKNOWN_REVISION, csevm_execute_call(state, 15, &block, &call, &result));
    EXPECT(CSEVM_ERROR_UNKNOWN_REVISION, csevm_execute_transaction(state, 1000, &block, &tx, &result));
    EXPECT(CSEVM_ERROR_UNKNOWN_REVISION, csevm_run_state_tests("/tmp", "Atlantis", &summary));
    EXPECT(CSEVM_ERROR_IO, csevm_run_state_tests("/no/such/path.json", NULL, &summary));

    /* Forged and wrong-kind handles. */
    csevm_state* forged[] = {(csevm_state*)1, (csevm_state*)0xdeadbeef, (csevm_state*)UINTPTR_MAX, (csevm_state*)&a};
    for (size_t i = 0; i < sizeof forged / sizeof forged[0]; i++) {
        EXPECT(CSEVM_ERROR_INVALID_HANDLE, csevm_state_get_nonce(forged[i], &a, &n));
        EXPECT(CSEVM_ERROR_INVALID_HANDLE, csevm_state_free(forged[i]));
        EXPECT(CSEVM_ERROR_INVALID_HANDLE, csevm_result_get_info((csevm_result*)forged[i], &info));
    }
    EXPECT(CSEVM_ERROR_INVALID_HANDLE, csevm_state_root(NULL, &w));
    EXPECT(CSEVM_ERROR_INVALID_HANDLE, csevm_state_root((csevm_state*)result, &w));
    EXPECT(CSEVM_ERROR_INVALID_HANDLE, csevm_result_output((csevm_result*)state, buffer, sizeof buffer, &size));
    EXPECT(CSEVM_ERROR_INVALID_HANDLE, csevm_result_free((csevm_result*)state));

    /* Double frees, and use after free. */
    EXPECT(CSEVM_OK, csevm_result_free(result));
    EXPECT(CSEVM_ERROR_INVALID_HANDLE, csevm_result_free(result));
    EXPECT(CSEVM_ERROR_INVALID_HANDLE, csevm_result_get_info(result, &info));
    EXPECT(CSEVM_OK, csevm_state_free(state));
    EXPECT(CSEVM_ERROR_INVALID_HANDLE, csevm_state_free(state));
    EXPECT(CSEVM_ERROR_INVALID_HANDLE, csevm_execute_call(state, CSEVM_CANCUN, &block, &call, &result));

    if (csevm_last_error()[0] == '\0') {
        fprintf(stderr, "FAIL: csevm_last_error() is empty after errors\n");
        failures++;
    }
    printf("c hostile calls: %s\n", failures ? "FAILED" : "passed");
    return failures ? 1 : 0;
}
