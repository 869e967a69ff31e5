/** URL-safe names for parts: lowercase ASCII letters, digits and dashes. */

/**
 * A slug from a title or a file name: accents dropped, anything else becomes a dash.
 *
 * @example
 * slugify('Éduquer : la formation'); // 'eduquer-la-formation'
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug;
}

/** The slug of a file: its name without folders, extension or a leading `01-` ordering prefix. */
export function fileSlug(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  return slugify(name.replace(/^\d+[-_. ]+/, '')) || slugify(name);
}

/** Makes `slug` unique among `taken` by appending -2, -3, … and records it. */
export function uniqueSlug(slug: string, taken: Set<string>, fallback: string): string {
  const base = slug || fallback;
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  taken.add(candidate);
  return candidate;
}
