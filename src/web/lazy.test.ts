import { type ComponentType, Suspense, createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lazyNamed } from './lazy.ts';

const Hello: ComponentType<{ who: string }> = ({ who }) => createElement('p', null, `Hej ${who}`);
const render = (component: ComponentType<{ who: string }>) => renderToString(createElement(Suspense, { fallback: 'venter' }, createElement(component, { who: 'Ane' })));

describe('a preloadable lazy component', () => {
  it('suspends while its module loads', () => {
    const Lazy = lazyNamed(() => new Promise<{ Hello: typeof Hello }>(() => undefined), 'Hello');
    expect(render(Lazy)).toContain('venter');
  });

  it('renders at once, on its first render, once preloaded', async () => {
    let loads = 0;
    const Lazy = lazyNamed(async () => {
      loads += 1;
      return { Hello };
    }, 'Hello');
    await Lazy.preload();
    await Lazy.preload();
    expect(render(Lazy)).toMatch(/^(<!--\$-->)?<p>Hej Ane<\/p>(<!--\/\$-->)?$/);
    expect(loads).toBe(1);
  });

  it('loads again after a failed load', async () => {
    let fail = true;
    const Lazy = lazyNamed(async () => {
      if (fail) throw new Error('offline');
      return { Hello };
    }, 'Hello');
    await expect(Lazy.preload()).rejects.toThrow('offline');
    fail = false;
    await Lazy.preload();
    expect(render(Lazy)).toMatch(/^(<!--\$-->)?<p>Hej Ane<\/p>(<!--\/\$-->)?$/);
  });
});
