/** Edits past which the alignment gives up on a shortest script (about 16 MB of trace). */
export const MAX_EDITS = 2000;

/** One step of an alignment: keep a[i] = b[j], delete a[i], or insert b[j]. */
export type AlignOp =
  | { op: 'equal'; a: number; b: number }
  | { op: 'delete'; a: number }
  | { op: 'insert'; b: number };

/**
 * A shortest edit script between two sequences (Myers' O((N+M)·D) algorithm), after trimming the
 * common prefix and suffix so that small edits to long documents stay cheap. Past `maxEdits` edits
 * (two documents with little in common), the middle is reported as removed then added rather than
 * spending time and memory in proportion to D²; the caller's pairing still finds moved sentences.
 *
 * @example
 * alignSequences(['a', 'b', 'c'], ['a', 'c', 'd']).map((s) => s.op)
 * // → ['equal', 'delete', 'equal', 'insert']
 */
export function alignSequences(a: readonly string[], b: readonly string[], maxEdits = MAX_EDITS): AlignOp[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: AlignOp[] = [];
  for (let i = 0; i < start; i++) ops.push({ op: 'equal', a: i, b: i });
  const middle = myers(a.slice(start, endA), b.slice(start, endB), maxEdits) ?? [
    ...a.slice(start, endA).map((_, i): AlignOp => ({ op: 'delete', a: i })),
    ...b.slice(start, endB).map((_, j): AlignOp => ({ op: 'insert', b: j })),
  ];
  for (const step of middle) {
    if (step.op === 'equal') ops.push({ op: 'equal', a: step.a + start, b: step.b + start });
    else if (step.op === 'delete') ops.push({ op: 'delete', a: step.a + start });
    else ops.push({ op: 'insert', b: step.b + start });
  }
  for (let i = endA; i < a.length; i++) ops.push({ op: 'equal', a: i, b: endB + (i - endA) });
  return ops;
}

/** The shortest script, or null past `maxEdits` edits. */
function myers(a: readonly string[], b: readonly string[], maxEdits: number): AlignOp[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return [];
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] is `v` as it was before round d: enough to walk the path back.
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    if (d > maxEdits) return null;
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  const ops: AlignOp[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    // The saved window starts at diagonal -d-1.
    const at = (k: number) => trace[d][k + d + 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ op: 'equal', a: x, b: y });
    }
    if (d > 0) {
      if (x === prevX) ops.push({ op: 'insert', b: y - 1 });
      else ops.push({ op: 'delete', a: x - 1 });
    }
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}
