// Seeded generator of random well-formed EVM programs for the differential test.
//
// A program is a list of steps; a step is a list of assembly items ({op}, {push, width},
// {pushLabel}, {label}, {raw}) and may hold nested steps ({steps}). Every step supplies the
// operands it needs (pushing bounded offsets and small storage keys where an unbounded value
// would only produce out-of-gas), jumps go to JUMPDESTs of the same step, and blocks that a
// JUMPI may skip are stack-neutral, so the program runs to its end unless a deliberate fault
// (bad jump, underflow, overflow, INVALID, undefined opcode, a small gas limit) stops it.
// Steps are the unit the shrinker removes.

export const FORKS = ['berlin', 'london', 'shanghai', 'cancun', 'prague', 'osaka'];
const forkIndex = (f) => {
  const i = FORKS.indexOf(f);
  if (i < 0) throw new Error(`unknown fork ${f}; use one of ${FORKS.join(', ')}`);
  return i;
};

/** Storage keys the programs use (the comparison asks the peer for exactly these slots). */
export const STORAGE_KEYS = [0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n, 0x100n, (1n << 255n), (1n << 256n) - 1n];

// name: [byte, inputs, outputs, first fork]
const OPS = {
  STOP: [0x00, 0, 0], ADD: [0x01, 2, 1], MUL: [0x02, 2, 1], SUB: [0x03, 2, 1], DIV: [0x04, 2, 1], SDIV: [0x05, 2, 1],
  MOD: [0x06, 2, 1], SMOD: [0x07, 2, 1], ADDMOD: [0x08, 3, 1], MULMOD: [0x09, 3, 1], EXP: [0x0a, 2, 1],
  SIGNEXTEND: [0x0b, 2, 1], LT: [0x10, 2, 1], GT: [0x11, 2, 1], SLT: [0x12, 2, 1], SGT: [0x13, 2, 1], EQ: [0x14, 2, 1],
  ISZERO: [0x15, 1, 1], AND: [0x16, 2, 1], OR: [0x17, 2, 1], XOR: [0x18, 2, 1], NOT: [0x19, 1, 1], BYTE: [0x1a, 2, 1],
  SHL: [0x1b, 2, 1], SHR: [0x1c, 2, 1], SAR: [0x1d, 2, 1], CLZ: [0x1e, 1, 1, 'osaka'],
  KECCAK256: [0x20, 2, 1], ADDRESS: [0x30, 0, 1], BALANCE: [0x31, 1, 1], ORIGIN: [0x32, 0, 1], CALLER: [0x33, 0, 1],
  CALLVALUE: [0x34, 0, 1], CALLDATALOAD: [0x35, 1, 1], CALLDATASIZE: [0x36, 0, 1], CALLDATACOPY: [0x37, 3, 0],
  CODESIZE: [0x38, 0, 1], CODECOPY: [0x39, 3, 0], GASPRICE: [0x3a, 0, 1], EXTCODESIZE: [0x3b, 1, 1],
  EXTCODECOPY: [0x3c, 4, 0], RETURNDATASIZE: [0x3d, 0, 1], RETURNDATACOPY: [0x3e, 3, 0], EXTCODEHASH: [0x3f, 1, 1],
  CHAINID: [0x46, 0, 1], SELFBALANCE: [0x47, 0, 1], BLOBHASH: [0x49, 1, 1, 'cancun'],
  POP: [0x50, 1, 0], MLOAD: [0x51, 1, 1], MSTORE: [0x52, 2, 0], MSTORE8: [0x53, 2, 0], SLOAD: [0x54, 1, 1],
  SSTORE: [0x55, 2, 0], JUMP: [0x56, 1, 0], JUMPI: [0x57, 2, 0], PC: [0x58, 0, 1], MSIZE: [0x59, 0, 1],
  JUMPDEST: [0x5b, 0, 0], TLOAD: [0x5c, 1, 1, 'cancun'], TSTORE: [0x5d, 2, 0, 'cancun'], MCOPY: [0x5e, 3, 0, 'cancun'],
  PUSH0: [0x5f, 0, 1, 'shanghai'], LOG0: [0xa0, 2, 0], CALL: [0xf1, 7, 1], CALLCODE: [0xf2, 7, 1],
  RETURN: [0xf3, 2, 0], DELEGATECALL: [0xf4, 6, 1], STATICCALL: [0xfa, 6, 1], REVERT: [0xfd, 2, 0], INVALID: [0xfe, 0, 0],
};

