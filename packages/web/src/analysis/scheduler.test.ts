import { describe, expect, it } from 'vitest';
import type { AnalysisRequest, EditorAnalysis } from './protocol.js';
import { AnalysisScheduler, type Timers } from './scheduler.js';

/** A manual clock: timers fire only when the test advances time. */
class Clock implements Timers {
  now = 0;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private next = 1;
  set(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.timers.set(id, { at: this.now + ms, callback });
    return id;
  }
  clear(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.timers.entries()]
        .filter(([, t]) => t.at <= until)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
    }
    this.now = until;
  }
}

const fake = (tag: string) =>
  ({ lang: 'fr', sentences: [], diagnostics: [], tag }) as unknown as EditorAnalysis;

function setup() {
  const clock = new Clock();
  const sent: AnalysisRequest[] = [];
  const results: Array<{ version: number; analysis: EditorAnalysis }> = [];
  const errors: Array<{ version: number; message: string }> = [];
  const scheduler = new AnalysisScheduler({
    delay: 150,
    timers: clock,
    send: (r) => sent.push(r),
    onResult: (version, analysis) => results.push({ version, analysis }),
    onError: (version, message) => errors.push({ version, message }),
  });
  return { clock, sent, results, errors, scheduler };
}

describe('analysis scheduler', () => {
  it('waits for 150 ms of quiet, then sends only the latest text', () => {
    const { clock, sent, scheduler } = setup();
    scheduler.update(1, 'a', 'fr');
    clock.advance(100);
    scheduler.update(2, 'ab', 'fr');
    clock.advance(100);
    scheduler.update(3, 'abc', 'fr');
    clock.advance(149);
    expect(sent).toEqual([]);
    clock.advance(1);
    expect(sent).toEqual([{ version: 3, source: 'abc', lang: 'fr' }]);
  });

  it('delivers a current answer and drops a stale one', () => {
    const { clock, sent, results, scheduler } = setup();
    scheduler.update(1, 'a', 'fr');
    clock.advance(150);
    expect(scheduler.receive({ version: 1, analysis: fake('one') })).toBe(true);
    expect(results.map((r) => r.version)).toEqual([1]);

    scheduler.update(2, 'ab', 'fr');
    clock.advance(150);
    scheduler.update(3, 'abc', 'fr'); // typed while version 2 was being analyzed
    expect(scheduler.receive({ version: 2, analysis: fake('two') })).toBe(false);
    expect(results.map((r) => r.version)).toEqual([1]);
    clock.advance(150);
    expect(sent.map((r) => r.version)).toEqual([1, 2, 3]);
    expect(scheduler.receive({ version: 3, analysis: fake('three') })).toBe(true);
    expect(results.map((r) => r.version)).toEqual([1, 3]);
  });

  it('keeps one request in flight and sends the latest text when it answers', () => {
    const { clock, sent, results, scheduler } = setup();
    scheduler.update(1, 'a', 'fr');
    clock.advance(150);
    scheduler.update(2, 'ab', 'fr');
    clock.advance(150);
    scheduler.update(3, 'abc', 'fr');
    clock.advance(150);
    // Version 1 is still being analyzed: nothing else was sent.
    expect(sent.map((r) => r.version)).toEqual([1]);
    expect(scheduler.pending).toBe(1);
    scheduler.receive({ version: 1, analysis: fake('one') });
    expect(sent.map((r) => r.version)).toEqual([1, 3]);
    expect(results).toEqual([]);
    scheduler.receive({ version: 3, analysis: fake('three') });
    expect(results.map((r) => r.version)).toEqual([3]);
    expect(scheduler.pending).toBeNull();
  });

  it('reads the text only when it sends it', () => {
    const { clock, sent, scheduler } = setup();
    let reads = 0;
    const read = () => {
      reads++;
      return 'long text';
    };
    for (let v = 1; v <= 50; v++) scheduler.update(v, read, 'fr');
    expect(reads).toBe(0);
    clock.advance(150);
    expect(reads).toBe(1);
    expect(sent).toEqual([{ version: 50, source: 'long text', lang: 'fr' }]);
  });

  it('flush sends at once, without waiting for the quiet time', () => {
    const { sent, scheduler } = setup();
    scheduler.update(1, 'text', 'en');
    scheduler.flush();
    expect(sent).toEqual([{ version: 1, source: 'text', lang: 'en' }]);
  });

  it('reports a worker error for the current version only', () => {
    const { clock, errors, scheduler } = setup();
    scheduler.update(1, 'a', 'fr');
    clock.advance(150);
    scheduler.update(2, 'b', 'fr');
    scheduler.receive({ version: 1, error: 'boom' });
    clock.advance(150);
    scheduler.receive({ version: 2, error: 'bang' });
    expect(errors).toEqual([{ version: 2, message: 'bang' }]);
  });

  it('does nothing once disposed', () => {
    const { clock, sent, results, scheduler } = setup();
    scheduler.update(1, 'a', 'fr');
    scheduler.dispose();
    clock.advance(1000);
    expect(sent).toEqual([]);
    expect(scheduler.receive({ version: 1, analysis: fake('late') })).toBe(false);
    expect(results).toEqual([]);
  });
});
