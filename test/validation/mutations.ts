// Seeded randomness for the validator's differential test: the same seed gives the same bodies on
// every run and machine, so a failure names a seed that reproduces it.

export interface Random {
  /** An integer in [0, below). */
  int(below: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: small, fast and good enough to spread test cases. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (below) => Math.floor(next() * below),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

/** Any JSON value, nested at most `depth` levels. */
export function randomJson(random: Random, depth: number): unknown {
  switch (random.int(depth > 0 ? 8 : 6)) {
    case 0: return null;
    case 1: return random.chance(0.5);
    case 2: return random.int(100) - 50;
    case 3: return random.pick([1.5, -0.25, 1e300, 2 ** 31]);
    case 4: return random.pick(['', 'x', 'Open', '2016-04-05T03:24:51', 'Read']);
    case 5: return random.pick([[], {}]);
    case 6: return Array.from({ length: 1 + random.int(3) }, () => randomJson(random, depth - 1));
    default: return Object.fromEntries(Array.from({ length: 1 + random.int(3) }, (_, i) => [random.pick(['k', 'Status', 'ChatSessionId', `p${i}`]), randomJson(random, depth - 1)]));
  }
}
