/**
 * History-based navigation with one guard (the editor's "unsaved changes" question). The app reads the
 * location through `subscribe`/`currentPath`, e.g. with React's useSyncExternalStore.
 */

type Guard = () => boolean;

let guard: Guard | null = null;
const listeners = new Set<() => void>();
/** The path the app shows; restored when the guard refuses a back/forward move. */
let shown = typeof location === 'undefined' ? '/' : location.pathname + location.search;

function notify(): void {
  shown = location.pathname + location.search;
  for (const listener of listeners) listener();
}

/** Sets the guard; the returned function removes it (only if it is still the one set). */
export function setNavigationGuard(next: Guard): () => void {
  guard = next;
  return () => {
    if (guard === next) guard = null;
  };
}

/** Moves to `path` unless the guard refuses; returns whether it moved. */
export function navigate(path: string, options: { replace?: boolean; force?: boolean } = {}): boolean {
  if (path === location.pathname + location.search) return true;
  if (!options.force && guard && !guard()) return false;
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  notify();
  return true;
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentPath(): string {
  return shown;
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    if (guard && !guard()) {
      // Back/forward already moved the URL: put the page's URL back.
      history.pushState(null, '', shown);
      return;
    }
    notify();
  });
}