// Bytes that no fork up to Osaka defines (EOF is not part of Osaka).
const UNDEFINED = [0x0c, 0x0d, 0x0e, 0x0f, 0x21, 0x2f, 0x4b, 0x4f, 0xa5, 0xb0, 0xc0, 0xd0, 0xe0, 0xee, 0xef, 0xf6, 0xf9, 0xfb, 0xfc];

/** xoshiro128** seeded through splitmix32: small, fast and identical on every platform. */
export class Rng {
  constructor(seed) {
    let s = Number(BigInt.asUintN(32, BigInt(seed))) >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s = [next(), next(), next(), next()];
  }
  u32() {
    const s = this.s;
    const rotl = (x, k) => ((x << k) | (x >>> (32 - k))) >>> 0;
    const result = Math.imul(rotl(Math.imul(s[1], 5) >>> 0, 7), 9) >>> 0;
    const t = (s[1] << 9) >>> 0;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 11);
    return result;
  }
  int(n) { return this.u32() % n; }            // 0 <= x < n
  range(lo, hi) { return lo + this.int(hi - lo + 1); }
  chance(p) { return this.u32() / 4294967296 < p; }
  pick(xs) { return xs[this.int(xs.length)]; }
  bytes(n) { return Array.from({ length: n }, () => this.int(256)); }
  bigBytes(n) { let v = 0n; for (const b of this.bytes(n)) v = (v << 8n) | BigInt(b); return v; }
  weighted(table) {
    let total = 0;
    for (const [, w] of table) total += w;
    let x = this.int(total);
    for (const [v, w] of table) { if (x < w) return v; x -= w; }
    return table[table.length - 1][0];
  }
}

const MAX = (1n << 256n) - 1n;

/** Stack values that exercise edge cases of the arithmetic (signs, widths, shifts, zero). */
function interestingValue(rng) {
  switch (rng.int(12)) {
    case 0: return 0n;
    case 1: return 1n;
    case 2: return BigInt(rng.range(2, 300));
    case 3: return MAX - BigInt(rng.int(3));                    // -1, -2, -3
    case 4: return 1n << 255n;                                  // INT256_MIN
    case 5: return (1n << 255n) - 1n;                           // INT256_MAX
    case 6: { const k = BigInt(rng.int(256)); return (1n << k) + BigInt(rng.range(-1, 1)) & MAX; }
    case 7: return rng.bigBytes(32);
    case 8: return rng.bigBytes(rng.range(1, 8));
    case 9: return BigInt(rng.pick([31, 32, 33, 63, 64, 255, 256, 257]));
    case 10: return MAX - rng.bigBytes(rng.range(1, 4));        // small negatives
    default: return rng.bigBytes(rng.range(1, 32));
  }
}

const widthOf = (v) => { let w = 0; while (v > 0n) { v >>= 8n; w++; } return w; };

class Gen {
  constructor(rng, fork) {
    this.rng = rng;
    this.fork = fork;
    this.fi = forkIndex(fork);
    this.nextLabel = 0;
  }

  active(name) {
    const since = OPS[name][3];
    return !since || this.fi >= forkIndex(since);
  }

  /** Mostly the fork's own opcodes; now and then a newer one, which must halt as undefined. */
  allowed(name) {
    return this.active(name) || this.rng.chance(0.04);
  }

  push(v, items) {
    const r = this.rng;
    const w = widthOf(v);
    if (w === 0 && this.active('PUSH0') && r.chance(0.7)) { items.push({ op: 0x5f }); return; }
    // Sometimes wider than needed: the leading zero bytes are valid and exercise the PUSHn handlers.
    const width = Math.max(1, r.chance(0.2) ? r.range(Math.max(1, w), 32) : w);
    items.push({ push: v, width });
  }

  /** Pushes enough random values that `need` operands sit above the step's floor. */
  operands(st, need, items) {
    while (st.h - st.floor < need) { this.push(interestingValue(this.rng), items); st.h++; }
  }

  op(name, st, items) {
    const [byte, inputs, outputs] = OPS[name];
    items.push({ op: byte });
    st.h += outputs - inputs;
  }

  memOffset() { return BigInt(this.rng.chance(0.8) ? this.rng.int(160) : this.rng.int(1200)); }
  memLength() { return BigInt(this.rng.chance(0.8) ? this.rng.int(70) : this.rng.int(600)); }

