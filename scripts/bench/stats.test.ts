import { describe, expect, it } from 'vitest';
import { formatMs, formatPercentiles, formatRate, formatRatio, formatThroughput, median, percentile, ratio, summarize } from './stats.ts';
import { markdownTable } from './table.ts';

describe('the bench helpers', () => {
  it('takes percentiles by nearest rank, in any order of samples', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile([7], 99)).toBe(7);
    expect(median([3, 1, 2])).toBe(2);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarizes a run and gives ratios to the floor', () => {
    const m = summarize([1, 2, 3, 4], 1, 2, 10);
    expect(m).toMatchObject({ ok: 4, errors: 1, rps: 2, p50: 2, p95: 4, p99: 4, connections: 10 });
    expect(ratio(50, 200)).toBe(0.25);
    expect(ratio(50, 0)).toBeNaN();
    expect(ratio(undefined, 10)).toBeNaN();
  });

  it('writes figures short and readable', () => {
    expect(formatRate(12_345.6)).toBe('12,346');
    expect(formatRate(12.34)).toBe('12.3');
    expect(formatRate(0.25)).toBe('0.25');
    expect(formatMs(3.14159)).toBe('3.1');
    expect(formatMs(123.4)).toBe('123');
    expect(formatMs(12_345)).toBe('12.3 s');
    expect(formatRatio(0.03456)).toBe('0.035×');
    expect(formatRatio(1.54)).toBe('1.5×');
    expect(formatRatio(Number.NaN)).toBe('–');
    expect(formatPercentiles({ p50: 1, p95: 20, p99: Number.NaN })).toBe('1.0 / 20 / –');
    expect(formatThroughput(summarize([1, 1], 3, 1, 10))).toBe('2.0 (3 err)');
  });

  it('formats a padded markdown table with escaped cells', () => {
    const table = markdownTable(['what', 'req/s'], [['plan | read', '1,234'], ['list', '5']]);
    expect(table.split('\n')).toEqual([
      '| what         | req/s |',
      '|:-------------|------:|',
      '| plan \\| read | 1,234 |',
      '| list         |     5 |',
    ]);
  });
});
