#!/usr/bin/env node
// Side-by-side benchmark: the peers cases and the evm-benchmarks programs on csevm (NativeAOT
// `csevm run --bench`), on revm (Hardhat's EDR) and on ethereumjs, in one run. Checks that
// status, gas and output agree, then writes benchmarks/results/peers.md (table) and
// benchmarks/results/peers.svg (log-scale Mgas/s chart).
//
//   node benchmarks/peers/compare.mjs [--programs a,b] [--engines csevm,edr,ethjs] [--budget SECONDS]
//                                      [--max-iters N] [--slow-gas G] [--rounds R] [--out DIR]
//   node benchmarks/peers/compare.mjs --precompiles [--loop-gas G] [same options]
//
// Every engine gets about --budget seconds of measured executions per program (at least one,
// at most --max-iters), after up to three warm-up executions, --rounds times (default 1; the
// fastest round counts). ethereumjs (about 2 Mgas/s) skips
// programs above --slow-gas gas (default 50 M: snailtracer). Exit 1 if an engine
// disagrees on status, gas or output (or fails to run a program).
//
// --precompiles runs each precompile benchmark input in a STATICCALL loop instead (see
// precompiles.mjs) and writes benchmarks/results/peers-precompiles.{md,svg}.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, PEERS_DIR, loadPeers, parseArgs } from './engines.mjs';
import { ENGINES, LABEL, measurePrograms, enginesNote, budgetNote, fmtMs, fmtRate, mgas, geomean } from './measure.mjs';
import { precompilePrograms, writePrecompileReport } from './precompiles.mjs';
import { renderChart } from './chart.mjs';

const EVM_BENCHMARKS = process.env.EVM_BENCHMARKS ?? '/work/shared/fixtures/benchmarks/evm-benchmarks/benchmarks';
// The evm-benchmarks are London state tests; they run here on Cancun, as issue 7's evmone figures do.
const EVM_BENCHMARKS_FORK = 'cancun';
const GAS = 1_000_000_000n;
/** The interpreter program that precompile throughput is held against: issue 5's slowest one. */
const PRECOMPILE_REFERENCE = 'keccak';

/** evmone 0.15 baseline, per execution, from issue 7 (measured once; not re-measured here). */
const EVMONE_MS = {
  keccak: 3.3, arith: 3.2, memory: 9.8, mandelbrot: 2.0, 'snailtracer/benchmark': 30.8,
  'blake2b_shifts/8415nulls': 7.3, 'sha1_divs/5311': 4.4, 'weierstrudel/15': 1.9,
};

/** The peers cases (Solidity contracts; some need their setup call committed first). */
function peersPrograms() {
  const { cases } = JSON.parse(readFileSync(join(PEERS_DIR, 'contracts/cases.json'), 'utf8'));
  return cases.map((c) => ({
    name: c.name, source: 'peers', fork: c.fork, code: c.deployedBytecode, calldata: c.calldata,
    setupCalldata: c.setupCalldata ?? null, gas: BigInt(c.gas),
  }));
}

/** Each transaction data variant of each evm-benchmarks state test: the callee's code + that calldata. */
function evmBenchmarkPrograms() {
  const out = [];
  for (const dir of ['main', 'micro']) {
    const path = join(EVM_BENCHMARKS, dir);
    if (!existsSync(path)) throw new Error(`no evm-benchmarks at ${path} (set EVM_BENCHMARKS)`);
    for (const file of readdirSync(path).filter((f) => f.endsWith('.json')).sort()) {
      for (const [test, t] of Object.entries(JSON.parse(readFileSync(join(path, file), 'utf8')))) {
        const to = t.transaction.to.toLowerCase();
        const account = Object.entries(t.pre).find(([a]) => a.toLowerCase() === to)?.[1];
        if (!account?.code || account.code === '0x') throw new Error(`${file}: the transaction's target has no code`);
        const labels = t._info?.labels ?? {};
        t.transaction.data.forEach((data, i) => out.push({
          name: `${test}/${labels[i] ?? i}`, source: `evm-benchmarks/${dir}`, fork: EVM_BENCHMARKS_FORK,
          code: account.code, calldata: data, setupCalldata: null, gas: GAS,
        }));
      }
    }
  }
  return out;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const engines = String(args.engines ?? ENGINES.join(',')).split(',');
  for (const e of engines) if (!ENGINES.includes(e)) throw new Error(`unknown engine ${e}`);
  const precompiles = Boolean(args.precompiles);
  const options = {
    // The precompile mode has more, shorter programs, whose ratios matter more than their
    // absolute times: three short rounds (the fastest counts) keep it near 5 minutes.
    budget: Number(args.budget ?? (precompiles ? 0.35 : 2)),
    maxIters: Number(args['max-iters'] ?? 50),
    slowGas: Number(args['slow-gas'] ?? 50e6),
    rounds: Number(args.rounds ?? (precompiles ? 3 : 1)),
  };
  const outDir = args.out ?? join(ROOT, 'benchmarks/results');
  const want = args.programs ? new Set(String(args.programs).split(',')) : null;
  const matches = (name) => !want || want.has(name) || want.has(name.split('/')[0]);
  const programs = precompiles
    ? precompilePrograms(args, matches, peersPrograms().filter((p) => p.name === PRECOMPILE_REFERENCE))
    : [...peersPrograms(), ...evmBenchmarkPrograms()].filter((p) => matches(p.name));
  if (!programs.length) throw new Error('no program matches --programs');

  const { lib } = await loadPeers();
  const { rows, meta, disagreements } = await measurePrograms(lib, programs, engines, options);
  mkdirSync(outDir, { recursive: true });
  const written = precompiles ? writePrecompileReport(rows, engines, meta, outDir) : writeProgramReport(rows, engines, meta, outDir);
  process.stdout.write(`${rows.length} programs, ${disagreements} disagreement(s); wrote ${written.join(' and ')} (${meta.seconds} s)\n`);
  process.exitCode = disagreements ? 1 : 0;
}

