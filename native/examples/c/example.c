/*
 * The csevm plain C API from C: builds a small state, reads it back and checks its state root;
 * deploys a counter contract with a transaction, calls it, checks its storage, output and logs;
 * and checks that misuse comes back as error codes.
 *
 *   gcc -I native/include example.c -L<dir of libcsevm.so> -lcsevm -Wl,-rpath,<dir> -o example
 */
#include "csevm.h"

#include <stdio.h>
#include <string.h>

static int failures;

#define CHECK(cond, ...)                                         \
    do {                                                         \
        if (!(cond)) {                                           \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
            fprintf(stderr, __VA_ARGS__);                        \
            fprintf(stderr, " (last error: %s)\n", csevm_last_error()); \
            failures++;                                          \
        }                                                        \
    } while (0)

static csevm_word word(uint64_t value)
{
    csevm_word w = {{0}};
    for (int i = 0; i < 8; i++) w.bytes[31 - i] = (uint8_t)(value >> (8 * i));
    return w;
}

static int hex_equals(const csevm_word* w, const char* hex)
{
    char text[65];
    for (int i = 0; i < 32; i++) sprintf(text + 2 * i, "%02x", w->bytes[i]);
    return strcmp(text, hex) == 0;
}

/* The program every example runs, part 1: one account with balance, nonce, code and a storage slot. */
static const uint8_t code[] = {0x60, 0x2a, 0x60, 0x00, 0x55, 0x00}; /* SSTORE(0, 42) STOP */
static const char* empty_root = "56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";
static const char* expected_root = "7158787e51fd38d3e2216fae2165ec0f67b51e17cbe258d9ac2637db2ca973b3";

/* Part 2: a counter. Each call adds one to slot 0, logs the new value (LOG0) and returns it. */
static const uint8_t counter_init[] = {
    0x60, 0x17, 0x60, 0x0c, 0x60, 0x00, 0x39,       /* CODECOPY(0, 12, 23): the runtime below */
    0x60, 0x17, 0x60, 0x00, 0xf3,                   /* RETURN(0, 23) */
    0x60, 0x00, 0x54, 0x60, 0x01, 0x01, 0x80,       /* SLOAD(0) + 1, twice on the stack */
    0x60, 0x00, 0x55, 0x60, 0x00, 0x52,             /* SSTORE(0, v) MSTORE(0, v) */
    0x60, 0x20, 0x60, 0x00, 0xa0,                   /* LOG0(0, 32) */
    0x60, 0x20, 0x60, 0x00, 0xf3,                   /* RETURN(0, 32) */
};

