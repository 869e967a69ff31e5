/** Writes a rendered site into its folder without ever destroying what Charte did not write there. */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The list of files the last render wrote: what a new render may replace or remove. */
export const SITE_MANIFEST = '.charte-site.json';

export interface SiteOutput {
  /** Text files, by `/`-separated path relative to the site folder. */
  files: { path: string; content: string }[];
  /** Files copied as they are (images), by site path → absolute source path. */
  copies: Map<string, string>;
}

export type PrepareResult =
  | { ok: true; previous: string[] }
  | { ok: false; reason: 'not-empty' | 'inside-input' | 'not-a-folder' };

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel));
}

/**
 * Checks that `out` may receive a site: it does not exist, is empty, or holds a previous render
 * (its manifest); `force` accepts any folder (files Charte did not write are still left alone). The
 * site may not sit inside the charter it renders, where the next run would read it as parts.
 */
export async function prepareOutput(
  out: string,
  inputRoot: string | null,
  force: boolean,
): Promise<PrepareResult> {
  if (inputRoot !== null && inside(resolve(out), resolve(inputRoot)))
    return { ok: false, reason: 'inside-input' };
  let entries: string[];
  try {
    entries = await readdir(out);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: true, previous: [] };
    if (code === 'ENOTDIR') return { ok: false, reason: 'not-a-folder' };
    throw error;
  }
  let previous: string[] = [];
  try {
    const manifest = JSON.parse(await readFile(join(out, SITE_MANIFEST), 'utf8')) as { files?: unknown };
    if (Array.isArray(manifest.files))
      previous = manifest.files.filter((f): f is string => typeof f === 'string');
    return { ok: true, previous };
  } catch {
    if (entries.length > 0 && !force) return { ok: false, reason: 'not-empty' };
    return { ok: true, previous };
  }
}

/**
 * Writes the site, removes the files of the previous render that this one no longer makes, and
 * records the new list. Paths that would leave the folder are refused.
 */
export async function writeSite(
  out: string,
  site: SiteOutput,
  previous: readonly string[],
): Promise<string[]> {
  const root = resolve(out);
  const target = (path: string) => {
    const full = resolve(root, path);
    if (!inside(full, root) || full === root) throw new Error(`unsafe site path: ${path}`);
    return full;
  };
  const written: string[] = [];
  for (const file of site.files) {
    const full = target(file.path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, file.content);
    written.push(file.path);
  }
  for (const [path, source] of site.copies) {
    const full = target(path);
    await mkdir(dirname(full), { recursive: true });
    await copyFile(source, full);
    written.push(path);
  }
  const now = new Set(written);
  for (const stale of previous) {
    if (now.has(stale) || stale === SITE_MANIFEST) continue;
    try {
      await rm(target(stale), { force: true });
    } catch {
      // A stale path that is unsafe or already gone is simply not removed.
    }
  }
  await writeFile(
    join(root, SITE_MANIFEST),
    `${JSON.stringify({ generator: 'charte', files: written.sort() }, null, 2)}\n`,
  );
  return written;
}