/** The interpreter programs' table and chart: peers.md, peers.svg. */
function writeProgramReport(rows, engines, meta, outDir) {
  const md = join(outDir, 'peers.md'), svg = join(outDir, 'peers.svg');
  writeFileSync(md, renderTable(rows, engines, meta));
  writeFileSync(svg, renderChart(rows.map(({ p, res }) => ({
    name: p.name,
    values: {
      ...Object.fromEntries(engines.map((e) => [LABEL[e], res[e] && mgas(res[e].gasUsed, res[e].ms)])),
      'evmone (reference)': EVMONE_MS[p.name] ? mgas(res[engines[0]].gasUsed, EVMONE_MS[p.name]) : undefined,
    },
  })), { title: `Mgas/s per engine (log scale), ${meta.date}, ${meta.cpu}` }));
  return [md, svg];
}

function renderTable(rows, engines, meta) {
  const label = LABEL;
  const others = engines.filter((e) => e !== 'csevm');
  const hasCsevm = engines.includes('csevm');
  const head = ['program', 'source', 'fork', 'gas'];
  for (const e of engines) head.push(`${label[e]} ms`);
  for (const e of engines) head.push(`${label[e]} Mgas/s`);
  if (hasCsevm) for (const e of others) head.push(`${label[e]} / csevm`);
  head.push('evmone (reference, not re-measured) ms', 'evmone Mgas/s', 'csevm / evmone speed', 'agree');
  const lines = ['| ' + head.join(' | ') + ' |', '|' + head.map((_, i) => (i < 3 ? '---' : '---:')).join('|') + '|'];
  const ratios = Object.fromEntries(others.map((e) => [e, []]));
  const vsEvmone = [];
  for (const { p, res, agree } of rows) {
    const gas = res[engines[0]].gasUsed;
    const cells = [p.name, p.source, p.fork, Number(gas).toLocaleString('en-US')];
    for (const e of engines) cells.push(res[e] ? fmtMs(res[e].ms) : 'skipped');
    for (const e of engines) cells.push(res[e] ? fmtRate(mgas(gas, res[e].ms)) : '–');
    if (hasCsevm) for (const e of others) {
      if (res[e]?.ms === undefined || res.csevm.ms === undefined) { cells.push('–'); continue; }
      const r = res[e].ms / res.csevm.ms;
      ratios[e].push(r);
      cells.push(`${r.toFixed(1)}x`);
    }
    const ref = EVMONE_MS[p.name];
    cells.push(ref ? String(ref) : '', ref ? fmtRate(mgas(gas, ref)) : '');
    if (ref && hasCsevm) { const s = ref / res.csevm.ms; vsEvmone.push(s); cells.push(`${s.toFixed(2)}x`); } else cells.push('');
    cells.push(agree ? 'yes' : '**NO**');
    lines.push('| ' + cells.join(' | ') + ' |');
  }
  const summary = [];
  if (hasCsevm) for (const e of others) summary.push(`${label[e]} takes ${geomean(ratios[e])?.toFixed(1)}x csevm's time (geometric mean over ${ratios[e].length} programs)`);
  if (vsEvmone.length) summary.push(`csevm runs at ${geomean(vsEvmone).toFixed(2)}x evmone's reference speed (geometric mean over the ${vsEvmone.length} programs issue 7 lists; 1.0 = evmone)`);
  return [
    '# csevm side by side with revm (EDR) and ethereumjs',
    '',
    `Generated by \`benchmarks/peers/compare.mjs\` (\`./build.sh peers\`) on ${meta.date}.`,
    '',
    `- Machine: ${meta.cpu}; load average ${meta.loadBefore} before and ${meta.loadAfter} after the run ` +
      '(the machine is shared: absolute times are noisy, ratios from this one run are the figures to quote).',
    `- Engines: ${enginesNote(meta)}`,
    `- ${budgetNote(meta)}`,
    '- gas = execution gas of the top-level frame (no intrinsic gas, before refunds); Mgas/s = gas / median time.',
    '- "x / csevm" = that engine\'s median time divided by csevm\'s (higher = csevm faster).',
    '- evmone figures are issue 7\'s measurements of evmone 0.15 (baseline interpreter, `--bench`), not re-measured here; ' +
      'its Mgas/s uses the gas measured here.',
    '- agree = status, gas and output identical on every engine that ran it; "skipped": ethereumjs is not run above ' +
      `${(meta.slowGas / 1e6).toFixed(0)} M gas (it would take minutes).`,
    '',
    ...lines,
    '',
    ...summary.map((s) => `- ${s}`),
    '',
    '![Mgas/s per engine](peers.svg)',
    '',
  ].join('\n');
}

main().catch((e) => { process.stderr.write(`compare: ${e?.stack ?? e}\n`); process.exit(2); });
