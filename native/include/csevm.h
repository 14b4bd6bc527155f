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
 *     accounts, code and storage; execute transactions or raw calls at a revision in a block; read
 *     status, gas, output and logs of the result; compute the state root; run state-test files.
 *
 * Conventions of the plain C API
 *  - Every function returns an int: CSEVM_OK (0) or a CSEVM_ERROR_* code. On error,
 *    csevm_last_error() describes it. No function aborts the process or lets an exception escape;
 *    bad handles, NULL pointers, impossible lengths and unknown revisions are errors.
 *  - Handles (csevm_state*, csevm_result*) are opaque. They are not pointers into memory: a freed or made-up
 *    handle is reported as CSEVM_ERROR_INVALID_HANDLE, freeing twice included.
 *  - Addresses are 20 bytes; words (balances, storage keys and values, hashes) are 32 bytes,
 *    big-endian. Byte strings are (pointer, length); a NULL pointer is allowed with length 0.
 *    A non-NULL pointer must be readable (or writable) for its whole length: that the library
 *    cannot check, everything else it does.
 *  - Data the library returns is copied into the caller's buffer (see "Buffers"), so the caller
 *    owns all memory it sees; nothing needs freeing except the handles: csevm_state_free for a
 *    state, csevm_result_free for a result.
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
 * EOFCREATE are answered with EVMC_REJECTED; NULL or inconsistent arguments (a NULL pointer with a
 * size, sizes over 2^31, negative gas, a host interface with a NULL callback, a vm not made here) with
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
    CSEVM_ERROR_INTERNAL = 7,         /* a bug in csevm; the message says what happened */
    CSEVM_ERROR_INVALID_TRANSACTION = 8 /* not valid in this state and block (nonce, balance, fees...); nothing changed */
};

