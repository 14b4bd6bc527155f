//! The csevm plain C API from Rust, through plain `extern "C"` declarations (no crates): builds a
//! small state, reads it back and checks its state root; deploys a counter contract with a
//! transaction, calls it, checks storage, output and logs; checks that misuse is an error code.

use std::ffi::CStr;
use std::os::raw::{c_char, c_int};
use std::ptr;

#[repr(C)]
#[derive(Clone, Copy, PartialEq, Debug)]
struct Address([u8; 20]);

#[repr(C)]
#[derive(Clone, Copy, PartialEq, Debug)]
struct Word([u8; 32]);

/// Opaque `csevm_state`.
#[repr(C)]
struct State {
    _private: [u8; 0],
}

/// Opaque `csevm_result`.
#[repr(C)]
struct ExecResult {
    _private: [u8; 0],
}

#[repr(C)]
struct Block {
    coinbase: Address,
    number: i64,
    timestamp: i64,
    gas_limit: i64,
    prev_randao: Word,
    base_fee: Word,
    excess_blob_gas: u64,
    chain_id: u64,
}

#[repr(C)]
struct Transaction {
    tx_type: i32,
    is_create: i32,
    sender: Address,
    to: Address,
    nonce: u64,
    gas_limit: i64,
    gas_price: Word,
    max_fee_per_gas: Word,
    max_priority_fee_per_gas: Word,
    value: Word,
    data: *const u8,
    data_size: usize,
}

#[repr(C)]
struct Call {
    sender: Address,
    recipient: Address,
    value: Word,
    input: *const u8,
    input_size: usize,
    gas: i64,
}

#[repr(C)]
struct ResultInfo {
    status: i32,
    created: i32,
    gas_used: i64,
    gas_refund: i64,
    output_size: usize,
    log_count: usize,
    created_address: Address,
}

#[repr(C)]
struct Log {
    address: Address,
    topic_count: usize,
    topics: [Word; 4],
    data_size: usize,
}

const CSEVM_OK: c_int = 0;
const CSEVM_ERROR_INVALID_ARGUMENT: c_int = 1;
const CSEVM_ERROR_INVALID_HANDLE: c_int = 2;
const CSEVM_ERROR_BUFFER_TOO_SMALL: c_int = 4;
const CSEVM_ERROR_INVALID_TRANSACTION: c_int = 8;
const CSEVM_CANCUN: c_int = 12;

extern "C" {
    fn csevm_last_error() -> *const c_char;
    fn csevm_version() -> *const c_char;
    fn csevm_state_create(state: *mut *mut State) -> c_int;
    fn csevm_state_free(state: *mut State) -> c_int;
    fn csevm_state_set_balance(state: *mut State, address: *const Address, balance: *const Word) -> c_int;
    fn csevm_state_get_balance(state: *mut State, address: *const Address, balance: *mut Word) -> c_int;
    fn csevm_state_set_nonce(state: *mut State, address: *const Address, nonce: u64) -> c_int;
    fn csevm_state_get_nonce(state: *mut State, address: *const Address, nonce: *mut u64) -> c_int;
    fn csevm_state_set_code(state: *mut State, address: *const Address, code: *const u8, size: usize) -> c_int;
    fn csevm_state_get_code(state: *mut State, address: *const Address, buffer: *mut u8, capacity: usize, size: *mut usize) -> c_int;
    fn csevm_state_set_storage(state: *mut State, address: *const Address, key: *const Word, value: *const Word) -> c_int;
    fn csevm_state_get_storage(state: *mut State, address: *const Address, key: *const Word, value: *mut Word) -> c_int;
    fn csevm_state_root(state: *mut State, root: *mut Word) -> c_int;
    fn csevm_execute_transaction(state: *mut State, revision: c_int, block: *const Block, tx: *const Transaction, result: *mut *mut ExecResult) -> c_int;
    fn csevm_execute_call(state: *mut State, revision: c_int, block: *const Block, call: *const Call, result: *mut *mut ExecResult) -> c_int;
    fn csevm_result_get_info(result: *const ExecResult, info: *mut ResultInfo) -> c_int;
    fn csevm_result_output(result: *const ExecResult, buffer: *mut u8, capacity: usize, size: *mut usize) -> c_int;
    fn csevm_result_log(result: *const ExecResult, index: usize, log: *mut Log, data: *mut u8, capacity: usize, size: *mut usize) -> c_int;
    fn csevm_result_free(result: *mut ExecResult) -> c_int;
}

