// The csevm plain C API from Go through cgo: builds a small state, reads it back, checks its state
// root and that misuse comes back as error codes. Build with CGO_CFLAGS=-I<native/include> and
// CGO_LDFLAGS="-L<dir> -lcsevm -Wl,-rpath,<dir>" (native/examples/run.sh does).
//
// A NativeAOT library and the Go runtime share the process: both install signal handlers.
// .NET's handlers chain to the ones installed before them and Go's handlers run on alternate
// signal stacks, so no setting is needed; main also runs calls from many goroutines while the Go
// GC runs and recovers a Go nil dereference after .NET has initialised, to keep that proven.
package main

/*
#cgo LDFLAGS: -lcsevm
#include <stdlib.h>
#include "csevm.h"
*/
import "C"

import (
	"encoding/hex"
	"fmt"
	"os"
	"runtime"
	"sync"
	"unsafe"
)

var code = []byte{0x60, 0x2a, 0x60, 0x00, 0x55, 0x00} // SSTORE(0, 42) STOP

const emptyRoot = "56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421"
const expectedRoot = "7158787e51fd38d3e2216fae2165ec0f67b51e17cbe258d9ac2637db2ca973b3"

var failures int

func check(ok bool, what string) {
	if !ok {
		fmt.Fprintf(os.Stderr, "FAIL %s (last error: %s)\n", what, C.GoString(C.csevm_last_error()))
		failures++
	}
}

func word(value uint64) C.csevm_word {
	var w C.csevm_word
	for i := 0; i < 8; i++ {
		w.bytes[31-i] = C.uint8_t(value >> (8 * i))
	}
	return w
}

func hexOf(w C.csevm_word) string {
	b := C.GoBytes(unsafe.Pointer(&w.bytes[0]), 32)
	return hex.EncodeToString(b)
}

func program() {
	var state *C.csevm_state
	check(C.csevm_state_create(&state) == C.CSEVM_OK, "create")
	var root C.csevm_word
	check(C.csevm_state_root(state, &root) == C.CSEVM_OK && hexOf(root) == emptyRoot, "empty state root")

	var contract C.csevm_address
	for i := range contract.bytes {
		contract.bytes[i] = 0xaa
	}
	balance, key, value := word(1000000000000000000), word(1), word(42)
	check(C.csevm_state_set_balance(state, &contract, &balance) == C.CSEVM_OK, "set balance")
	check(C.csevm_state_set_nonce(state, &contract, 1) == C.CSEVM_OK, "set nonce")
	codeC := C.CBytes(code)
	defer C.free(codeC)
	check(C.csevm_state_set_code(state, &contract, (*C.uint8_t)(codeC), C.size_t(len(code))) == C.CSEVM_OK, "set code")
	check(C.csevm_state_set_storage(state, &contract, &key, &value) == C.CSEVM_OK, "set storage")

	var read C.csevm_word
	var nonce C.uint64_t
	check(C.csevm_state_get_balance(state, &contract, &read) == C.CSEVM_OK && read == balance, "balance")
	check(C.csevm_state_get_nonce(state, &contract, &nonce) == C.CSEVM_OK && nonce == 1, "nonce")
	check(C.csevm_state_get_storage(state, &contract, &key, &read) == C.CSEVM_OK && read == value, "storage")
	var size C.size_t
	check(C.csevm_state_get_code(state, &contract, nil, 0, &size) == C.CSEVM_OK && int(size) == len(code), "code size")
	buffer := C.malloc(size)
	defer C.free(buffer)
	check(C.csevm_state_get_code(state, &contract, (*C.uint8_t)(buffer), size, &size) == C.CSEVM_OK &&
		string(C.GoBytes(buffer, C.int(size))) == string(code), "code")
	check(C.csevm_state_root(state, &root) == C.CSEVM_OK && hexOf(root) == expectedRoot, "state root")

	// Misuse is an error code with a message, never a crash.
	check(C.csevm_state_get_code(state, &contract, (*C.uint8_t)(buffer), 2, &size) == C.CSEVM_ERROR_BUFFER_TOO_SMALL, "small buffer")
	check(C.csevm_state_set_balance(state, nil, &balance) == C.CSEVM_ERROR_INVALID_ARGUMENT, "NULL address")
	check(C.csevm_state_free(state) == C.CSEVM_OK, "free")
	check(C.csevm_state_free(state) == C.CSEVM_ERROR_INVALID_HANDLE, "second free")
}

// recoversNilDereference: Go's own SIGSEGV handling still works with .NET's handlers installed.
func recoversNilDereference() (recovered bool) {
	defer func() { recovered = recover() != nil }()
	var p *int
	_ = *p
	return false
}

func main() {
	check(C.GoString(C.csevm_version()) != "", "version")
	program()

	// The same program on many goroutines (many OS threads calling into .NET) while Go collects.
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				program()
				runtime.GC()
			}
		}()
	}
	wg.Wait()
	check(recoversNilDereference(), "Go recovers a nil dereference after .NET started")

	if failures > 0 {
		fmt.Println("go example: FAILED")
		os.Exit(1)
	}
	fmt.Println("go example: passed")
}
