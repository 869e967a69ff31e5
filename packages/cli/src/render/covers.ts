/** Finds the image a front matter `cover` names, the way the seed names it: `cover: charte`. */

const EXTENSIONS = ['', '.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg'];
const FOLDERS = ['', 'images/', 'img/', 'assets/', 'covers/'];

/** The path with `.` and `..` resolved; null when it climbs above the charter's root. */
function normalize(path: string): string | null {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') out.push(segment);
    else if (out.pop() === undefined) return null;
  }
  return out.join('/');
}

/**
 * The charter-relative path of the image `cover` names for the file at `ownerPath`: as written,
 * then with a usual extension, next to the file, in an images folder beside it, then from the
 * charter's root. Null when none exists; never a URL, never a path that climbs (`..`).
 *
 * @example
 * findCover('fr/05-valoriser.md', 'charte', new Set(['fr/images/charte.jpg'])) // → 'fr/images/charte.jpg'
 */
export function findCover(ownerPath: string, cover: string, images: ReadonlySet<string>): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(cover) || cover.startsWith('//') || /(^|[\\/])\.\.([\\/]|$)/.test(cover)) {
    return null;
  }
  const folder = ownerPath.includes('/') ? ownerPath.slice(0, ownerPath.lastIndexOf('/') + 1) : '';
  const bases = cover.startsWith('/') ? [''] : [folder, ''];
  for (const base of bases) {
    for (const sub of FOLDERS) {
      for (const extension of EXTENSIONS) {
        const candidate = normalize(`${base}${sub}${cover.replace(/^\/+/, '')}${extension}`);
        if (candidate !== null && images.has(candidate)) return candidate;
      }
    }
  }
  return null;
}
