const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/** The default limit on an input's size: 10 MB. */
export const DEFAULT_MAX_SIZE = 10 * 1024 ** 2;

/**
 * Parses a size such as `10MB`, `512k`, `1.5 MiB` or `2000000` (bytes). Units are binary
 * (k = 1024), case-insensitive. Returns null for anything else, zero or a fraction of a byte.
 *
 * @example
 * parseSize('512k') // → 524288
 * parseSize('ten') // → null
 */
export function parseSize(text: string): number | null {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!match) return null;
  const unit = UNITS[match[2].toLowerCase()];
  if (unit === undefined) return null;
  const bytes = Math.floor(Number(match[1].replace(',', '.')) * unit);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : null;
}

/**
 * A size for people: bytes under 1 kB, else kB / MB / GB with at most one decimal.
 *
 * @example
 * formatSize(52428800) // → '50 MB'
 */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const [value, unit] =
    bytes < 1024 ** 2
      ? [bytes / 1024, 'kB']
      : bytes < 1024 ** 3
        ? [bytes / 1024 ** 2, 'MB']
        : [bytes / 1024 ** 3, 'GB'];
  return `${Number(value.toFixed(1))} ${unit}`;
}
