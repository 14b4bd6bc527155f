// The precompile mode of compare.mjs (`compare.mjs --precompiles`): each precompile benchmark
// input (precompile-inputs.json, exported from benchmarks/Engine.Benchmarks/Precompiles by
// PrecompileInputs/) in a contract that STATICCALLs the precompile N times, on csevm, revm (EDR)
// and ethereumjs. Two baseline loops (no call; identity with 0 bytes) give each engine's cost of
// the loop and of one call, which is subtracted to get the precompile's own throughput; the
// keccak program gives the interpreter's speed that issue 5 holds precompiles against.
// Writes benchmarks/results/peers-precompiles.md and peers-precompiles.svg.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORKS, assemble } from './program-generator.mjs';
import { LABEL, budgetNote, enginesNote, fmtRate, geomean, mgas } from './measure.mjs';
import { renderChart } from './chart.mjs';

export const INPUTS = join(dirname(fileURLToPath(import.meta.url)), 'precompile-inputs.json');
const GAS = 1_000_000_000n;
/** Gas of one loop iteration besides the precompile's own price (warm STATICCALL, pushes, counter, jumps). */
const ITERATION_GAS = 162;
const IDENTITY = 4;
/** The fork of the baselines (a call's cost in an engine does not depend on the fork). */
const BASELINE_FORK = 'osaka';
const BASELINE_CALLS = 10_000;
const MAX_CALLS = 20_000;
/** Precompiles a peer cannot run here, with the reason (the row still runs on the others). */
const LACKS = {
  ethjs: { point_evaluation: 'no KZG library: @ethereumjs/evm needs common.customCrypto.kzg, which the peers harness does not set' },
};

/** The opcodes of the loop (the generator's table leaves GAS, DUP and SWAP out on purpose). */
const OPCODES = {
  SUB: 0x03, ISZERO: 0x15, CODECOPY: 0x39, RETURNDATASIZE: 0x3d, RETURNDATACOPY: 0x3e, POP: 0x50, JUMPI: 0x57,
  GAS: 0x5a, DUP1: 0x80, SWAP1: 0x90, RETURN: 0xf3, STATICCALL: 0xfa, INVALID: 0xfe,
};
const op = (name) => ({ op: OPCODES[name] });
const push = (value, width) => ({ push: BigInt(value), width });

/**
 * Copies `input` to memory 0, then `calls` times: STATICCALL(all gas, precompile, 0, input length,
 * 0, 0), INVALID if it fails. Returns the last call's return data, so engines whose precompile
 * computes something else disagree on the output. `precompile` null: the same loop without the call.
 */
export function callLoop(precompile, inputHex, calls) {
  const input = Buffer.from(inputHex, 'hex');
  if (input.length > 0xffff) throw new Error('input longer than a PUSH2 can address');
  const code = (dataStart) => assemble([[
    push(input.length, 2), push(dataStart, 2), push(0, 1), op('CODECOPY'),
    push(calls, 3),
    { label: 'loop' },
    ...(precompile === null ? [] : [
      push(0, 1), push(0, 1), push(input.length, 2), push(0, 1), push(precompile, 2), op('GAS'), op('STATICCALL'),
      op('ISZERO'), { pushLabel: 'fail' }, op('JUMPI'),
    ]),
    push(1, 1), op('SWAP1'), op('SUB'), op('DUP1'), { pushLabel: 'loop' }, op('JUMPI'),
    op('POP'),
    op('RETURNDATASIZE'), push(0, 1), push(0, 1), op('RETURNDATACOPY'),
    op('RETURNDATASIZE'), push(0, 1), op('RETURN'),
    { label: 'fail' }, op('INVALID'),
  ]]);
  const length = (code(0).length - 2) / 2;
  return code(length) + inputHex;
}

/**
 * The programs of the precompile mode: the reference interpreter programs, the two baselines and
 * one loop per input (`matches` selects inputs by their name or their precompile's). Inputs at a
 * fork the peers harness lacks run on csevm only.
 */
