/*
 * A minimal EVMC host: loads libcsevm.so by path with dlopen, creates the VM through
 * evmc_create_csevm, and runs bytecode against its own in-memory world (accounts with balance,
 * code and storage; EIP-2929 warm sets; storage statuses from original/current/new values).
 * Nested calls come back to this host's call(), which runs them with the same VM.
 *
 *   evmc_host /path/to/libcsevm.so
 *
 * Exits 0 when every check passes, 1 otherwise (each failed check is printed).
 */
#include "evmc_abi12.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ACCOUNTS 8
#define MAX_SLOTS 16
#define MAX_WARM 64

typedef struct {
    evmc_bytes32 key, original, current;
    bool warm;
} slot;

typedef struct {
    evmc_address address;
    evmc_uint256be balance;
    const uint8_t* code;
    size_t code_size;
    slot slots[MAX_SLOTS];
    int slot_count;
    bool warm;
} account;

struct evmc_host_context {
    struct evmc_vm* vm;
    enum evmc_revision revision;
    account accounts[MAX_ACCOUNTS];
    int account_count;
    int calls;
    int logs;
};

static const struct evmc_host_interface host_interface;
static int failures;

#define CHECK(cond, ...)                                   \
    do {                                                   \
        if (!(cond)) {                                     \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
            fprintf(stderr, __VA_ARGS__);                  \
            fputc('\n', stderr);                           \
            failures++;                                    \
        }                                                  \
    } while (0)

static evmc_address address_of(uint8_t tag)
{
    evmc_address a;
    memset(a.bytes, tag, sizeof a.bytes);
    return a;
}

static evmc_bytes32 word(uint64_t value)
{
    evmc_bytes32 w = {{0}};
    for (int i = 0; i < 8; i++) w.bytes[31 - i] = (uint8_t)(value >> (8 * i));
    return w;
}

static bool is_zero(const evmc_bytes32* w)
{
    for (int i = 0; i < 32; i++)
        if (w->bytes[i]) return false;
    return true;
}

static bool same(const evmc_bytes32* a, const evmc_bytes32* b) { return memcmp(a, b, sizeof *a) == 0; }

static account* find(struct evmc_host_context* h, const evmc_address* address)
{
    for (int i = 0; i < h->account_count; i++)
        if (memcmp(&h->accounts[i].address, address, sizeof *address) == 0) return &h->accounts[i];
    return NULL;
}

static account* add_account(struct evmc_host_context* h, evmc_address address, const uint8_t* code, size_t code_size)
{
    account* a = &h->accounts[h->account_count++];
    memset(a, 0, sizeof *a);
    a->address = address;
    a->code = code;
    a->code_size = code_size;
    return a;
}

static slot* find_slot(account* a, const evmc_bytes32* key, bool create)
{
    for (int i = 0; i < a->slot_count; i++)
        if (same(&a->slots[i].key, key)) return &a->slots[i];
    if (!create || a->slot_count == MAX_SLOTS) return NULL;
    slot* s = &a->slots[a->slot_count++];
    memset(s, 0, sizeof *s);
    s->key = *key;
    return s;
}

static bool account_exists(struct evmc_host_context* h, const evmc_address* address) { return find(h, address) != NULL; }

static evmc_bytes32 get_storage(struct evmc_host_context* h, const evmc_address* address, const evmc_bytes32* key)
{
    account* a = find(h, address);
    slot* s = a ? find_slot(a, key, false) : NULL;
    return s ? s->current : word(0);
}

/* The EIP-2200 classification of a write, from the slot's original, current and new values. */
static enum evmc_storage_status set_storage(struct evmc_host_context* h, const evmc_address* address,
                                            const evmc_bytes32* key, const evmc_bytes32* value)
{
    account* a = find(h, address);
    if (!a) return EVMC_STORAGE_ASSIGNED;
    slot* s = find_slot(a, key, true);
    if (!s) return EVMC_STORAGE_ASSIGNED;
    const evmc_bytes32 o = s->original, c = s->current;
    s->current = *value;
    if (same(&c, value)) return EVMC_STORAGE_ASSIGNED;
    if (same(&o, &c)) {
        if (is_zero(&o)) return EVMC_STORAGE_ADDED;
        return is_zero(value) ? EVMC_STORAGE_DELETED : EVMC_STORAGE_MODIFIED;
    }
    if (!is_zero(&o) && is_zero(&c)) return same(&o, value) ? EVMC_STORAGE_DELETED_RESTORED : EVMC_STORAGE_DELETED_ADDED;
    if (!is_zero(&o) && is_zero(value)) return EVMC_STORAGE_MODIFIED_DELETED;
    if (is_zero(&o) && is_zero(value)) return EVMC_STORAGE_ADDED_DELETED;
    if (same(&o, value)) return EVMC_STORAGE_MODIFIED_RESTORED;
    return EVMC_STORAGE_ASSIGNED;
}

