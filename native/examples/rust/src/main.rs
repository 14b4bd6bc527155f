//! The csevm plain C API from Rust, through plain `extern "C"` declarations (no crates): builds a
//! small state, reads it back, checks its state root and that misuse comes back as error codes.

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

const CSEVM_OK: c_int = 0;
const CSEVM_ERROR_INVALID_ARGUMENT: c_int = 1;
const CSEVM_ERROR_INVALID_HANDLE: c_int = 2;
const CSEVM_ERROR_BUFFER_TOO_SMALL: c_int = 4;

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
