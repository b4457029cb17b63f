/**
 * At most `n` of a kind of work at once; the rest wait their turn in order. For work that holds
 * much memory while it runs (a workbook being built): fifty at once hold fifty workbooks, and on a
 * few cores they are not done sooner than in turn.
 */
export function limitConcurrency(n: number): <T>(work: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (running >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
