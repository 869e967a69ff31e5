/**
 * Runs `work` over `items` with at most `limit` at a time, and hands each result to `emit` in the
 * items' order as soon as it and all before it are done: output stays stable while reads overlap.
 *
 * @example
 * await forEachOrdered(['a.md', 'b.md'], 4, read, (text, i) => print(i, text));
 */
export async function forEachOrdered<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
  emit: (result: R, index: number) => void,
): Promise<void> {
  const done = new Map<number, R>();
  let nextToStart = 0;
  let nextToEmit = 0;
  const flush = () => {
    while (done.has(nextToEmit)) {
      const result = done.get(nextToEmit) as R;
      done.delete(nextToEmit);
      emit(result, nextToEmit);
      nextToEmit++;
    }
  };
  const worker = async () => {
    while (nextToStart < items.length) {
      const index = nextToStart++;
      done.set(index, await work(items[index], index));
      flush();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
