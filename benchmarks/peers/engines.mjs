// Drives csevm (the NativeAOT CLI) and the peers harness (EDR = revm, ethereumjs) from node,
// and puts their results in one comparable shape.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PEERS_DIR = process.env.PEERS_DIR ?? join(ROOT, 'artifacts/peers');
export const CSEVM = process.env.CSEVM ?? join(ROOT, 'artifacts/bin/csevm');

/** The harness modules, loaded from the installed copy (benchmarks/peers/setup.sh makes it). */
export async function loadPeers() {
  if (!existsSync(join(PEERS_DIR, 'node_modules'))) {
    throw new Error(`no peers harness in ${PEERS_DIR}: run benchmarks/peers/setup.sh first`);
  }
  const lib = await import(pathToFileURL(join(PEERS_DIR, 'lib.mjs')).href);
  const common = await import(pathToFileURL(join(PEERS_DIR, 'engines/common.mjs')).href);
  return { lib, common };
}

/**
 * csevm's halt names (camelCase EVMC status names) in the harness's canonical vocabulary
 * (engines/common.mjs canonicalHalt). revm reports INVALID (0xFE) and an opcode the fork does
 * not define with different errors that the harness folds into InvalidOpcode; EVMC keeps them
 * apart as invalidInstruction / undefinedInstruction.
 */
export const CSEVM_HALTS = {
  outOfGas: 'OutOfGas',
  badJumpDestination: 'InvalidJump',
  stackUnderflow: 'StackUnderflow',
  stackOverflow: 'StackOverflow',
  invalidInstruction: 'InvalidOpcode',
  undefinedInstruction: 'InvalidOpcode',
  staticModeViolation: 'StaticStateChange',
  invalidMemoryAccess: 'OutOfOffset',
  precompileFailure: 'PrecompileError',
};

const word = (v) => '0x' + BigInt(v).toString(16).padStart(64, '0');
const normHex = (h) => (h ?? '0x').toLowerCase();

function normStorage(map) {
  const out = {};
  for (const [k, v] of Object.entries(map ?? {})) if (BigInt(v) !== 0n) out[word(k)] = word(v);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

let tempDir;
function codeFile(code) {
  tempDir ??= mkdtempSync(join(tmpdir(), 'csevm-peers-'));
  const path = join(tempDir, 'code.hex');
  writeFileSync(path, code);
  return path;
}

/** Runs `csevm run` once; returns its JSON (plus the raw line for reports). */
export async function runCsevm({ code, calldata, gas, fork, setupInput, bench }) {
  // Long code goes through a file: one command-line argument is limited to 128 KiB on Linux.
  const codeArgs = code.length > 60_000 ? ['--codefile', codeFile(code)] : ['--code', code];
  const args = ['run', ...codeArgs, '--input', calldata ?? '0x', '--gas', String(gas), '--fork', fork];
  if (setupInput) args.push('--setup-input', setupInput);
  if (bench) args.push('--bench', String(bench));
  const { stdout } = await execFileP(CSEVM, args, { maxBuffer: 1 << 26 });
  return JSON.parse(stdout.trim().split('\n').pop());
}

/** csevm's result in the comparable shape. */
export function fromCsevm(r) {
  const halted = r.status !== 'success' && r.status !== 'revert';
  return {
    status: halted ? (CSEVM_HALTS[r.status] ?? `csevm:${r.status}`) : r.status,
    gasUsed: String(r.gasUsed),
    output: normHex(r.output),
    storage: normStorage(r.storage),
  };
}

/**
 * revm halts an SSTORE that starts with at most 2300 gas left (EIP-2200's stipend check) as
 * "ReentrancySentryOOG"; the harness's canonical table (v0.22.0 names) does not fold it into
 * OutOfGas, which is what it is.
 */
const PEER_HALTS = { ReentrancySentryOOG: 'OutOfGas' };

/** A harness result (EDR or ethjs `execute`) in the comparable shape. */
export function fromPeer(r) {
  return {
    status: r.status === 'halt' ? (PEER_HALTS[r.haltReason] ?? r.haltReason) : r.status,
    gasUsed: String(r.gasUsed),
    output: normHex(r.outputHex),
    storage: normStorage(r.storage),
  };
}

/** Names of the fields on which two comparable results differ. */
export function differences(a, b) {
  return Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/** "--name value" options and "--flag" switches into an object (both scripts' command lines). */
export function parseArgs(argv) {
  const a = {};
  for (let i = 0; i < argv.length; i++) {
    const t = argv[i];
    if (!t.startsWith('--')) throw new Error(`unexpected argument ${t}`);
    const n = argv[i + 1];
    if (n === undefined || n.startsWith('--')) a[t.slice(2)] = true;
    else { a[t.slice(2)] = n; i++; }
  }
  return a;
}