static evmc_uint256be get_balance(struct evmc_host_context* h, const evmc_address* address)
{
    account* a = find(h, address);
    return a ? a->balance : word(0);
}

static size_t get_code_size(struct evmc_host_context* h, const evmc_address* address)
{
    account* a = find(h, address);
    return a ? a->code_size : 0;
}

static evmc_bytes32 get_code_hash(struct evmc_host_context* h, const evmc_address* address)
{
    /* A stand-in hash: this host never runs EXTCODEHASH. */
    account* a = find(h, address);
    return a ? word(a->code_size + 1) : word(0);
}

static size_t copy_code(struct evmc_host_context* h, const evmc_address* address, size_t offset, uint8_t* buffer, size_t size)
{
    account* a = find(h, address);
    if (!a || offset >= a->code_size) return 0;
    size_t n = a->code_size - offset < size ? a->code_size - offset : size;
    memcpy(buffer, a->code + offset, n);
    return n;
}

static bool selfdestruct(struct evmc_host_context* h, const evmc_address* address, const evmc_address* beneficiary)
{
    (void)h; (void)address; (void)beneficiary;
    return true;
}

static struct evmc_result call(struct evmc_host_context* h, const struct evmc_message* msg)
{
    h->calls++;
    account* target = find(h, &msg->code_address);
    const uint8_t* code = target ? target->code : NULL;
    size_t code_size = target ? target->code_size : 0;
    return h->vm->execute(h->vm, &host_interface, h, h->revision, msg, code, code_size);
}

static struct evmc_tx_context get_tx_context(struct evmc_host_context* h)
{
    (void)h;
    struct evmc_tx_context c;
    memset(&c, 0, sizeof c);
    c.tx_origin = address_of(0x01);
    c.block_number = 1;
    c.block_gas_limit = 30000000;
    c.chain_id = word(1);
    return c;
}

static evmc_bytes32 get_block_hash(struct evmc_host_context* h, int64_t number)
{
    (void)h;
    return word((uint64_t)number + 0x1000);
}

static void emit_log(struct evmc_host_context* h, const evmc_address* address, const uint8_t* data, size_t size,
                     const evmc_bytes32 topics[], size_t count)
{
    (void)address; (void)data; (void)size; (void)topics; (void)count;
    h->logs++;
}

static enum evmc_access_status access_account(struct evmc_host_context* h, const evmc_address* address)
{
    account* a = find(h, address);
    if (!a) a = add_account(h, *address, NULL, 0);
    bool was = a->warm;
    a->warm = true;
    return was ? EVMC_ACCESS_WARM : EVMC_ACCESS_COLD;
}

static enum evmc_access_status access_storage(struct evmc_host_context* h, const evmc_address* address, const evmc_bytes32* key)
{
    account* a = find(h, address);
    slot* s = a ? find_slot(a, key, true) : NULL;
    if (!s) return EVMC_ACCESS_WARM;
    bool was = s->warm;
    s->warm = true;
    return was ? EVMC_ACCESS_WARM : EVMC_ACCESS_COLD;
}

static evmc_bytes32 get_transient_storage(struct evmc_host_context* h, const evmc_address* address, const evmc_bytes32* key)
{
    (void)h; (void)address; (void)key;
    return word(0);
}

static void set_transient_storage(struct evmc_host_context* h, const evmc_address* address, const evmc_bytes32* key,
                                  const evmc_bytes32* value)
{
    (void)h; (void)address; (void)key; (void)value;
}

