/** Edit distance between two short strings (Levenshtein), in O(|a|·|b|) time and O(|b|) space. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The known name closest to a mistyped one, or null when none is close enough (at most a third of
 * its letters wrong, and at least one).
 *
 * @example
 * closest('tone/balanse', ['tone/balance', 'tone/shouting']) // → 'tone/balance'
 * closest('organisation', ['organization', 'rules']) // → 'organization'
 */
export function closest(input: string, known: Iterable<string>): string | null {
  const wanted = input.toLowerCase();
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(wanted.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