static void deploy_and_call(csevm_state* state)
{
    csevm_address sender;
    memset(sender.bytes, 0x11, sizeof sender.bytes);
    csevm_word funds = word(1000000000000000000ull);
    CHECK(csevm_state_set_balance(state, &sender, &funds) == CSEVM_OK, "fund sender");

    csevm_block block;
    memset(&block, 0, sizeof block);
    block.number = 1;
    block.timestamp = 1700000000;
    block.gas_limit = 30000000;
    block.base_fee = word(7);
    block.chain_id = 1;

    csevm_transaction deploy;
    memset(&deploy, 0, sizeof deploy);
    deploy.type = 2;
    deploy.is_create = 1;
    deploy.sender = sender;
    deploy.gas_limit = 200000;
    deploy.max_fee_per_gas = word(10);
    deploy.max_priority_fee_per_gas = word(1);
    deploy.data = counter_init;
    deploy.data_size = sizeof counter_init;
    csevm_result* result = NULL;
    csevm_result_info info;
    CHECK(csevm_execute_transaction(state, CSEVM_CANCUN, &block, &deploy, &result) == CSEVM_OK, "deploy");
    CHECK(csevm_result_get_info(result, &info) == CSEVM_OK && info.status == 0 && info.created == 1, "deployed (status %d)", info.status);
    csevm_address counter = info.created_address;
    size_t size = 0;
    CHECK(csevm_state_get_code(state, &counter, NULL, 0, &size) == CSEVM_OK && size == 23, "runtime code is %zu bytes", size);
    CHECK(csevm_result_free(result) == CSEVM_OK, "free result");
    CHECK(csevm_result_free(result) == CSEVM_ERROR_INVALID_HANDLE, "second free of a result");

    csevm_call call;
    memset(&call, 0, sizeof call);
    call.sender = sender;
    call.recipient = counter;
    call.gas = 100000;
    for (uint64_t expected = 1; expected <= 2; expected++) {
        CHECK(csevm_execute_call(state, CSEVM_CANCUN, &block, &call, &result) == CSEVM_OK, "call");
        CHECK(csevm_result_get_info(result, &info) == CSEVM_OK && info.status == 0 && info.output_size == 32 && info.log_count == 1,
              "call %llu: status %d", (unsigned long long)expected, info.status);
        csevm_word output, want = word(expected);
        CHECK(csevm_result_output(result, output.bytes, sizeof output.bytes, &size) == CSEVM_OK && memcmp(&output, &want, 32) == 0, "output");
        csevm_log log;
        csevm_word data;
        CHECK(csevm_result_log(result, 0, &log, data.bytes, sizeof data.bytes, &size) == CSEVM_OK && log.topic_count == 0 &&
              memcmp(&log.address, &counter, sizeof counter) == 0 && memcmp(&data, &want, 32) == 0, "log");
        CHECK(csevm_result_log(result, 1, &log, NULL, 0, &size) == CSEVM_ERROR_INVALID_ARGUMENT, "log past the end");
        csevm_result_free(result);
    }
    csevm_word key = word(0), stored, two = word(2);
    CHECK(csevm_state_get_storage(state, &counter, &key, &stored) == CSEVM_OK && memcmp(&stored, &two, 32) == 0, "counter slot 0 is 2");

    /* A type-1 (EIP-2930) transaction whose access list warms the counter's slot 0. Only the C example
     * runs it: csevm_execute_transaction_ex and its extras are C-only so far. */
    csevm_access_list_entry warm = {.address = counter, .storage_keys = &key, .storage_key_count = 1};
    csevm_transaction_extras extras = {.access_list = &warm, .access_list_count = 1};
    csevm_transaction listed;
    memset(&listed, 0, sizeof listed);
    listed.type = 1;
    listed.sender = sender;
    listed.to = counter;
    listed.nonce = 1;
    listed.gas_limit = 100000;
    listed.gas_price = word(9);
    CHECK(csevm_execute_transaction_ex(state, CSEVM_CANCUN, &block, &listed, &extras, &result) == CSEVM_OK, "type-1 transaction");
    /* 21000 + 2400 + 1900 intrinsic, then 3667 to run the counter with slot 0 warm (SLOAD 100, SSTORE 2 -> 3 2900, LOG0 631). */
    CHECK(csevm_result_get_info(result, &info) == CSEVM_OK && info.status == 0 && info.log_count == 1 && info.gas_used == 28967,
          "type-1 status %d, gas used %lld", info.status, (long long)info.gas_used);
    csevm_result_free(result);
    csevm_word three = word(3);
    CHECK(csevm_state_get_storage(state, &counter, &key, &stored) == CSEVM_OK && memcmp(&stored, &three, 32) == 0, "counter slot 0 is 3");

    /* A transaction with a stale nonce is invalid and changes nothing. */
    deploy.nonce = 0;
    CHECK(csevm_execute_transaction(state, CSEVM_CANCUN, &block, &deploy, &result) == CSEVM_ERROR_INVALID_TRANSACTION, "stale nonce");
    CHECK(strstr(csevm_last_error(), "NONCE") != NULL, "the error names the rule: %s", csevm_last_error());
    CHECK(csevm_execute_call(state, 99, &block, &call, &result) == CSEVM_ERROR_UNKNOWN_REVISION, "unknown revision");
    CHECK(csevm_execute_call(state, CSEVM_CANCUN, NULL, &call, &result) == CSEVM_ERROR_INVALID_ARGUMENT, "NULL block");
}