static const struct evmc_host_interface host_interface = {
    account_exists, get_storage, set_storage, get_balance, get_code_size, get_code_hash, copy_code, selfdestruct,
    call, get_tx_context, get_block_hash, emit_log, access_account, access_storage, get_transient_storage,
    set_transient_storage,
};

static struct evmc_message message_to(evmc_address recipient, int64_t gas)
{
    struct evmc_message m;
    memset(&m, 0, sizeof m);
    m.kind = EVMC_CALL;
    m.gas = gas;
    m.recipient = recipient;
    m.code_address = recipient;
    m.sender = address_of(0x01);
    return m;
}

static void release(struct evmc_result* r)
{
    if (r->release) r->release(r);
}

/* B stores 42 at slot 1 and returns the word 7. */
static const uint8_t callee[] = {
    0x60, 0x2a, 0x60, 0x01, 0x55,             /* SSTORE(1, 42) */
    0x60, 0x07, 0x60, 0x00, 0x52,             /* MSTORE(0, 7) */
    0x60, 0x20, 0x60, 0x00, 0xf3,             /* RETURN(0, 32) */
};

/* A calls B with 0xffff gas, stores the success flag at slot 2 and B's word at slot 0, returns that word. */
static const uint8_t caller[] = {
    0x60, 0x20, 0x60, 0x00, 0x60, 0x00, 0x60, 0x00, 0x60, 0x00,           /* ret 0..32, no args, no value */
    0x73, 0xbb, 0xbb, 0xbb, 0xbb, 0xbb, 0xbb, 0xbb, 0xbb, 0xbb, 0xbb,    /* PUSH20 B */
    0xbb, 0xbb, 0xbb, 0xbb, 0xbb, 0xbb, 0xbb, 0xbb, 0xbb, 0xbb,
    0x61, 0xff, 0xff, 0xf1,                                               /* CALL with 0xffff gas */
    0x60, 0x02, 0x55,                                                     /* SSTORE(2, success) */
    0x60, 0x00, 0x51, 0x60, 0x00, 0x55,                                   /* SSTORE(0, MLOAD(0)) */
    0x60, 0x20, 0x60, 0x00, 0xf3,                                         /* RETURN(0, 32) */
};

static void check_vm_object(struct evmc_vm* vm)
{
    CHECK(vm->abi_version == EVMC_ABI_VERSION, "abi_version is %d, expected %d", vm->abi_version, EVMC_ABI_VERSION);
    CHECK(strcmp(vm->name, "csevm") == 0, "name is '%s'", vm->name);
    CHECK(vm->version && vm->version[0], "version is empty");
    CHECK(vm->get_capabilities(vm) == EVMC_CAPABILITY_EVM1, "capabilities %u", vm->get_capabilities(vm));
    CHECK(vm->set_option && vm->set_option(vm, "no-such-option", "1") == EVMC_SET_OPTION_INVALID_NAME, "set_option accepted an unknown name");
}

/* A calls B: both write storage, B's output comes back through the host's call(). */
static void check_nested_call(struct evmc_vm* vm)
{
    struct evmc_host_context h;
    memset(&h, 0, sizeof h);
    h.vm = vm;
    h.revision = EVMC_CANCUN;
    account* a = add_account(&h, address_of(0xaa), caller, sizeof caller);
    add_account(&h, address_of(0xbb), callee, sizeof callee);
    add_account(&h, address_of(0x01), NULL, 0)->warm = true;
    a->warm = true; /* the transaction warms its sender and recipient */

    struct evmc_message m = message_to(a->address, 100000);
    struct evmc_result r = vm->execute(vm, &host_interface, &h, h.revision, &m, caller, sizeof caller);
    CHECK(r.status_code == EVMC_SUCCESS, "status %d", r.status_code);
    /* 21 (pushes) + 2603 (cold CALL, 1 word) + 22124 (B) + 44218 (two cold SSTOREs of new slots and the rest) */
    CHECK(r.gas_left == 100000 - 68966, "gas_left %lld, expected %d", (long long)r.gas_left, 100000 - 68966);
    CHECK(r.output_size == 32 && r.output_data[31] == 7, "output size %zu", r.output_size);
    CHECK(h.calls == 1, "%d nested calls", h.calls);
    evmc_bytes32 k0 = word(0), k1 = word(1), k2 = word(2), v7 = word(7), v42 = word(42), v1 = word(1);
    evmc_bytes32 s;
    s = get_storage(&h, &a->address, &k0); CHECK(same(&s, &v7), "A slot 0 is not 7");
    s = get_storage(&h, &a->address, &k2); CHECK(same(&s, &v1), "A slot 2 (call success) is not 1");
    evmc_address b = address_of(0xbb);
    s = get_storage(&h, &b, &k1); CHECK(same(&s, &v42), "B slot 1 is not 42");
    release(&r);
}

