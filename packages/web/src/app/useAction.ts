import { useState } from 'react';
import { useApp } from './context.js';

/**
 * A form's or a page's requests, one at a time: `busy` while one runs, its failure kept in `error`
 * for the alert (cleared when the next starts). `run` resolves to whether it worked, so a form can keep
 * what was typed.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (work: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, clearError: () => setError(null) };
}

/**
 * A page's mutations that answer the page's object: the answer replaces the object (`apply`) and
 * `done` is said to screen readers.
 */
export function useAction<T>(apply: (value: T) => void) {
  const { announce } = useApp();
  const { busy, error, run } = useSubmit();
  const act = (call: () => Promise<T>, done?: string): Promise<boolean> =>
    run(async () => {
      apply(await call());
      if (done) announce(done);
    });
  return { busy, error, act };
}