export function precompilePrograms(args, matches, references) {
  const loopGas = Number(args['loop-gas'] ?? 1_000_000);
  const { cases } = JSON.parse(readFileSync(INPUTS, 'utf8'));
  const loop = (name, source, fork, address, input, gasPerCall, calls, skip = {}) => ({
    name, source, fork, code: callLoop(address, input, calls), calldata: '0x', setupCalldata: null, gas: GAS,
    calls, gasPerCall, skip,
  });
  // The reference and the baselines run first and again last (the faster counts, see
  // writePrecompileReport): every input is measured against them, so a burst of load during
  // one of them would skew every row.
  const yardsticks = [
    ...references.map((p) => ({ ...p, source: 'reference' })),
    loop('empty loop', 'baseline', BASELINE_FORK, null, '', 0, BASELINE_CALLS),
    loop('identity 0 B', 'baseline', BASELINE_FORK, IDENTITY, '', 15, BASELINE_CALLS),
  ];
  const programs = [...yardsticks];
  for (const c of cases.filter((c) => matches(c.name) || matches(c.precompile))) {
    const calls = Math.max(1, Math.min(MAX_CALLS, Math.round(loopGas / (c.gas + ITERATION_GAS))));
    const skip = {};
    for (const [engine, lacks] of Object.entries(LACKS)) if (lacks[c.precompile]) skip[engine] = lacks[c.precompile];
    if (!FORKS.includes(c.fork)) for (const engine of ['edr', 'ethjs']) skip[engine] = `the peers harness has no ${c.fork}`;
    programs.push(loop(c.name, `${c.precompile} 0x${c.address.toString(16).padStart(2, '0')}`, c.fork, c.address, c.input, c.gas, calls, skip));
  }
  return [...programs, ...yardsticks];
}

/** Rows of the same program (the yardsticks run twice) merged: each engine's fastest result. */
function fastestOfRepeats(rows) {
  const merged = new Map();
  for (const row of rows) {
    const m = merged.get(row.p.name);
    if (!m) { merged.set(row.p.name, { ...row, res: { ...row.res } }); continue; }
    m.agree &&= row.agree;
    for (const [e, r] of Object.entries(row.res)) {
      const same = ['status', 'gasUsed', 'output'].every((k) => m.res[e]?.[k] === r[k]);
      if (!same) m.agree = false;
      else if (r.ms < m.res[e].ms) m.res[e] = r;
    }
  }
  return [...merged.values()];
}

const fmtUs = (us) => (us === undefined ? '–' : us >= 100 ? us.toFixed(0) : us >= 1 ? us.toFixed(1) : us.toFixed(2));
const fmtRatio = (x) => (x === undefined || !Number.isFinite(x) ? '–' : `${x.toFixed(x >= 10 ? 0 : 2)}x`);
/** "yes" only when the engines agree and the loop succeeded: a failed call would time the failure path. */
const agreeCell = (r) => {
  const failed = Object.values(r.res).find((x) => x.status !== 'success');
  return !r.agree ? '**NO**' : failed ? `**${failed.status}**` : 'yes';
};
const table = (head, rows, textColumns) =>
  ['| ' + head.join(' | ') + ' |', '|' + head.map((_, i) => (i < textColumns ? '---' : '---:')).join('|') + '|',
    ...rows.map((cells) => '| ' + cells.join(' | ') + ' |')];

/** Per engine: the loop's time per call and Mgas/s, and the precompile's own (one call's overhead subtracted). */
function throughput(row, engine, callMs) {
  const r = row.res[engine];
  if (r?.ms === undefined) return undefined;
  const onlyMs = callMs === undefined ? undefined : r.ms - row.p.calls * callMs;
  return {
    usPerCall: (r.ms * 1000) / row.p.calls,
    loopMgas: mgas(r.gasUsed, r.ms),
    onlyMgas: onlyMs > 0 ? mgas(row.p.calls * row.p.gasPerCall, onlyMs) : undefined,
    onlyMs,
  };
}