/* Consensus outcomes come back as status codes with the gas the rules leave. */
static void check_halts(struct evmc_vm* vm)
{
    struct evmc_host_context h;
    memset(&h, 0, sizeof h);
    h.vm = vm;
    h.revision = EVMC_CANCUN;
    evmc_address x = address_of(0xcc);
    add_account(&h, x, NULL, 0);

    static const uint8_t revert[] = {0x60, 0x01, 0x60, 0x00, 0x53, 0x60, 0x01, 0x60, 0x00, 0xfd}; /* MSTORE8(0,1) REVERT(0,1) */
    struct evmc_message m = message_to(x, 1000);
    struct evmc_result r = vm->execute(vm, &host_interface, &h, h.revision, &m, revert, sizeof revert);
    CHECK(r.status_code == EVMC_REVERT, "revert: status %d", r.status_code);
    CHECK(r.gas_left == 1000 - 18, "revert: gas_left %lld", (long long)r.gas_left);
    CHECK(r.output_size == 1 && r.output_data[0] == 1, "revert: output size %zu", r.output_size);
    release(&r);

    static const uint8_t undefined[] = {0x0c};
    r = vm->execute(vm, &host_interface, &h, h.revision, &m, undefined, sizeof undefined);
    CHECK(r.status_code == EVMC_UNDEFINED_INSTRUCTION && r.gas_left == 0, "undefined: status %d gas %lld", r.status_code, (long long)r.gas_left);
    release(&r);

    static const uint8_t out_of_gas[] = {0x5b, 0x60, 0x00, 0x56}; /* JUMPDEST PUSH1 0 JUMP: loops until gas runs out */
    r = vm->execute(vm, &host_interface, &h, h.revision, &m, out_of_gas, sizeof out_of_gas);
    CHECK(r.status_code == EVMC_OUT_OF_GAS && r.gas_left == 0, "loop: status %d", r.status_code);
    release(&r);

    static const uint8_t logs[] = {0x60, 0x00, 0x60, 0x00, 0xa0, 0x00}; /* LOG0(0, 0) STOP */
    r = vm->execute(vm, &host_interface, &h, h.revision, &m, logs, sizeof logs);
    CHECK(r.status_code == EVMC_SUCCESS && h.logs == 1, "log: status %d, %d logs", r.status_code, h.logs);
    release(&r);
}

/* A contract that calls itself with all its gas: the host recurses on its own stack until the
 * interpreter refuses depth 1025. 1024 nested executes must fit on a default thread stack. */
static void check_depth_limit(struct evmc_vm* vm)
{
    static const uint8_t recurse[] = {
        0x60, 0x00, 0x60, 0x00, 0x60, 0x00, 0x60, 0x00, 0x60, 0x00, /* no data, no value */
        0x30, 0x5a, 0xf1, 0x00,                                     /* CALL(GAS, ADDRESS, ...) STOP */
    };
    struct evmc_host_context h;
    memset(&h, 0, sizeof h);
    h.vm = vm;
    h.revision = EVMC_CANCUN;
    account* self = add_account(&h, address_of(0xdd), recurse, sizeof recurse);
    self->warm = true;
    struct evmc_message m = message_to(self->address, INT64_C(1000000000000));
    struct evmc_result r = vm->execute(vm, &host_interface, &h, h.revision, &m, recurse, sizeof recurse);
    CHECK(r.status_code == EVMC_SUCCESS, "recursion: status %d", r.status_code);
    CHECK(h.calls == 1024, "recursion: %d nested calls, expected 1024", h.calls);
    release(&r);
}