  /** Pushes bounded values (last one ends on top) and runs `name` on them. */
  bounded(name, values, st, items) {
    for (const v of values) { this.push(v, items); st.h++; }
    this.op(name, st, items);
  }

  step(st, depth) {
    const r = this.rng;
    const items = [];
    const kind = r.weighted([
      ['arith', 30], ['push', 10], ['dup', 6], ['swap', 6], ['pop', 5], ['memory', 14], ['storage', 10],
      ['env', 5], ['calldata', 5], ['log', 2], ['if', depth < 3 ? 5 : 0], ['skip', depth < 3 ? 2 : 0],
      ['loop', depth < 2 ? 2 : 0], ['call', 3],
    ]);
    switch (kind) {
      case 'arith': {
        const name = r.pick(['ADD', 'MUL', 'SUB', 'DIV', 'SDIV', 'MOD', 'SMOD', 'ADDMOD', 'MULMOD', 'EXP', 'SIGNEXTEND',
          'LT', 'GT', 'SLT', 'SGT', 'EQ', 'ISZERO', 'AND', 'OR', 'XOR', 'NOT', 'BYTE', 'SHL', 'SHR', 'SAR', 'CLZ']);
        if (!this.allowed(name)) return null;
        this.operands(st, OPS[name][1], items);
        this.op(name, st, items);
        break;
      }
      case 'push': this.push(interestingValue(r), items); st.h++; break;
      case 'dup': {
        if (st.h < 1 || st.h >= 1000) return null;
        const n = r.range(1, Math.min(16, st.h));
        items.push({ op: 0x7f + n }); st.h++;
        break;
      }
      case 'swap': {
        // Only among the step's own values, so a loop counter below the floor stays intact.
        const own = st.h - st.floor;
        if (own < 2) return null;
        items.push({ op: 0x8f + r.range(1, Math.min(16, own - 1)) });
        break;
      }
      case 'pop': if (st.h <= st.floor) return null; this.op('POP', st, items); break;
      case 'memory': {
        const name = r.pick(['MSTORE', 'MSTORE8', 'MLOAD', 'MCOPY', 'KECCAK256', 'CODECOPY', 'RETURNDATACOPY', 'MSIZE',
          'MSTORE', 'MLOAD', 'EXTCODECOPY']);
        if (!this.allowed(name)) return null;
        if (name === 'MSTORE' || name === 'MSTORE8') {
          this.operands(st, 1, items);
          this.bounded(name, [this.memOffset()], st, items);
        } else if (name === 'MLOAD') this.bounded(name, [this.memOffset()], st, items);
        else if (name === 'MCOPY') this.bounded(name, [this.memLength(), this.memOffset(), this.memOffset()], st, items);
        else if (name === 'KECCAK256') this.bounded(name, [this.memLength(), this.memOffset()], st, items);
        else if (name === 'CODECOPY') this.bounded(name, [this.memLength(), BigInt(r.int(300)), this.memOffset()], st, items);
        // RETURNDATACOPY beyond the (empty) return data is a fault: keep it mostly empty.
        else if (name === 'RETURNDATACOPY') this.bounded(name, [BigInt(r.chance(0.9) ? 0 : 1), 0n, this.memOffset()], st, items);
        else if (name === 'EXTCODECOPY') {
          this.bounded(name, [this.memLength(), BigInt(r.int(40)), this.memOffset(), this.accountAddress()], st, items);
        } else this.op(name, st, items);
        break;
      }
      case 'storage': {
        const name = r.pick(['SLOAD', 'SSTORE', 'SSTORE', 'TLOAD', 'TSTORE']);
        if (!this.allowed(name)) return null;
        const key = r.pick(STORAGE_KEYS);
        if (name === 'SSTORE' || name === 'TSTORE') {
          // Zero, small and reused values drive the EIP-2200/3529 gas and refund cases.
          if (r.chance(0.5)) { this.push(r.pick([0n, 0n, 1n, 2n, interestingValue(r)]), items); st.h++; }
          else this.operands(st, 1, items);
        }
        this.bounded(name, [key], st, items);
        break;
      }
      case 'env': {
        const name = r.pick(['ADDRESS', 'ORIGIN', 'CALLER', 'CALLVALUE', 'CALLDATASIZE', 'CODESIZE', 'GASPRICE',
          'RETURNDATASIZE', 'CHAINID', 'SELFBALANCE', 'PC', 'MSIZE', 'BALANCE', 'EXTCODESIZE', 'EXTCODEHASH', 'BLOBHASH']);
        if (!this.allowed(name)) return null;
        if (name === 'BALANCE' || name === 'EXTCODESIZE' || name === 'EXTCODEHASH') {
          this.bounded(name, [this.accountAddress()], st, items);
        } else if (name === 'BLOBHASH') this.bounded(name, [BigInt(r.int(3))], st, items);
        else this.op(name, st, items);
        break;
      }
      case 'calldata':
        if (r.chance(0.6)) this.bounded('CALLDATALOAD', [BigInt(r.int(80))], st, items);
        else this.bounded('CALLDATACOPY', [this.memLength(), BigInt(r.int(80)), this.memOffset()], st, items);
        break;
      case 'log': {
        const topics = r.int(5);
        for (let i = 0; i < topics; i++) { this.push(interestingValue(r), items); st.h++; }
        this.bounded('LOG0', [this.memLength(), this.memOffset()], st, items);
        items[items.length - 1] = { op: 0xa0 + topics };
        st.h -= topics;
        break;
      }
      case 'if': {
        // cond; PUSH2 L; JUMPI; <stack-neutral block>; L: JUMPDEST
        this.operands(st, 1, items);
        if (r.chance(0.5)) { items.push({ op: OPS.ISZERO[0] }); }
        const label = this.nextLabel++;
        items.push({ pushLabel: label }, { op: OPS.JUMPI[0] });
        st.h -= 1;
        items.push({ steps: this.block(st, depth + 1, r.range(1, 8)) }, { label });
        break;
      }
      case 'skip': {
        // PUSH2 L; JUMP; <dead bytes>; L: JUMPDEST. A PUSH among the dead bytes may swallow the
        // JUMPDEST, which turns this into a bad jump: the jumpdest analysis must agree on it.
        const label = this.nextLabel++;
        const dead = r.bytes(r.range(0, 6)).map((b) => (b >= 0x60 && b < 0x80 && !r.chance(0.3) ? 0x5b : b));
        items.push({ pushLabel: label }, { op: OPS.JUMP[0] }, { raw: dead }, { label });
        break;
      }
      case 'call': {
        // A call into a precompile or an absent account with a fixed gas allowance (GAS itself
        // differs between the two environments), bounded argument and return regions.
        const name = r.pick(['CALL', 'CALLCODE', 'DELEGATECALL', 'STATICCALL']);
        const values = [this.memLength(), this.memOffset(), this.memLength(), this.memOffset()];
        if (name === 'CALL' || name === 'CALLCODE') values.push(0n);
        const target = r.chance(0.85) ? BigInt(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 15, 16, 0x100])) : 0xdeadbeefn;
        values.push(target, BigInt(r.pick([0, 100, 3000, 30000, 200000])));
        this.bounded(name, values, st, items);
        break;
      }
      case 'loop': {
        // counter; L: JUMPDEST <neutral block> PUSH1 1 SWAP1 SUB DUP1 PUSH2 L JUMPI POP
        const label = this.nextLabel++;
        this.push(BigInt(r.range(1, 6)), items); st.h++;
        items.push({ label });
        const inner = { h: st.h, floor: st.h };
        items.push({ steps: this.block(inner, depth + 1, r.range(1, 6)) });
        items.push({ push: 1n, width: 1 }, { op: 0x90 }, { op: OPS.SUB[0] }, { op: 0x80 }, { pushLabel: label },
          { op: OPS.JUMPI[0] }, { op: OPS.POP[0] });
        st.h -= 1;
        break;
      }
    }
    return items;
  }

  accountAddress() {
    // Self (warm), caller (warm), the zero coinbase (warm from Shanghai), a precompile, an absent account.
    return this.rng.pick([0xc0de00000000000000000000000000000000c0den, 0x19e7e376e7c213b7e7e7e46cc70a5dd086daff2an,
      0n, BigInt(this.rng.range(1, 9)), 0xdeadbeefn]);
  }

  /** A stack-neutral block: steps above st.h, then POPs back down to it. */
  block(st, depth, n) {
    const inner = { h: st.h, floor: st.h };
    const steps = [];
    for (let i = 0; i < n; i++) { const s = this.step(inner, depth); if (s) steps.push(s); }
    const pops = [];
    while (inner.h > st.h) { pops.push({ op: OPS.POP[0] }); inner.h--; }
    if (pops.length) steps.push(pops);
    return steps;
  }

  fault(st) {
    const r = this.rng;
    switch (r.int(6)) {
      case 0: return [{ op: OPS.INVALID[0] }];
      case 1: return [{ op: r.pick(UNDEFINED) }];
      case 2: return [{ push: BigInt(r.int(40)), width: 1 }, { op: OPS.JUMP[0] }];      // most targets are no JUMPDEST
      case 3: return [{ push: 1n, width: 1 }, { push: BigInt(r.int(40)), width: 1 }, { op: OPS.JUMPI[0] }];
      case 4: return [{ op: 0x8f + Math.min(16, st.h + r.range(0, 2)) }];              // SWAPn past the bottom
      default: return [{ push: 1n, width: 1 }, { raw: new Array(1024).fill(0x80) }];   // 1025 items: overflow
    }
  }

  terminator() {
    const r = this.rng;
    switch (r.int(7)) {
      case 0: return [];
      case 1: case 5: return [{ op: OPS.STOP[0] }];
      case 2: case 3: case 4: return [{ push: this.memLength(), width: 2 }, { push: this.memOffset(), width: 2 }, { op: OPS.RETURN[0] }];
      default: return [{ push: this.memLength(), width: 2 }, { push: this.memOffset(), width: 2 }, { op: OPS.REVERT[0] }];
    }
  }
}

