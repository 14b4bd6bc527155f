// Times programs on csevm (NativeAOT `csevm run --bench N`), on revm (Hardhat's EDR) and on
// ethereumjs the same way for every side-by-side table (compare.mjs and its precompile mode),
// and checks that the engines agree on status, gas and output.
import { cpus, loadavg } from 'node:os';
import { runCsevm } from './engines.mjs';

export const ENGINES = ['csevm', 'edr', 'ethjs'];
export const LABEL = { csevm: 'csevm', edr: 'EDR (revm)', ethjs: 'ethereumjs' };

const iterationsFor = (seconds, budget, maxIters) => Math.max(1, Math.min(maxIters, Math.floor(budget / Math.max(seconds, 1e-6))));

/**
 * One round of csevm on program p. `state` carries what later rounds reuse (the time of one
 * execution, which sizes the run): the first round probes with a single execution.
 */
async function measureCsevm(p, budget, maxIters, state) {
  const run = (bench) => runCsevm({ code: p.code, calldata: p.calldata, gas: p.gas, fork: p.fork, setupInput: p.setupCalldata, bench });
  state.seconds ??= (await run(1)).medianNs / 1e9;
  const iters = Math.max(3, iterationsFor(state.seconds, budget, maxIters));
  const r = await run(iters);
  state.seconds = r.medianNs / 1e9;
  return { status: r.status === 'success' || r.status === 'revert' ? r.status : 'halt', gasUsed: String(r.gasUsed),
    output: r.output.toLowerCase(), ms: r.medianNs / 1e6, iters };
}

/**
 * One round of a peer engine on program p. The first round prepares the engine (kept in
 * `state` for later rounds), takes the detailed result and warms the engine up.
 */
async function measurePeer(lib, engine, p, budget, maxIters, state) {
  const c = { name: p.name, fork: p.fork, deployedBytecode: p.code, calldata: p.calldata, setupCalldata: p.setupCalldata, gas: String(p.gas) };
  if (!state.eng) {
    state.eng = await lib.prepareCase(engine, c);
    state.detail = await state.eng.execute(c.calldata, p.gas, { tx: false });
    // Warm-up calls, untimed (EDR's first calls on a provider are tens of times slower than later
    // ones): up to three, within the budget; the last one sizes the measured run.
    for (let i = 0, spent = 0; i < 3 && spent < budget; i++, spent += state.seconds) {
      const t0 = process.hrtime.bigint();
      await state.eng.call(c.calldata, p.gas);
      state.seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    }
  }
  const { detail } = state;
  const iters = iterationsFor(state.seconds, budget, maxIters);
  const t = await lib.bench(state.eng, c, { iters, warmup: 0, expectOutput: detail.outputHex });
  state.seconds = t.medianMs / 1000;
  return { status: detail.status, gasUsed: String(detail.gasUsed), output: detail.outputHex.toLowerCase(), ms: t.medianMs, iters };
}

/**
 * Runs every program ({name, code, calldata, setupCalldata, gas, fork, skip?: {engine: reason}})
 * on every engine for about `budget` seconds each (1 to maxIters executions, after up to three
 * warm-ups), `rounds` times in turn (one round where one execution outlasts the budget); each
 * engine keeps its fastest round's median, so a burst of load from other processes during one
 * round does not skew the ratios. ethereumjs skips
 * programs above slowGas gas. An engine that throws is reported as a disagreement, not a crash.
 * Returns rows {p, res: {engine: {status, gasUsed, output, ms, iters}}, skipped: {engine: reason},
 * agree} and the run's machine facts for the report.
 */
