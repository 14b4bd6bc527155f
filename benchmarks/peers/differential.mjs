#!/usr/bin/env node
// Differential test: random well-formed EVM programs on csevm and on revm (Hardhat's EDR,
// through the peers harness), compared on status, gasUsed, output and storage.
//
//   node benchmarks/peers/differential.mjs [--count N] [--seed S] [--fork F|--forks a,b|--forks all]
//                                           [--no-shrink] [--verbose]
//
// Program i of a run uses seed S+i, so a disagreement is reproduced by `--seed S+i --count 1`.
// Each disagreement is printed with its program (shrunk to a minimal one that still shows the
// same disagreement) and the two results; the summary ends the output. Exit 1 on any
// disagreement, 2 on bad arguments or a broken setup.
import { FORKS, generateCase, assemble, withoutOneStep } from './program-generator.mjs';
import { loadPeers, runCsevm, fromCsevm, fromPeer, differences, parseArgs } from './engines.mjs';

const args = (() => {
  try {
    const a = parseArgs(process.argv.slice(2));
    const known = new Set(['count', 'seed', 'fork', 'forks', 'no-shrink', 'verbose']);
    for (const k of Object.keys(a)) if (!known.has(k)) throw new Error(`unknown option --${k}`);
    const forks = a.forks === 'all' ? FORKS : String(a.forks ?? a.fork ?? 'prague').split(',');
    for (const f of forks) if (!FORKS.includes(f)) throw new Error(`unknown fork ${f}; use one of ${FORKS.join(', ')}`);
    const count = Number(a.count ?? 200);
    const seed = Number(a.seed ?? 1);
    if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) throw new Error('--count and --seed take integers');
    return { count, seed, forks, shrink: !a['no-shrink'], verbose: !!a.verbose };
  } catch (e) {
    process.stderr.write(`differential: ${e.message}\n`);
    process.exit(2);
  }
})();

const { lib, common } = await loadPeers();

/** One EDR provider pair per fork; each program's code is installed with hardhat_setCode. */
const edrByFork = new Map();
async function edrFor(fork) {
  if (!edrByFork.has(fork)) edrByFork.set(fork, await lib.createEngine('edr', { fork, code: '0x00' }));
  return edrByFork.get(fork);
}

/**
 * One eth_call with call traces, classified like the harness's `execute` except for a REVERT
 * with empty data: EDR's trace then says "EvmError: Revert", which the harness (v0.22.0 copy)
 * takes for an exceptional halt and charges the whole gas limit; it is a revert, with the
 * trace's gas.
 */
async function edrExecute(edr, calldata, gas) {
  const { result, resp } = await edr.rpc('eth_call', [edr._tx(calldata, gas), 'latest']);
  const top = resp.callTraces()[0];
  if (!top) throw new Error('EDR returned no call trace');
  if (top.success) return { status: 'success', gasUsed: top.gasUsed, outputHex: result };
  const raw = typeof top.outputs === 'string' ? top.outputs : '';
  if (raw.startsWith('EvmError') && raw !== 'EvmError: Revert') {
    return { status: 'halt', haltReason: common.canonicalHalt(raw), gasUsed: gas, outputHex: '0x' };
  }
  return { status: 'revert', gasUsed: top.gasUsed, outputHex: result };
}

/**
 * The callee's storage after the call, from the prestateTracer's diff (pre-state storage is
 * empty, so the post side is the whole non-zero storage). The harness's `execute(..., {tx: true})`
 * would read it too, but it fails before London (it compares a base fee the block does not have).
 */
async function edrStorageAfter(edr, calldata, gas) {
  const tx = edr._tx(calldata, gas);
  const { result } = await edr.rpc('debug_traceCall', [tx, 'latest', { tracer: 'prestateTracer', tracerConfig: { diffMode: true } }]);
  for (const [address, account] of Object.entries(result?.post ?? {})) {
    if (address.toLowerCase() === common.CONTRACT) return account.storage ?? {};
  }
  return {};
}

