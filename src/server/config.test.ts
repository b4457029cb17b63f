import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { loadConfig, trustProxyOf, trustProxyOption } from './config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded database in ./data with demo data', () => {
    const c = loadConfig({});
    expect(c.db).toEqual({ kind: 'pglite', dataDir: './data' });
    expect(c.demo).toBe(true);
    expect(c.port).toBe(3000);
  });

  it('never seeds demo users on a server database unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://x/y' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://x/y', DEMO: 'true' }).demo).toBe(true);
  });

  it('refuses malformed values with the variable name', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DEMO: 'maybe' })).toThrow(/DEMO/);
  });

  it('takes TRUST_PROXY as a number of proxies or their addresses, never as "trust any X-Forwarded-For"', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(trustProxyOf('0')).toBe(false);
    expect(trustProxyOf('2')).toBe(2);
    expect(trustProxyOf(' 10.0.0.0/8, loopback ,::1 ')).toEqual(['10.0.0.0/8', 'loopback', '::1']);
    for (const raw of ['true', 'yes', 'any', '10.0.0.0/8,proxy.example']) expect(() => trustProxyOf(raw), raw).toThrow(/TRUST_PROXY/);
  });
});

describe('the client address the sign-in limit sees', () => {
  /** The address Fastify gives a request from 127.0.0.1 that claims `forwarded`, under TRUST_PROXY=`raw`. */
  async function ipSeen(raw: string, forwarded: string): Promise<string> {
    const app = Fastify({ trustProxy: trustProxyOption(trustProxyOf(raw)) });
    app.get('/', async (req) => req.ip);
    const res = await app.inject({ method: 'GET', url: '/', headers: { 'x-forwarded-for': forwarded }, remoteAddress: '127.0.0.1' });
    await app.close();
    return res.body;
  }

  it('believes only as many hops as there are proxies, and only proxies it knows', async () => {
    // No proxy: a client cannot choose its address.
    expect(await ipSeen('', '203.0.113.9')).toBe('127.0.0.1');
    // One proxy: the address it saw, not what the client wrote before it.
    expect(await ipSeen('1', '198.51.100.1, 203.0.113.9')).toBe('203.0.113.9');
    expect(await ipSeen('2', '192.0.2.7, 198.51.100.1, 203.0.113.9')).toBe('198.51.100.1');
    // Listed proxies: believed from them only.
    expect(await ipSeen('loopback', '198.51.100.1, 203.0.113.9')).toBe('203.0.113.9');
    expect(await ipSeen('10.0.0.0/8', '203.0.113.9')).toBe('127.0.0.1');
  });
});
