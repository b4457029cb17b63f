import { describe, expect, it } from 'vitest';
import { limitConcurrency } from './limit.ts';

describe('limitConcurrency', () => {
  it('runs at most n at once, all of them, in order, also when one fails', async () => {
    const limit = limitConcurrency(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const job = (i: number) =>
      limit(async () => {
        started.push(i);
        running += 1;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 5));
        running -= 1;
        if (i === 3) throw new Error('three');
        return i;
      });
    const results = await Promise.allSettled([1, 2, 3, 4, 5, 6].map(job));
    expect(most).toBe(2);
    expect(started).toEqual([1, 2, 3, 4, 5, 6]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : 'failed'))).toEqual([1, 2, 'failed', 4, 5, 6]);
    expect(await limit(async () => 'after')).toBe('after');
  });
});