/// Each call adds one to slot 0, logs the new value (LOG0) and returns it; the first 12 bytes deploy the other 23.
const COUNTER_INIT: [u8; 35] = [
    0x60, 0x17, 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, 0x17, 0x60, 0x00, 0xf3, // CODECOPY(0, 12, 23) RETURN(0, 23)
    0x60, 0x00, 0x54, 0x60, 0x01, 0x01, 0x80, // SLOAD(0) + 1, twice on the stack
    0x60, 0x00, 0x55, 0x60, 0x00, 0x52, // SSTORE(0, v) MSTORE(0, v)
    0x60, 0x20, 0x60, 0x00, 0xa0, // LOG0(0, 32)
    0x60, 0x20, 0x60, 0x00, 0xf3, // RETURN(0, 32)
];

unsafe fn deploy_and_call(c: &mut Checks, state: *mut State) {
    let sender = Address([0x11; 20]);
    c.check(csevm_state_set_balance(state, &sender, &word(1_000_000_000_000_000_000)) == CSEVM_OK, "fund sender");
    let block = Block {
        coinbase: Address([0; 20]),
        number: 1,
        timestamp: 1_700_000_000,
        gas_limit: 30_000_000,
        prev_randao: word(0),
        base_fee: word(7),
        excess_blob_gas: 0,
        chain_id: 1,
    };
    let mut deploy = Transaction {
        tx_type: 2,
        is_create: 1,
        sender,
        to: Address([0; 20]),
        nonce: 0,
        gas_limit: 200_000,
        gas_price: word(0),
        max_fee_per_gas: word(10),
        max_priority_fee_per_gas: word(1),
        value: word(0),
        data: COUNTER_INIT.as_ptr(),
        data_size: COUNTER_INIT.len(),
    };
    let mut result: *mut ExecResult = ptr::null_mut();
    let mut info: ResultInfo = std::mem::zeroed();
    c.check(csevm_execute_transaction(state, CSEVM_CANCUN, &block, &deploy, &mut result) == CSEVM_OK, "deploy");
    c.check(csevm_result_get_info(result, &mut info) == CSEVM_OK && info.status == 0 && info.created == 1, "deployed");
    let counter = info.created_address;
    let mut size = 0usize;
    c.check(csevm_state_get_code(state, &counter, ptr::null_mut(), 0, &mut size) == CSEVM_OK && size == 23, "runtime code size");
    c.check(csevm_result_free(result) == CSEVM_OK, "free result");
    c.check(csevm_result_free(result) == CSEVM_ERROR_INVALID_HANDLE, "second free of a result");

    let call = Call { sender, recipient: counter, value: word(0), input: ptr::null(), input_size: 0, gas: 100_000 };
    for expected in 1..=2u64 {
        c.check(csevm_execute_call(state, CSEVM_CANCUN, &block, &call, &mut result) == CSEVM_OK, "call");
        c.check(csevm_result_get_info(result, &mut info) == CSEVM_OK && info.status == 0 && info.output_size == 32 && info.log_count == 1, "call info");
        let mut output = word(0);
        c.check(csevm_result_output(result, output.0.as_mut_ptr(), 32, &mut size) == CSEVM_OK && output == word(expected), "output");
        let mut log: Log = std::mem::zeroed();
        let mut data = word(0);
        c.check(csevm_result_log(result, 0, &mut log, data.0.as_mut_ptr(), 32, &mut size) == CSEVM_OK
            && log.topic_count == 0 && log.address == counter && data == word(expected), "log");
        csevm_result_free(result);
    }
    let mut stored = word(0);
    c.check(csevm_state_get_storage(state, &counter, &word(0), &mut stored) == CSEVM_OK && stored == word(2), "counter slot 0 is 2");

    deploy.nonce = 0; // stale: the sender's nonce is 1 now
    c.check(csevm_execute_transaction(state, CSEVM_CANCUN, &block, &deploy, &mut result) == CSEVM_ERROR_INVALID_TRANSACTION, "stale nonce");
}