/* Hostile calls: every one must come back as a result, never a crash. */
static void check_hostile_calls(struct evmc_vm* vm)
{
    struct evmc_host_context h;
    memset(&h, 0, sizeof h);
    h.vm = vm;
    static const uint8_t stop[] = {0x00};
    struct evmc_message m = message_to(address_of(0xcc), 1000);
    struct evmc_result r;

    r = vm->execute(vm, &host_interface, &h, (enum evmc_revision)99, &m, stop, 1);
    CHECK(r.status_code == EVMC_REJECTED, "unknown revision: status %d", r.status_code);
    release(&r);
    r = vm->execute(vm, &host_interface, &h, (enum evmc_revision)-1, &m, stop, 1);
    CHECK(r.status_code == EVMC_REJECTED, "negative revision: status %d", r.status_code);
    release(&r);
    r = vm->execute(vm, &host_interface, &h, EVMC_CANCUN, NULL, stop, 1);
    CHECK(r.status_code == EVMC_INTERNAL_ERROR, "null message: status %d", r.status_code);
    release(&r);
    r = vm->execute(vm, NULL, &h, EVMC_CANCUN, &m, stop, 1);
    CHECK(r.status_code == EVMC_INTERNAL_ERROR, "null host: status %d", r.status_code);
    release(&r);
    r = vm->execute(vm, &host_interface, &h, EVMC_CANCUN, &m, NULL, 5);
    CHECK(r.status_code == EVMC_INTERNAL_ERROR, "null code with a size: status %d", r.status_code);
    release(&r);
    r = vm->execute(vm, &host_interface, &h, EVMC_CANCUN, &m, stop, (size_t)-1);
    CHECK(r.status_code == EVMC_INTERNAL_ERROR, "huge code size: status %d", r.status_code);
    release(&r);
    struct evmc_message bad_input = m;
    bad_input.input_size = 100;
    r = vm->execute(vm, &host_interface, &h, EVMC_CANCUN, &bad_input, stop, 1);
    CHECK(r.status_code == EVMC_INTERNAL_ERROR, "null input with a size: status %d", r.status_code);
    release(&r);
    struct evmc_message negative_gas = m;
    negative_gas.gas = -1;
    r = vm->execute(vm, &host_interface, &h, EVMC_CANCUN, &negative_gas, NULL, 0);
    CHECK(r.status_code == EVMC_INTERNAL_ERROR, "negative gas: status %d", r.status_code);
    release(&r);
    struct evmc_host_interface incomplete = host_interface;
    incomplete.call = NULL;
    r = vm->execute(vm, &incomplete, &h, EVMC_CANCUN, &m, stop, 1);
    CHECK(r.status_code == EVMC_INTERNAL_ERROR, "host without call(): status %d", r.status_code);
    release(&r);
    struct evmc_vm fake;
    memcpy(&fake, vm, sizeof fake);
    r = vm->execute(&fake, &host_interface, &h, EVMC_CANCUN, &m, stop, 1);
    CHECK(r.status_code == EVMC_INTERNAL_ERROR, "a vm pointer that is not ours: status %d", r.status_code);
    release(&r);
    /* Empty code is a valid program: it stops at once. */
    r = vm->execute(vm, &host_interface, &h, EVMC_CANCUN, &m, NULL, 0);
    CHECK(r.status_code == EVMC_SUCCESS && r.gas_left == 1000, "empty code: status %d", r.status_code);
    release(&r);
}

int main(int argc, char** argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s /path/to/libcsevm.so\n", argv[0]);
        return 2;
    }
    void* library = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        fprintf(stderr, "dlopen: %s\n", dlerror());
        return 1;
    }
    struct evmc_vm* (*create)(void) = (struct evmc_vm* (*)(void))dlsym(library, "evmc_create_csevm");
    if (!create) {
        fprintf(stderr, "dlsym evmc_create_csevm: %s\n", dlerror());
        return 1;
    }
    struct evmc_vm* vm = create();
    if (!vm) {
        fprintf(stderr, "evmc_create_csevm returned NULL\n");
        return 1;
    }
    check_vm_object(vm);
    check_nested_call(vm);
    check_halts(vm);
    check_depth_limit(vm);
    check_hostile_calls(vm);
    vm->destroy(vm);
    vm->destroy(vm); /* a second destroy of the same pointer is ignored */

    printf("evmc_host: %s %s, %s\n", "csevm", failures ? "FAILED" : "passed", argv[1]);
    return failures ? 1 : 0;
}