/** Writes peers-precompiles.md and peers-precompiles.svg; returns their paths. */
export function writePrecompileReport(measured, engines, meta, outDir) {
  const rows = fastestOfRepeats(measured);
  const byName = (name) => rows.find((r) => r.p.name === name);
  const perIteration = (row, e) => (row?.res[e]?.ms === undefined ? undefined : row.res[e].ms / row.p.calls);
  const callMs = Object.fromEntries(engines.map((e) => [e, perIteration(byName('identity 0 B'), e)]));
  const references = rows.filter((r) => r.p.source === 'reference');
  const threshold = references.length ? mgas(references[0].res.csevm?.gasUsed, references[0].res.csevm?.ms) : undefined;
  const peers = engines.filter((e) => e !== 'csevm');
  const cases = rows.filter((r) => r.p.source !== 'reference' && r.p.source !== 'baseline');

  const referenceLines = table(['program', 'fork', 'gas', ...engines.map((e) => `${LABEL[e]} Mgas/s`), 'agree'],
    references.map((r) => [r.p.name, r.p.fork, Number(r.res[engines[0]]?.gasUsed).toLocaleString('en-US'),
      ...engines.map((e) => fmtRate(mgas(r.res[e]?.gasUsed, r.res[e]?.ms))), agreeCell(r)]), 2);
  const baselineLines = table(['baseline', 'fork', 'iterations', 'gas', ...engines.map((e) => `${LABEL[e]} ns/iteration`), 'agree'],
    rows.filter((r) => r.p.source === 'baseline').map((r) => [r.p.name, r.p.fork, r.p.calls.toLocaleString('en-US'),
      Number(r.res[engines[0]]?.gasUsed).toLocaleString('en-US'),
      ...engines.map((e) => fmtRate(perIteration(r, e) * 1e6)), agreeCell(r)]), 2);

  const head = ['input', 'precompile', 'fork', 'gas/call', 'calls',
    ...engines.map((e) => `${LABEL[e]} µs/call`), ...engines.map((e) => `${LABEL[e]} Mgas/s`),
    ...engines.map((e) => `${LABEL[e]} precompile-only Mgas/s`)];
  head.push(...peers.map((e) => `${LABEL[e]} / csevm precompile-only time`));
  head.push(...engines.map((e) => `${LABEL[e]} only / keccak`), 'agree');
  const ratios = Object.fromEntries(peers.map((e) => [e, { loop: [], only: [] }]));
  const below = Object.fromEntries(engines.map((e) => [e, []]));
  const chartRows = [];
  const caseLines = table(head, cases.map((r) => {
    const t = Object.fromEntries(engines.map((e) => [e, throughput(r, e, callMs[e])]));
    const cell = (e, f) => (r.skipped[e] ? 'skipped' : f(t[e]));
    const cells = [r.p.name, r.p.source, r.p.fork, r.p.gasPerCall.toLocaleString('en-US'), r.p.calls.toLocaleString('en-US'),
      ...engines.map((e) => cell(e, (x) => fmtUs(x?.usPerCall))), ...engines.map((e) => cell(e, (x) => fmtRate(x?.loopMgas))),
      ...engines.map((e) => cell(e, (x) => fmtRate(x?.onlyMgas)))];
    for (const e of peers) {
      const loop = t[e] && t.csevm ? t[e].usPerCall / t.csevm.usPerCall : undefined;
      const only = t[e]?.onlyMs > 0 && t.csevm?.onlyMs > 0 ? t[e].onlyMs / t.csevm.onlyMs : undefined;
      if (loop !== undefined) ratios[e].loop.push(loop);
      if (only !== undefined) ratios[e].only.push(only);
      cells.push(fmtRatio(only));
    }
    for (const e of engines) {
      const vs = threshold && t[e]?.onlyMgas !== undefined ? t[e].onlyMgas / threshold : undefined;
      if (vs !== undefined && vs < 1) below[e].push(r.p.name);
      cells.push(vs === undefined ? '–' : `${vs.toFixed(2)}x`);
    }
    cells.push(agreeCell(r));
    chartRows.push({ name: r.p.name, values: Object.fromEntries(engines.map((e) => [LABEL[e], t[e]?.onlyMgas])) });
    return cells;
  }), 3);

  const skips = [...new Set(cases.flatMap((r) => Object.entries(r.skipped).map(([e, why]) => `${LABEL[e]}: ${why}`)))];
  const summary = [];
  for (const e of peers) {
    const g = (xs) => geomean(xs)?.toFixed(2);
    if (ratios[e].loop.length) summary.push(`${LABEL[e]} takes ${g(ratios[e].loop)}x csevm's time per loop iteration and ${g(ratios[e].only)}x csevm's precompile-only time (geometric means over ${ratios[e].loop.length} and ${ratios[e].only.length} inputs; below 1 = faster than csevm)`);
  }
  if (threshold) {
    for (const e of engines) {
      const measured = cases.filter((r) => throughput(r, e, callMs[e])?.onlyMgas !== undefined).map((r) => r.p.name);
      const above = measured.filter((name) => !below[e].includes(name));
      summary.push(`${LABEL[e]}: ${below[e].length} of ${measured.length} inputs below csevm's keccak (${fmtRate(threshold)} Mgas/s) in precompile-only throughput; at or above it: ${above.join(', ') || 'none'}`);
    }
  }
  const md = join(outDir, 'peers-precompiles.md');
  const svg = join(outDir, 'peers-precompiles.svg');
  writeFileSync(md, [
    '# Precompiles side by side: csevm, revm (EDR) and ethereumjs',
    '',
    `Generated by \`benchmarks/peers/compare.mjs --precompiles\` on ${meta.date}.`,
    '',
    `- Machine: ${meta.cpu}; load average ${meta.loadBefore} before and ${meta.loadAfter} after the run ` +
      '(the machine is shared: absolute times are noisy, ratios from this one run are the figures to quote).',
    `- Engines: ${enginesNote(meta)}`,
    `- ${budgetNote(meta)}`,
    '- Inputs: `benchmarks/peers/precompile-inputs.json`, exported from the benchmark classes in `benchmarks/Engine.Benchmarks/Precompiles` ' +
      '(`dotnet run -c Release --project benchmarks/peers/PrecompileInputs -- benchmarks/peers/precompile-inputs.json`), each at the fork the benchmark prices it at.',
    '- Each input runs in a contract that copies it to memory and STATICCALLs the precompile `calls` times with all its gas ' +
      '(INVALID if a call fails), then returns the last call\'s output; status, gas and that output must agree on every engine.',
    '- µs/call = the loop\'s median time / calls; Mgas/s = the loop\'s gas (calls, loop and all) / its time.',
    '- precompile-only Mgas/s = calls × gas/call / (loop time − calls × that engine\'s time per iteration of the `identity 0 B` loop): ' +
      'the engine\'s cost of the loop and of making a call subtracted (the identity call\'s own 15 gas of work stays in it). "–": nothing measurable was left. ' +
      'The keccak reference and both baselines run at the start and again at the end of the run; each engine\'s faster result counts.',
    '- "x / csevm precompile-only time" = that engine\'s precompile-only time divided by csevm\'s (above 1 = csevm faster, below 1 = csevm slower).',
    '- "only / keccak" = precompile-only Mgas/s over csevm\'s Mgas/s on the keccak program (issue 5\'s slowest interpreter program), measured in this run: ' +
      'below 1.00x the precompile gives less gas per second than the interpreter does. revm\'s own interpreter is not measurable here ' +
      '(EDR runs it under an inspector), so both engines are held against csevm\'s interpreter, whose keccak speed is evmone\'s (peers.md).',
    ...skips.map((s) => `- skipped on ${s}.`),
    '',
    '## Interpreter reference',
    '',
    ...referenceLines,
    '',
    '## Baselines: the loop alone, and a call that does nothing',
    '',
    ...baselineLines,
    '',
    '## Precompiles',
    '',
    ...caseLines,
    '',
    ...summary.map((s) => `- ${s}`),
    '',
    '![precompile-only Mgas/s per engine](peers-precompiles.svg)',
    '',
  ].join('\n'));
  writeFileSync(svg, renderChart(chartRows, {
    title: `Precompile-only Mgas/s per engine (log scale), ${meta.date}, ${meta.cpu}`,
    marker: threshold && { value: threshold, label: `csevm keccak ${fmtRate(threshold)} Mgas/s` },
  }));
  return [md, svg];
}
