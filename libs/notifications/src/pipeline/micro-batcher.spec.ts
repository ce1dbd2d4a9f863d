import { describe, expect, it } from '@jest/globals';
import { MicroBatcher } from './micro-batcher';

describe('MicroBatcher', () => {
  it('hands concurrent submissions to one run, and each caller gets its own result', async () => {
    const runs: number[][] = [];
    const batcher = new MicroBatcher<number, number>(
      async (items) => {
        runs.push(items);
        return items.map((n) => n * 2);
      },
      { maxSize: 100, maxWaitMs: 5 },
    );
    const results = await Promise.all([1, 2, 3].map((n) => batcher.submit(n)));
    expect(results).toEqual([2, 4, 6]);
    expect(runs).toEqual([[1, 2, 3]]);
  });

  it('flushes at the size limit without waiting', async () => {
    const runs: number[][] = [];
    const batcher = new MicroBatcher<number, number>(
      async (items) => {
        runs.push(items);
        return items;
      },
      { maxSize: 2, maxWaitMs: 60_000 },
    );
    await Promise.all([1, 2, 3, 4].map((n) => batcher.submit(n)));
    expect(runs).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('rejects only the item whose result is an error', async () => {
    const batcher = new MicroBatcher<number, number>(
      async (items) => items.map((n) => (n === 2 ? new Error('bad two') : n)),
      { maxSize: 10, maxWaitMs: 1 },
    );
    const settled = await Promise.allSettled([1, 2, 3].map((n) => batcher.submit(n)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('rejects every item when the run throws, and drain waits for in-flight work', async () => {
    const batcher = new MicroBatcher<number, number>(
      async () => {
        await new Promise((r) => setTimeout(r, 10));
        throw new Error('database down');
      },
      { maxSize: 10, maxWaitMs: 1 },
    );
    const pending = Promise.allSettled([batcher.submit(1), batcher.submit(2)]);
    await batcher.drain();
    const settled = await pending;
    expect(settled.every((s) => s.status === 'rejected')).toBe(true);
  });

  it('runs at most maxInFlight batches at once; what waits meanwhile goes in the next batch', async () => {
    let running = 0;
    let most = 0;
    const sizes: number[] = [];
    const batcher = new MicroBatcher<number, number>(
      async (items) => {
        running++;
        most = Math.max(most, running);
        sizes.push(items.length);
        await new Promise((r) => setTimeout(r, 20));
        running--;
        return items;
      },
      { maxSize: 3, maxWaitMs: 1, maxInFlight: 1 },
    );
    const results = await Promise.all(Array.from({ length: 7 }, (_, i) => batcher.submit(i)));
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(most).toBe(1);
    expect(sizes).toEqual([3, 3, 1]);
  });
});
