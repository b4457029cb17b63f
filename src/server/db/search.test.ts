import { describe, expect, it } from 'vitest';
import { containing } from './search.ts';

describe('containing', () => {
  it('escapes the wildcards of the searched text', () => {
    expect(containing('Nørrebro')).toBe('%Nørrebro%');
    expect(containing('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
