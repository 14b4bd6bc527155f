/*
 * csevm.h: the C interface of libcsevm.so, the csevm Ethereum Virtual Machine built with NativeAOT.
 *
 * Two ways in:
 *
 *  1. EVMC (ABI version 12). evmc_create_csevm() returns a struct evmc_vm*, declared in the EVMC
 *     project's evmc.h; the host owns the state and serves the VM through evmc_host_interface.
 *     Any EVMC host can load libcsevm.so by path.
 *
 *  2. The plain C API below, for embedders that want csevm to own the state: create a state, set
 *     accounts, code and storage, read them back, compute the state root.
 *
 * Conventions of the plain C API
 *  - Every function returns an int: CSEVM_OK (0) or a CSEVM_ERROR_* code. On error,
 *    csevm_last_error() describes it. No function aborts the process or lets an exception escape;
 *    bad handles, NULL pointers, impossible lengths and unknown revisions are errors.
 *  - Handles (csevm_state*) are opaque. They are not pointers into memory: a freed or made-up
 *    handle is reported as CSEVM_ERROR_INVALID_HANDLE, freeing twice included.
 *  - Addresses are 20 bytes; words (balances, storage keys and values, hashes) are 32 bytes,
 *    big-endian. Byte strings are (pointer, length); a NULL pointer is allowed with length 0.
 *  - Data the library returns is copied into the caller's buffer (see "Buffers"), so the caller
 *    owns all memory it sees; nothing needs freeing except the handles themselves.
 *  - Strings are NUL-terminated UTF-8.
 *  - A handle may be used from any thread; calls on the same handle are serialised.
 *
 * Buffers: functions that return variable-length data take (buffer, capacity, size*). They write
 * the data's length to *size. With buffer == NULL and capacity == 0 they only do that; with a
 * buffer of at least *size bytes they copy the data; with a smaller one they copy nothing and
 * return CSEVM_ERROR_BUFFER_TOO_SMALL.
 */
#ifndef CSEVM_H
#define CSEVM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- EVMC -------------------------------------------------------------------------------- */

struct evmc_vm;

/*
 * Creates a csevm EVMC VM instance (abi_version 12, name "csevm", capabilities EVMC_CAPABILITY_EVM1;
 * set_option knows no options yet). Returns NULL if the instance cannot be allocated. Free it with
 * vm->destroy(vm). execute() supports revisions 0 (Frontier) to 14 (Osaka); other revisions and
 * EOFCREATE are answered with EVMC_REJECTED, NULL or inconsistent arguments with
 * EVMC_INTERNAL_ERROR. Output buffers of results are freed by the result's release().
 */
struct evmc_vm* evmc_create_csevm(void);

/* ---- Plain C API: errors and version ----------------------------------------------------- */

enum csevm_error {
    CSEVM_OK = 0,
    CSEVM_ERROR_INVALID_ARGUMENT = 1, /* NULL where a pointer is required, a length that cannot be right */
    CSEVM_ERROR_INVALID_HANDLE = 2,   /* not a live handle of that kind (never made, freed, another kind) */
    CSEVM_ERROR_UNKNOWN_REVISION = 3, /* a revision outside 0 (Frontier) .. 14 (Osaka) */
    CSEVM_ERROR_BUFFER_TOO_SMALL = 4, /* *size holds the length needed; nothing was copied */
    CSEVM_ERROR_IO = 5,               /* a file could not be read */
    CSEVM_ERROR_FORMAT = 6,           /* a file is not in the expected format */
    CSEVM_ERROR_INTERNAL = 7          /* a bug in csevm; the message says what happened */
};

/* The calling thread's last error message: never NULL ("" before any error). The string stays
 * valid until the next failing csevm_ call on the same thread; copy it to keep it. */
const char* csevm_last_error(void);

/* The library version, e.g. "0.1.0". Static storage: never free it. */
const char* csevm_version(void);

/* ---- Plain C API: values ----------------------------------------------------------------- */

typedef struct csevm_address { uint8_t bytes[20]; } csevm_address;

/* A 256-bit big-endian number or a 32-byte hash. */
typedef struct csevm_word { uint8_t bytes[32]; } csevm_word;

/* ---- Plain C API: state ------------------------------------------------------------------ */

/* A world state owned by csevm: accounts (nonce, balance, code) and their storage. */
typedef struct csevm_state csevm_state;

/* Creates an empty state in *state. Free it with csevm_state_free. */
int csevm_state_create(csevm_state** state);

/* Frees a state. Freeing it again returns CSEVM_ERROR_INVALID_HANDLE. */
int csevm_state_free(csevm_state* state);

/* Setters create the account if it does not exist. Getters of a missing account read zeros. */
int csevm_state_set_balance(csevm_state* state, const csevm_address* address, const csevm_word* balance);
int csevm_state_get_balance(csevm_state* state, const csevm_address* address, csevm_word* balance);
int csevm_state_set_nonce(csevm_state* state, const csevm_address* address, uint64_t nonce);
int csevm_state_get_nonce(csevm_state* state, const csevm_address* address, uint64_t* nonce);
int csevm_state_set_code(csevm_state* state, const csevm_address* address, const uint8_t* code, size_t code_size);
/* Copies the account's code (see "Buffers"). */
int csevm_state_get_code(csevm_state* state, const csevm_address* address, uint8_t* buffer, size_t capacity, size_t* size);
int csevm_state_set_storage(csevm_state* state, const csevm_address* address, const csevm_word* key, const csevm_word* value);
int csevm_state_get_storage(csevm_state* state, const csevm_address* address, const csevm_word* key, csevm_word* value);

/* The Merkle-Patricia state root of every account in the state, as Ethereum block headers carry it. */
int csevm_state_root(csevm_state* state, csevm_word* root);

#ifdef __cplusplus
}
#endif

#endif /* CSEVM_H */