int main(void)
{
    CHECK(csevm_version()[0] != '\0', "empty version");

    csevm_state* state = NULL;
    CHECK(csevm_state_create(&state) == CSEVM_OK, "create");
    csevm_word root;
    CHECK(csevm_state_root(state, &root) == CSEVM_OK && hex_equals(&root, empty_root), "empty state root");

    csevm_address contract;
    memset(contract.bytes, 0xaa, sizeof contract.bytes);
    csevm_word balance = word(1000000000000000000ull), key = word(1), value = word(42);
    CHECK(csevm_state_set_balance(state, &contract, &balance) == CSEVM_OK, "set balance");
    CHECK(csevm_state_set_nonce(state, &contract, 1) == CSEVM_OK, "set nonce");
    CHECK(csevm_state_set_code(state, &contract, code, sizeof code) == CSEVM_OK, "set code");
    CHECK(csevm_state_set_storage(state, &contract, &key, &value) == CSEVM_OK, "set storage");

    csevm_word read;
    uint64_t nonce = 0;
    CHECK(csevm_state_get_balance(state, &contract, &read) == CSEVM_OK && memcmp(&read, &balance, 32) == 0, "balance");
    CHECK(csevm_state_get_nonce(state, &contract, &nonce) == CSEVM_OK && nonce == 1, "nonce %llu", (unsigned long long)nonce);
    CHECK(csevm_state_get_storage(state, &contract, &key, &read) == CSEVM_OK && memcmp(&read, &value, 32) == 0, "storage");
    size_t size = 0;
    uint8_t buffer[64];
    CHECK(csevm_state_get_code(state, &contract, NULL, 0, &size) == CSEVM_OK && size == sizeof code, "code size %zu", size);
    CHECK(csevm_state_get_code(state, &contract, buffer, sizeof buffer, &size) == CSEVM_OK && memcmp(buffer, code, sizeof code) == 0, "code");
    CHECK(csevm_state_root(state, &root) == CSEVM_OK && hex_equals(&root, expected_root), "state root");

    deploy_and_call(state);

    /* Misuse is an error code with a message, never a crash. */
    CHECK(csevm_state_get_code(state, &contract, buffer, 2, &size) == CSEVM_ERROR_BUFFER_TOO_SMALL && size == sizeof code, "small buffer");
    CHECK(csevm_state_set_balance(state, NULL, &balance) == CSEVM_ERROR_INVALID_ARGUMENT, "NULL address");
    CHECK(csevm_state_set_code(state, &contract, NULL, 10) == CSEVM_ERROR_INVALID_ARGUMENT, "NULL code with a length");
    CHECK(csevm_state_set_code(state, &contract, code, (size_t)-1) == CSEVM_ERROR_INVALID_ARGUMENT, "huge code length");
    CHECK(csevm_state_root((csevm_state*)0x1234, &root) == CSEVM_ERROR_INVALID_HANDLE, "made-up handle");
    CHECK(csevm_state_create(NULL) == CSEVM_ERROR_INVALID_ARGUMENT, "NULL out pointer");
    CHECK(strstr(csevm_last_error(), "NULL") != NULL, "last error names the problem: %s", csevm_last_error());
    CHECK(csevm_state_free(state) == CSEVM_OK, "free");
    CHECK(csevm_state_free(state) == CSEVM_ERROR_INVALID_HANDLE, "second free");
    CHECK(csevm_state_get_nonce(state, &contract, &nonce) == CSEVM_ERROR_INVALID_HANDLE, "use after free");

    printf("c example: %s\n", failures ? "FAILED" : "passed");
    return failures ? 1 : 0;
}