async function runBoth(fork, code, calldata, gas) {
  const edr = await edrFor(fork);
  await edr.rpc('hardhat_setCode', [common.CONTRACT, code]);
  const detail = await edrExecute(edr, calldata, gas);
  detail.storage = await edrStorageAfter(edr, calldata, gas);
  const peer = fromPeer(detail);
  const ours = fromCsevm(await runCsevm({ code, calldata, gas, fork }));
  // revm halts a DUPn that lacks operands with StackOverflow (its stack's dup() reports both
  // limits as one error); the outcome is the same exceptional halt, so it counts as agreement.
  const dupQuirk = ours.status === 'StackUnderflow' && peer.status === 'StackOverflow';
  const diff = differences(dupQuirk ? { ...ours, status: peer.status } : ours, peer);
  return { ours, peer, diff, dupQuirk };
}

/** What a disagreement looks like, so the shrinker keeps only programs that show the same one. */
const signature = (r) => JSON.stringify([r.diff, r.ours.status, r.peer.status]);

async function shrink(c, first) {
  const want = signature(first);
  let steps = c.steps;
  let best = first;
  for (let progress = true; progress;) {
    progress = false;
    for (const candidate of withoutOneStep(steps)) {
      const code = assemble(candidate);
      if (code === '0x') continue; // csevm run needs some code
      const r = await runBoth(c.fork, code, c.calldata, c.gas);
      if (r.diff.length && signature(r) === want) { steps = candidate; best = r; progress = true; break; }
    }
  }
  return { code: assemble(steps), result: best };
}

const started = Date.now();
const perFork = Object.fromEntries(args.forks.map((f) => [f, { programs: 0, disagreements: 0 }]));
const statuses = {};
const disagreements = [];
let withStorage = 0, withOutput = 0, quirks = 0;
for (let i = 0; i < args.count; i++) {
  const seed = args.seed + i;
  const fork = args.forks[i % args.forks.length];
  const c = generateCase(seed, fork);
  const code = assemble(c.steps);
  let r;
  try {
    r = await runBoth(fork, code, c.calldata, c.gas);
  } catch (e) {
    process.stderr.write(`differential: seed ${seed} (${fork}) could not run: ${e.message}\n`);
    process.exit(2);
  }
  perFork[fork].programs++;
  statuses[r.peer.status] = (statuses[r.peer.status] ?? 0) + 1;
  if (Object.keys(r.peer.storage).length) withStorage++;
  if (r.dupQuirk) quirks++;
  if (r.peer.output !== '0x') withOutput++;
  if (args.verbose) process.stderr.write(`seed ${seed} ${fork} ${r.peer.status} gas ${r.peer.gasUsed}${r.diff.length ? ' DISAGREE' : ''}\n`);
  if (!r.diff.length) continue;
  perFork[fork].disagreements++;
  const minimal = args.shrink ? await shrink(c, r) : { code, result: r };
  const report = {
    seed, fork, mismatch: r.diff, calldata: c.calldata, gas: String(c.gas), code, minimalCode: minimal.code,
    csevm: minimal.result.ours, revm: minimal.result.peer,
  };
  disagreements.push(report);
  process.stdout.write(`DISAGREE ${JSON.stringify(report)}\n`);
  process.stdout.write(`  reproduce: artifacts/bin/csevm run --fork ${fork} --gas ${c.gas} --input ${c.calldata} --code ${minimal.code}\n`);
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
const total = args.count;
process.stdout.write(`summary: ${total} programs (seeds ${args.seed}..${args.seed + total - 1}), forks ${args.forks.join(',')}, ` +
  `${disagreements.length} disagreement(s), ${seconds} s\n`);
process.stdout.write(`  per fork: ${Object.entries(perFork).map(([f, s]) => `${f} ${s.programs}/${s.disagreements}`).join(', ')} (programs/disagreements)\n`);
process.stdout.write(`  outcomes on revm: ${Object.entries(statuses).sort().map(([s, n]) => `${s} ${n}`).join(', ')}; ` +
  `${withStorage} left non-zero storage, ${withOutput} returned data; ` +
  `${quirks} csevm stackUnderflow = revm StackOverflow (revm's name for a DUP underflow)\n`);
process.exit(disagreements.length ? 1 : 0);
