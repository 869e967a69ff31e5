import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachOrdered } from './ordered.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('forEachOrdered', () => {
  it('emits in input order whatever the completion order, within the concurrency limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 6 }),
        async (delays, limit) => {
          let running = 0;
          let peak = 0;
          const emitted: number[] = [];
          await forEachOrdered(
            delays,
            limit,
            async (delay, index) => {
              running++;
              peak = Math.max(peak, running);
              await sleep(delay);
              running--;
              return index;
            },
            (result, index) => {
              expect(result).toBe(index);
              emitted.push(index);
            },
          );
          expect(emitted).toEqual(delays.map((_, i) => i));
          expect(peak).toBeLessThanOrEqual(limit);
        },
      ),
      { numRuns: 30 },
    );
  });
});
