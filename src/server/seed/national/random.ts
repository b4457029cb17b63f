/**
 * Determinism for the national data set: a seeded pseudo-random generator (never Math.random) and
 * name-based ids, so that the same seed and scale give the same rows, ids included, on any engine.
 */
import { createHash } from 'node:crypto';

/** A 32-bit hash of a string (FNV-1a), to derive independent streams from one seed. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export type Random = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  /** True with probability p. */
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** An index drawn in proportion to the weights. */
  weighted: (weights: readonly number[]) => number;
  /** `n` distinct items, in the order of `items`. */
  sample: <T>(items: readonly T[], n: number) => T[];
};

/**
 * Mulberry32, seeded from the data set's seed and a stream name: each part of the generator draws
 * from its own stream, so a change in one part leaves the others' draws alone.
 */
export function random(seed: number, stream: string): Random {
  let state = hash32(`${seed}:${stream}`);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const r: Random = {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    weighted: (weights) => {
      const total = weights.reduce((s, w) => s + w, 0);
      let x = next() * total;
      for (let i = 0; i < weights.length; i++) {
        x -= weights[i]!;
        if (x < 0) return i;
      }
      return weights.length - 1;
    },
    sample: (items, n) => {
      const chosen = new Set<number>();
      const want = Math.min(n, items.length);
      while (chosen.size < want) chosen.add(int(0, items.length - 1));
      return [...chosen].sort((a, b) => a - b).map((i) => items[i]!);
    },
  };
  return r;
}

/**
 * A name-based UUID (version 5 layout, SHA-1 of the seed, the kind of row and its number): the same
 * row gets the same id in every run with the same seed, and no two rows share one.
 */
export function syntheticId(seed: number, kind: string, n: number | string): string {
  const bytes = createHash('sha1').update(`boligsocial-national:${seed}:${kind}:${n}`).digest();
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Zero-padded number: pad(7, 3) → "007". */
export const pad = (n: number, width: number): string => String(n).padStart(width, '0');
