/** A place in a configuration value: object keys and array indexes, from the layer's root. */
export type ConfigPath = readonly (string | number)[];

const PLAIN = /^[^.[\]"\s]+$/;

/**
 * A configuration path as people read it: keys joined by dots (rule ids stay as written), indexes in
 * brackets, keys with dots, brackets or spaces quoted; `(root)` for the whole value.
 *
 * @example
 * formatPath(['rules', 'tone/balance', 1, 'threshold']) // → 'rules.tone/balance[1].threshold'
 * formatPath(['overrides', 0, 'files', 2]) // → 'overrides[0].files[2]'
 */
export function formatPath(path: ConfigPath): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (PLAIN.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}
