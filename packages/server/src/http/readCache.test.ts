import { describe, expect, it } from 'vitest';
import { ReadCache } from './readCache.ts';

describe('read cache', () => {
  it('answers a repeated question from memory until cleared', async () => {
    const cache = new ReadCache(60_000);
    let calls = 0;
    const ask = () => cache.get('k', async () => ++calls);
    expect(await ask()).toBe(1);
    expect(await ask()).toBe(1);
    cache.clear();
    expect(await ask()).toBe(2);
  });

  it('does not keep what a lookup read before a write cleared the cache', async () => {
    const cache = new ReadCache(60_000);
    let release: () => void = () => {};
    const slow = cache.get('k', () => new Promise<string>((done) => (release = () => done('old'))));
    cache.clear();
    release();
    expect(await slow).toBe('old');
    expect(await cache.get('k', async () => 'new')).toBe('new');
  });

  it('forgets after its lifetime, and never keeps undefined', async () => {
    const cache = new ReadCache(1);
    let calls = 0;
    await cache.get('k', async () => ++calls);
    await new Promise((done) => setTimeout(done, 5));
    expect(await cache.get('k', async () => ++calls)).toBe(2);
    let misses = 0;
    const missing = async () => {
      misses++;
      return undefined;
    };
    await cache.get('none', missing);
    await cache.get('none', missing);
    expect(misses).toBe(2);
  });

  it('is off with a lifetime of 0', async () => {
    const cache = new ReadCache(0);
    let calls = 0;
    await cache.get('k', async () => ++calls);
    expect(await cache.get('k', async () => ++calls)).toBe(2);
  });
});
