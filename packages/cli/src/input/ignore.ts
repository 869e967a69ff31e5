import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The file that lists documents to leave out, in .gitignore syntax. */
export const IGNORE_FILE_NAME = '.charteignore';

/** Reads a file's text, or null when there is none. */
export type ReadIgnoreFile = (path: string) => Promise<string | null>;

const readIfPresent: ReadIgnoreFile = async (path) => {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
};

/**
 * `.charteignore` files, as git reads `.gitignore`: the one in the working folder, and one in any
 * folder between it (or the folder given on the command line, for documents outside it) and the
 * document. Each file's patterns are relative to its own folder; a deeper file may re-include
 * (`!pattern`) what a shallower one left out. Each folder's file is read once per run.
 *
 * @example
 * const rules = new IgnoreRules('/repo');
 * await rules.ignores('/repo/docs/drafts/old.md') // → true with "drafts/" in /repo/.charteignore
 */
export class IgnoreRules {
  private readonly folders = new Map<string, Promise<Ignore | null>>();

  constructor(
    private readonly cwd: string,
    private readonly read: ReadIgnoreFile = readIfPresent,
  ) {}

  /**
   * Whether the document at `absolutePath` is left out. `walkRoot` is the folder the command line
   * named, used as the top for documents outside the working folder.
   */
  async ignores(absolutePath: string, walkRoot?: string): Promise<boolean> {
    const top = isInside(this.cwd, absolutePath) ? this.cwd : (walkRoot ?? dirname(absolutePath));
    let ignored = false;
    for (const folder of foldersBetween(top, dirname(absolutePath))) {
      const rules = await this.rulesOf(folder);
      if (rules === null) continue;
      const verdict = rules.test(toPosix(relative(folder, absolutePath)));
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }

  private rulesOf(folder: string): Promise<Ignore | null> {
    let rules = this.folders.get(folder);
    if (rules === undefined) {
      rules = this.read(join(folder, IGNORE_FILE_NAME)).then((text) =>
        text === null ? null : ignore().add(text),
      );
      this.folders.set(folder, rules);
    }
    return rules;
  }
}

/** `top`, then each folder down to `bottom` (only `bottom` when it is not inside `top`). */
function foldersBetween(top: string, bottom: string): string[] {
  if (!isInside(top, bottom) && top !== bottom) return [bottom];
  const folders = [top];
  const rest = relative(top, bottom);
  if (rest === '') return folders;
  let current = top;
  for (const part of rest.split(sep)) {
    current = join(current, part);
    folders.push(current);
  }
  return folders;
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
