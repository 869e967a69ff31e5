/** One line of an edit script: kept, removed from the old text, or added by the new one. */
type Op = { kind: ' ' | '-' | '+'; line: string };

/** Lines of context around each change, as `diff -u` prints. */
const CONTEXT = 3;
/** Past this many differing lines, the whole text is shown as replaced rather than searched further. */
const MAX_EDIT_DISTANCE = 4000;

/**
 * A unified diff (`diff -u` style) between two versions of a file, or '' when they are equal.
 * Lines are compared whole; the line ends of the old text are kept out of the output.
 *
 * @example
 * unifiedDiff('charte.md', 'a\nb\nc\n', 'a\nB\nc\n')
 * // → '--- a/charte.md\n+++ b/charte.md\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n'
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = editScript(splitLines(before), splitLines(after));
  // As git writes it: forward slashes, no leading slash after a/ and b/.
  const shown = path.replace(/\\/g, '/').replace(/^\/+/, '');
  let out = `--- a/${shown}\n+++ b/${shown}\n`;
  for (const hunk of hunks(ops)) out += hunk;
  return out;
}

function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  // A final line end does not start another line.
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Myers' O((N+M)·D) shortest edit script. */
function editScript(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  // v[offset + k]: the furthest x reached on diagonal k; trace[d]: v before round d.
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = fromBelow(v, offset, k, d) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, offset);
    }
  }
  // Too different to be worth the search: everything removed, then everything added.
  return [
    ...a.map((line) => ({ kind: '-' as const, line })),
    ...b.map((line) => ({ kind: '+' as const, line })),
  ];
}

/** Whether the path to diagonal k comes from k + 1 (an insertion) rather than k - 1 (a deletion). */
function fromBelow(v: Int32Array, offset: number, k: number, d: number): boolean {
  return k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
}

function backtrack(a: readonly string[], b: readonly string[], trace: Int32Array[], offset: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = fromBelow(v, offset, k, d) ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x] });
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', line: b[--y] });
      else ops.push({ kind: '-', line: a[--x] });
    }
  }
  return ops.reverse();
}

/** Groups the script into hunks with their `@@ -start,count +start,count @@` headers. */
function hunks(ops: readonly Op[]): string[] {
  const out: string[] = [];
  let i = 0;
  // Line numbers (1-based) of ops[i] in the old and new text.
  const oldAt: number[] = [];
  const newAt: number[] = [];
  let o = 1;
  let w = 1;
  for (const op of ops) {
    oldAt.push(o);
    newAt.push(w);
    if (op.kind !== '+') o++;
    if (op.kind !== '-') w++;
  }
  while (i < ops.length) {
    if (ops[i].kind === ' ') {
      i++;
      continue;
    }
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    // Extend while the next change is close enough to share context.
    for (let j = i; j < ops.length; j++) {
      if (ops[j].kind !== ' ') end = j;
      else if (j - end > 2 * CONTEXT) break;
    }
    const stop = Math.min(ops.length, end + CONTEXT + 1);
    const slice = ops.slice(start, stop);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    const oldStart = oldCount === 0 ? oldAt[start] - 1 : oldAt[start];
    const newStart = newCount === 0 ? newAt[start] - 1 : newAt[start];
    out.push(
      `@@ -${oldStart},${oldCount} +${newStart},${newCount} @@\n${slice.map((op) => `${op.kind}${op.line}\n`).join('')}`,
    );
    i = stop;
  }
  return out;
}