/**
 * One random case: { fork, steps, calldata (hex), gas }. About one program in ten carries a
 * deliberate fault and one in eight runs with a gas limit small enough to run out.
 */
export function generateCase(seed, fork) {
  const rng = new Rng(seed);
  const g = new Gen(rng, fork);
  const st = { h: 0, floor: 0 };
  const steps = [];
  const n = rng.range(3, 60);
  const faultAt = rng.chance(0.12) ? rng.int(n) : -1;
  for (let i = 0; i < n; i++) {
    if (i === faultAt) steps.push(g.fault(st));
    const s = g.step(st, 0);
    if (s) steps.push(s);
    if (st.h > 900) break;
  }
  steps.push(g.terminator());
  const calldata = rng.bytes(rng.chance(0.2) ? 0 : rng.range(1, 64));
  let gas = rng.chance(0.12) ? BigInt(rng.range(30, 8000)) : 3_000_000n;
  // EIP-7623 (Prague): the transaction must pay the calldata floor, or the peer rejects it.
  let floor = 0n;
  for (const b of calldata) floor += b === 0 ? 6n : 24n;
  if (gas < floor) gas = floor;
  return { fork, steps, calldata: '0x' + Buffer.from(calldata).toString('hex'), gas };
}

/** Bytecode of a list of steps (labels resolved to PUSH2 targets). */
export function assemble(steps) {
  const out = [];
  const labels = new Map();
  const fixups = [];
  const walk = (list) => {
    for (const items of list) {
      for (const it of items) {
        if (it.steps) walk(it.steps);
        else if ('op' in it) out.push(it.op);
        else if ('raw' in it) out.push(...it.raw);
        else if ('label' in it) { labels.set(it.label, out.length); out.push(OPS.JUMPDEST[0]); }
        else if ('pushLabel' in it) { out.push(0x61); fixups.push([out.length, it.pushLabel]); out.push(0, 0); }
        else if ('push' in it) {
          out.push(0x5f + it.width);
          for (let i = it.width - 1; i >= 0; i--) out.push(Number((it.push >> BigInt(8 * i)) & 0xffn));
        }
      }
    }
  };
  walk(steps);
  for (const [at, label] of fixups) {
    const dest = labels.get(label);
    out[at] = dest >> 8; out[at + 1] = dest & 0xff;
  }
  return '0x' + Buffer.from(out).toString('hex');
}

/**
 * Every way of removing one step (at any nesting depth), largest first, for the shrinker.
 * Removing a step that holds a jump removes its JUMPDEST with it, so labels stay resolvable.
 */
export function* withoutOneStep(steps) {
  for (let i = 0; i < steps.length; i++) {
    yield [...steps.slice(0, i), ...steps.slice(i + 1)];
  }
  for (let i = 0; i < steps.length; i++) {
    const items = steps[i];
    for (let j = 0; j < items.length; j++) {
      if (!items[j].steps) continue;
      for (const inner of withoutOneStep(items[j].steps)) {
        const copy = [...items];
        copy[j] = { steps: inner };
        yield [...steps.slice(0, i), copy, ...steps.slice(i + 1)];
      }
    }
  }
}
