import { useState } from 'react';
import { useApp } from './context.js';

/**
 * A page's mutations that answer the page's object: while one runs the page is `busy`; its answer
 * replaces the object (`apply`) and `done` is said to screen readers; a failure is kept in `error` for
 * the page's alert. `act` resolves to whether it worked, so a form can keep what was typed.
 */
export function useAction<T>(apply: (value: T) => void) {
  const { announce } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const act = async (call: () => Promise<T>, done?: string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      apply(await call());
      if (done) announce(done);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, act };
}
