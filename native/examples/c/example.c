/*
 * The csevm plain C API from C: builds a small state, reads it back, checks its state root, and
 * checks that misuse comes back as error codes.
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

/* The program every example runs: one contract account with balance, nonce, code and a storage slot. */
static const uint8_t code[] = {0x60, 0x2a, 0x60, 0x00, 0x55, 0x00}; /* SSTORE(0, 42) STOP */
static const char* empty_root = "56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";
static const char* expected_root = "7158787e51fd38d3e2216fae2165ec0f67b51e17cbe258d9ac2637db2ca973b3";

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