const CODE: [u8; 6] = [0x60, 0x2a, 0x60, 0x00, 0x55, 0x00]; // SSTORE(0, 42) STOP
const EMPTY_ROOT: &str = "56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";
const EXPECTED_ROOT: &str = "7158787e51fd38d3e2216fae2165ec0f67b51e17cbe258d9ac2637db2ca973b3";

fn word(value: u64) -> Word {
    let mut w = [0u8; 32];
    w[24..].copy_from_slice(&value.to_be_bytes());
    Word(w)
}

fn hex(w: &Word) -> String {
    w.0.iter().map(|b| format!("{b:02x}")).collect()
}

fn last_error() -> String {
    unsafe { CStr::from_ptr(csevm_last_error()) }.to_string_lossy().into_owned()
}

struct Checks {
    failures: u32,
}

impl Checks {
    fn check(&mut self, ok: bool, what: &str) {
        if !ok {
            eprintln!("FAIL {what} (last error: {})", last_error());
            self.failures += 1;
        }
    }
}

fn main() {
    let mut c = Checks { failures: 0 };
    unsafe {
        c.check(!CStr::from_ptr(csevm_version()).to_bytes().is_empty(), "version");

        let mut state: *mut State = ptr::null_mut();
        c.check(csevm_state_create(&mut state) == CSEVM_OK, "create");
        let mut root = word(0);
        c.check(csevm_state_root(state, &mut root) == CSEVM_OK && hex(&root) == EMPTY_ROOT, "empty state root");

        let contract = Address([0xaa; 20]);
        let (balance, key, value) = (word(1_000_000_000_000_000_000), word(1), word(42));
        c.check(csevm_state_set_balance(state, &contract, &balance) == CSEVM_OK, "set balance");
        c.check(csevm_state_set_nonce(state, &contract, 1) == CSEVM_OK, "set nonce");
        c.check(csevm_state_set_code(state, &contract, CODE.as_ptr(), CODE.len()) == CSEVM_OK, "set code");
        c.check(csevm_state_set_storage(state, &contract, &key, &value) == CSEVM_OK, "set storage");

        let mut read = word(0);
        let mut nonce = 0u64;
        c.check(csevm_state_get_balance(state, &contract, &mut read) == CSEVM_OK && read == balance, "balance");
        c.check(csevm_state_get_nonce(state, &contract, &mut nonce) == CSEVM_OK && nonce == 1, "nonce");
        c.check(csevm_state_get_storage(state, &contract, &key, &mut read) == CSEVM_OK && read == value, "storage");
        let mut size = 0usize;
        c.check(csevm_state_get_code(state, &contract, ptr::null_mut(), 0, &mut size) == CSEVM_OK && size == CODE.len(), "code size");
        let mut buffer = vec![0u8; size];
        c.check(csevm_state_get_code(state, &contract, buffer.as_mut_ptr(), buffer.len(), &mut size) == CSEVM_OK && buffer == CODE, "code");
        c.check(csevm_state_root(state, &mut root) == CSEVM_OK && hex(&root) == EXPECTED_ROOT, "state root");

        deploy_and_call(&mut c, state);

        // Misuse is an error code with a message, never a crash.
        let mut small = [0u8; 2];
        c.check(csevm_state_get_code(state, &contract, small.as_mut_ptr(), small.len(), &mut size) == CSEVM_ERROR_BUFFER_TOO_SMALL, "small buffer");
        c.check(csevm_state_set_balance(state, ptr::null(), &balance) == CSEVM_ERROR_INVALID_ARGUMENT, "NULL address");
        c.check(csevm_state_root(0x1234 as *mut State, &mut root) == CSEVM_ERROR_INVALID_HANDLE, "made-up handle");
        c.check(csevm_state_free(state) == CSEVM_OK, "free");
        c.check(csevm_state_free(state) == CSEVM_ERROR_INVALID_HANDLE, "second free");
    }
    println!("rust example: {}", if c.failures == 0 { "passed" } else { "FAILED" });
    std::process::exit(if c.failures == 0 { 0 } else { 1 });
}
