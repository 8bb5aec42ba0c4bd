import { describe, expect, it } from 'vitest';
import { sharedFreshReads } from './session-check.ts';

/** A read per call of `read`, each finished by hand: what it answers is the order it started in. */
function controlledReads() {
  const started: { key: string; finish: () => void; fail: (error: Error) => void }[] = [];
  const read = (key: string) =>
    new Promise<string>((resolve, reject) => {
      const number = started.length + 1;
      started.push({ key, finish: () => resolve(`${key}#${number}`), fail: reject });
    });
  return { read, started };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('sharedFreshReads', () => {
  it('gives the calls made while a read runs one read started after them, never the running one', async () => {
    const { read, started } = controlledReads();
    const shared = sharedFreshReads(read);
    const first = shared('a');
    const second = shared('a');
    const third = shared('a');
    expect(started).toHaveLength(1);
    started[0]?.finish();
    expect(await first).toBe('a#1');
    await settle();
    // The second and third arrived while #1 ran: they share #2, which started after #1 ended.
    expect(started).toHaveLength(2);
    started[1]?.finish();
    expect([await second, await third]).toEqual(['a#2', 'a#2']);
  });

  it('starts at once when nothing runs, and keeps keys apart', async () => {
    const { read, started } = controlledReads();
    const shared = sharedFreshReads(read);
    const a = shared('a');
    const b = shared('b');
    expect(started.map((item) => item.key)).toEqual(['a', 'b']);
    started[1]?.finish();
    started[0]?.finish();
    expect([await a, await b]).toEqual(['a#1', 'b#2']);
    const again = shared('a');
    expect(started).toHaveLength(3);
    started[2]?.finish();
    expect(await again).toBe('a#3');
  });

  it('hands a failed read’s error to its callers only; the calls waiting behind it get their own read', async () => {
    const { read, started } = controlledReads();
    const shared = sharedFreshReads(read);
    const failing = shared('a');
    const waiting = shared('a');
    started[0]?.fail(new Error('banco indisponível'));
    await expect(failing).rejects.toThrow('banco indisponível');
    await settle();
    started[1]?.finish();
    expect(await waiting).toBe('a#2');
  });
});