export async function measurePrograms(lib, programs, engines, { budget, maxIters, slowGas, rounds = 1 }) {
  const loadBefore = loadavg();
  const started = Date.now();
  const rows = [];
  for (const p of programs) {
    const res = {};
    const skipped = {};
    const state = Object.fromEntries(engines.map((e) => [e, {}]));
    for (let round = 0; round < rounds; round++) {
      for (const e of engines) {
        const gasSoFar = Object.values(res)[0]?.gasUsed;
        if (p.skip?.[e]) skipped[e] = p.skip[e];
        else if (e === 'ethjs' && gasSoFar !== undefined && Number(gasSoFar) > slowGas) skipped[e] = `more than --slow-gas ${slowGas} gas`;
        if (skipped[e] || (res[e] && res[e].ms === undefined)) {
          if (round === 0) process.stderr.write(`${p.name} ${e}: skipped (${skipped[e]})\n`);
          continue;
        }
        // One execution longer than the budget is a long sample already: one round will do.
        if (round > 0 && state[e].seconds > budget) continue;
        let r;
        try {
          r = e === 'csevm' ? await measureCsevm(p, budget, maxIters, state[e]) : await measurePeer(lib, e, p, budget, maxIters, state[e]);
          process.stderr.write(`${p.name} ${e}: ${fmtMs(r.ms)} ms x${r.iters}, gas ${r.gasUsed}, ${r.status}\n`);
        } catch (err) {
          r = { status: `error: ${String(err?.message ?? err).split('\n')[0]}`, gasUsed: '', output: '' };
          process.stderr.write(`${p.name} ${e}: ${r.status}\n`);
        }
        if (res[e] && ['status', 'gasUsed', 'output'].some((k) => res[e][k] !== r[k])) {
          r.status = `changed between rounds: ${JSON.stringify(res[e])} then ${JSON.stringify(r)}`;
          r.ms = undefined;
        }
        if (!res[e] || r.ms === undefined || r.ms < res[e].ms) res[e] = r;
      }
    }
    const results = Object.values(res);
    const agree = results.every((r) => ['status', 'gasUsed', 'output'].every((k) => r[k] === results[0][k]))
      && results.every((r) => r.ms !== undefined);
    if (!agree) process.stdout.write(`DISAGREE ${p.name}: ${JSON.stringify(res)}\n`);
    rows.push({ p, res, skipped, agree });
  }
  const meta = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`,
    loadBefore: loadBefore.map((x) => x.toFixed(1)).join(' '),
    loadAfter: loadavg().map((x) => x.toFixed(1)).join(' '),
    node: process.version, versions: lib.VERSIONS,
    seconds: ((Date.now() - started) / 1000).toFixed(0), budget, maxIters, slowGas, rounds,
  };
  return { rows, meta, disagreements: rows.filter((r) => !r.agree).length };
}

/** The engines line of a report: how each engine is run and timed. */
export function enginesNote(meta) {
  return `csevm NativeAOT (\`csevm run --bench N\`, median per execution inside one process, each from the same pre-state: one world state rewound after every run); ` +
    `EDR ${meta.versions.edr} (revm behind Hardhat's JSON-RPC provider and always-on inspector: \`eth_call\` round trip) and ` +
    `@ethereumjs/evm ${meta.versions.ethjs} (\`runCall\`), both timed in-process by the peers harness (median). Node ${meta.node}.`;
}

/** The measuring effort line of a report. */
export function budgetNote(meta) {
  const rounds = meta.rounds > 1 ? `, in ${meta.rounds} rounds per program of which each engine's fastest counts` : '';
  return `Each engine gets about ${meta.budget} s of measured executions per program (1 to ${meta.maxIters})${rounds}; the whole run took ${meta.seconds} s.`;
}

export const fmtMs = (ms) => (ms === undefined ? '–' : ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(3));
export const fmtRate = (x) => (x === undefined || !Number.isFinite(x) ? '–' : x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2));
export const mgas = (gas, ms) => (ms === undefined ? undefined : Number(gas) / ms / 1000);

export function geomean(xs) {
  const v = xs.filter((x) => x > 0);
  return v.length ? Math.exp(v.reduce((s, x) => s + Math.log(x), 0) / v.length) : undefined;
}
