// The csevm plain C API from Go through cgo: builds a small state, reads it back and checks its
// state root; deploys a counter contract with a transaction, calls it, checks storage, output and
// logs; checks that misuse comes back as error codes. Build with CGO_CFLAGS=-I<native/include> and
// CGO_LDFLAGS="-L<dir> -lcsevm -Wl,-rpath,<dir>" (native/examples/run.sh does).
//
// A NativeAOT library and the Go runtime share the process: both install signal handlers.
// .NET's handlers chain to the ones installed before them and Go's handlers run on alternate
// signal stacks, so no setting is needed; main also runs calls from many goroutines while the Go
// GC runs, recovers a Go nil dereference and receives a signal through os/signal after .NET has
// initialised, to keep that proven.
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
	"os/signal"
	"runtime"
	"sync"
	"syscall"
	"time"
	"unsafe"
)

var code = []byte{0x60, 0x2a, 0x60, 0x00, 0x55, 0x00} // SSTORE(0, 42) STOP

const emptyRoot = "56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421"
const expectedRoot = "7158787e51fd38d3e2216fae2165ec0f67b51e17cbe258d9ac2637db2ca973b3"

// counterInit deploys a counter: each call adds one to slot 0, logs the new value (LOG0) and returns it.
var counterInit = []byte{
	0x60, 0x17, 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, 0x17, 0x60, 0x00, 0xf3, // CODECOPY(0, 12, 23) RETURN(0, 23)
	0x60, 0x00, 0x54, 0x60, 0x01, 0x01, 0x80, // SLOAD(0) + 1, twice on the stack
	0x60, 0x00, 0x55, 0x60, 0x00, 0x52, // SSTORE(0, v) MSTORE(0, v)
	0x60, 0x20, 0x60, 0x00, 0xa0, // LOG0(0, 32)
	0x60, 0x20, 0x60, 0x00, 0xf3, // RETURN(0, 32)
}

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

	deployAndCall(state)

	// Misuse is an error code with a message, never a crash.
	check(C.csevm_state_get_code(state, &contract, (*C.uint8_t)(buffer), 2, &size) == C.CSEVM_ERROR_BUFFER_TOO_SMALL, "small buffer")
	check(C.csevm_state_set_balance(state, nil, &balance) == C.CSEVM_ERROR_INVALID_ARGUMENT, "NULL address")
	check(C.csevm_state_free(state) == C.CSEVM_OK, "free")
	check(C.csevm_state_free(state) == C.CSEVM_ERROR_INVALID_HANDLE, "second free")
}

func deployAndCall(state *C.csevm_state) {
	var sender C.csevm_address
	for i := range sender.bytes {
		sender.bytes[i] = 0x11
	}
	funds := word(1000000000000000000)
	check(C.csevm_state_set_balance(state, &sender, &funds) == C.CSEVM_OK, "fund sender")
	var block C.csevm_block
	block.number = 1
	block.timestamp = 1700000000
	block.gas_limit = 30000000
	block.base_fee = word(7)
	block.chain_id = 1

	initC := C.CBytes(counterInit)
	defer C.free(initC)
	var deploy C.csevm_transaction
	deploy._type = 2
	deploy.is_create = 1
	deploy.sender = sender
	deploy.gas_limit = 200000
	deploy.max_fee_per_gas = word(10)
	deploy.max_priority_fee_per_gas = word(1)
	deploy.data = (*C.uint8_t)(initC)
	deploy.data_size = C.size_t(len(counterInit))
	var result *C.csevm_result
	var info C.csevm_result_info
	check(C.csevm_execute_transaction(state, C.CSEVM_CANCUN, &block, &deploy, &result) == C.CSEVM_OK, "deploy")
	check(C.csevm_result_get_info(result, &info) == C.CSEVM_OK && info.status == 0 && info.created == 1, "deployed")
	counter := info.created_address
	var size C.size_t
	check(C.csevm_state_get_code(state, &counter, nil, 0, &size) == C.CSEVM_OK && size == 23, "runtime code size")
	check(C.csevm_result_free(result) == C.CSEVM_OK, "free result")
	check(C.csevm_result_free(result) == C.CSEVM_ERROR_INVALID_HANDLE, "second free of a result")

	var call C.csevm_call
	call.sender = sender
	call.recipient = counter
	call.gas = 100000
	for expected := uint64(1); expected <= 2; expected++ {
		check(C.csevm_execute_call(state, C.CSEVM_CANCUN, &block, &call, &result) == C.CSEVM_OK, "call")
		check(C.csevm_result_get_info(result, &info) == C.CSEVM_OK && info.status == 0 && info.output_size == 32 && info.log_count == 1, "call info")
		var output C.csevm_word
		check(C.csevm_result_output(result, &output.bytes[0], 32, &size) == C.CSEVM_OK && output == word(expected), "output")
		var log C.csevm_log
		var data C.csevm_word
		check(C.csevm_result_log(result, 0, &log, &data.bytes[0], 32, &size) == C.CSEVM_OK &&
			log.topic_count == 0 && log.address == counter && data == word(expected), "log")
		C.csevm_result_free(result)
	}
	key := word(0)
	var stored C.csevm_word
	check(C.csevm_state_get_storage(state, &counter, &key, &stored) == C.CSEVM_OK && stored == word(2), "counter slot 0 is 2")

	deploy.nonce = 0 // stale: the sender's nonce is 1 now
	check(C.csevm_execute_transaction(state, C.CSEVM_CANCUN, &block, &deploy, &result) == C.CSEVM_ERROR_INVALID_TRANSACTION, "stale nonce")
}

// receivesSignal: a signal sent to the process still reaches os/signal.Notify.
func receivesSignal() bool {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGUSR1)
	defer signal.Stop(ch)
	if err := syscall.Kill(os.Getpid(), syscall.SIGUSR1); err != nil {
		return false
	}
	select {
	case <-ch:
		return true
	case <-time.After(5 * time.Second):
		return false
	}
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
	check(receivesSignal(), "Go's os/signal still receives a signal after .NET started")

	if failures > 0 {
		fmt.Println("go example: FAILED")
		os.Exit(1)
	}
	fmt.Println("go example: passed")
}