/* Revisions are numbered as EVMC numbers them. */
enum csevm_revision {
    CSEVM_FRONTIER = 0, CSEVM_HOMESTEAD = 1, CSEVM_TANGERINE_WHISTLE = 2, CSEVM_SPURIOUS_DRAGON = 3,
    CSEVM_BYZANTIUM = 4, CSEVM_CONSTANTINOPLE = 5, CSEVM_PETERSBURG = 6, CSEVM_ISTANBUL = 7, CSEVM_BERLIN = 8,
    CSEVM_LONDON = 9, CSEVM_PARIS = 10, CSEVM_SHANGHAI = 11, CSEVM_CANCUN = 12, CSEVM_PRAGUE = 13, CSEVM_OSAKA = 14
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

/* ---- Plain C API: execution ------------------------------------------------------------- */

/* The block a transaction or call runs in. BLOCKHASH reads zero: the C API knows no ancestors. */
typedef struct csevm_block {
    csevm_address coinbase;
    int64_t number;
    int64_t timestamp;
    int64_t gas_limit;
    csevm_word prev_randao;      /* DIFFICULTY before Paris */
    csevm_word base_fee;         /* London on */
    uint64_t excess_blob_gas;    /* Cancun on: sets BLOBBASEFEE */
    uint64_t chain_id;
} csevm_block;

/* A transaction from sender (taken as already signed), of any type: 0 (legacy) and 1 (EIP-2930) pay
 * gas_price; 2 (EIP-1559), 3 (EIP-4844) and 4 (EIP-7702) pay max_fee_per_gas and
 * max_priority_fee_per_gas. What types 1, 3 and 4 add is passed beside it in a csevm_transaction_extras
 * (csevm_execute_transaction_ex); this struct's layout is unchanged since 0.1.0. With is_create != 0
 * it deploys data as init code and `to` is ignored. Its chain id is the block's. */
typedef struct csevm_transaction {
    int32_t type;
    int32_t is_create;
    csevm_address sender;
    csevm_address to;
    uint64_t nonce;
    int64_t gas_limit;
    csevm_word gas_price;
    csevm_word max_fee_per_gas;
    csevm_word max_priority_fee_per_gas;
    csevm_word value;
    const uint8_t* data;
    size_t data_size;
} csevm_transaction;

/* One EIP-2930 access-list entry: the address and storage_keys[0 .. storage_key_count) start warm. */
typedef struct csevm_access_list_entry {
    csevm_address address;
    const csevm_word* storage_keys;
    size_t storage_key_count;
} csevm_access_list_entry;

/* One EIP-7702 authorization tuple: "run `address`'s code for the signer", valid on chain_id (0: any
 * chain) while the signer's nonce is `nonce`. With has_signer != 0, `signer` is taken as the
 * authority (already recovered by the caller); with has_signer == 0 the library recovers it from
 * (y_parity, r, s) over keccak256(0x05 || rlp([chain_id, address, nonce])). Either way a tuple whose
 * y_parity, r or s is out of range (y_parity > 1, r or s zero, r >= n, s > n/2), or whose signature
 * does not recover, is skipped, as EIP-7702 says. */
typedef struct csevm_authorization {
    csevm_word chain_id;
    csevm_address address;
    uint64_t nonce;
    uint64_t y_parity;
    csevm_word r;
    csevm_word s;
    int32_t has_signer;
    csevm_address signer;
} csevm_authorization;

/* What transaction types 1, 3 and 4 carry beyond csevm_transaction. Every (pointer, count) pair may be
 * (NULL, 0); a NULL pointer with a non-zero count is CSEVM_ERROR_INVALID_ARGUMENT. The library copies
 * everything during the call. A list the transaction's type cannot carry (an access list on type 0,
 * blob hashes off type 3, authorizations off type 4) is CSEVM_ERROR_INVALID_ARGUMENT. */
typedef struct csevm_transaction_extras {
    const csevm_access_list_entry* access_list;  /* types 1 .. 4 */
    size_t access_list_count;
    csevm_word max_fee_per_blob_gas;             /* type 3 */
    const csevm_word* blob_versioned_hashes;     /* type 3: 32-byte versioned hashes (0x01 || sha256(commitment)[1..]) */
    size_t blob_versioned_hash_count;
    const csevm_authorization* authorizations;   /* type 4 */
    size_t authorization_count;
} csevm_transaction_extras;

/* A message call run directly, as eth_call does: no nonce, fee or intrinsic gas; the value moves
 * from sender to recipient; sender, recipient and precompiles start warm (Berlin on). */
typedef struct csevm_call {
    csevm_address sender;
    csevm_address recipient;
    csevm_word value;
    const uint8_t* input;
    size_t input_size;
    int64_t gas;
} csevm_call;

/* The outcome of a transaction or call. Free it with csevm_result_free. */
typedef struct csevm_result csevm_result;

/* Validates and applies a transaction (nonce, fees, intrinsic gas, refunds, coinbase payment) and
 * commits its effects to the state. An invalid transaction returns CSEVM_ERROR_INVALID_TRANSACTION
 * (csevm_last_error() names the rule) and changes nothing. */
int csevm_execute_transaction(csevm_state* state, int revision, const csevm_block* block,
                              const csevm_transaction* transaction, csevm_result** result);

/* The same with the access list, blob fields and authorization list of types 1, 3 and 4. extras may be
 * NULL (all empty): csevm_execute_transaction(s, r, b, t, out) is csevm_execute_transaction_ex(s, r, b,
 * t, NULL, out). The block's excess_blob_gas and the revision's blob schedule price blob gas. */
int csevm_execute_transaction_ex(csevm_state* state, int revision, const csevm_block* block,
                                 const csevm_transaction* transaction, const csevm_transaction_extras* extras,
                                 csevm_result** result);

/* Runs a message call and commits its effects (none if it fails). */
int csevm_execute_call(csevm_state* state, int revision, const csevm_block* block, const csevm_call* call,
                       csevm_result** result);

typedef struct csevm_result_info {
    int32_t status;         /* evmc_status_code numbering: 0 success, 2 revert, 3 out of gas, ... */
    int32_t created;        /* 1 when a contract was created at created_address */
    int64_t gas_used;       /* transactions: paid for, after refunds; calls: gas minus gas left */
    int64_t gas_refund;     /* calls: the refund counter (0 unless successful); transactions: 0 (applied) */
    size_t output_size;     /* RETURN or REVERT data: read it with csevm_result_output */
    size_t log_count;       /* read each with csevm_result_log */
    csevm_address created_address;
} csevm_result_info;

int csevm_result_get_info(const csevm_result* result, csevm_result_info* info);

/* Copies the output (see "Buffers"). */
int csevm_result_output(const csevm_result* result, uint8_t* buffer, size_t capacity, size_t* size);

typedef struct csevm_log {
    csevm_address address;
    size_t topic_count;     /* 0 .. 4: topics[0 .. topic_count) are set */
    csevm_word topics[4];
    size_t data_size;
} csevm_log;

/* Fills *log for log `index` (0 .. log_count - 1) and copies its data (see "Buffers"). */
int csevm_result_log(const csevm_result* result, size_t index, csevm_log* log, uint8_t* data, size_t capacity,
                     size_t* data_size);

/* Frees a result. Freeing it again returns CSEVM_ERROR_INVALID_HANDLE. */
int csevm_result_free(csevm_result* result);

/* ---- Plain C API: state tests ------------------------------------------------------------ */

typedef struct csevm_state_test_summary {
    uint64_t passed;
    uint64_t failed;
    uint64_t skipped;
    char first_failure[256]; /* NUL-terminated, truncated; "" when nothing failed */
} csevm_state_test_summary;

/* Runs every state-test vector in `path` (a fixture .json file, a directory of them, or a .tar.gz),
 * only those of `fork` unless it is NULL (a name such as "Cancun", "EIP150", or a number "12").
 * Files run in parallel on the library's worker threads (one per core); the call returns when all
 * are done, and first_failure is the first failure in file order. Failing vectors are counted, not
 * errors; an unreadable path or file is an error. */
int csevm_run_state_tests(const char* path, const char* fork, csevm_state_test_summary* summary);

#ifdef __cplusplus
}
#endif

#endif /* CSEVM_H */
