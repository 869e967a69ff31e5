import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The configuration file's name, looked for in each folder from the document's up to the root. */
export const CONFIG_FILE_NAME = 'charte.config.json';

/** Whether a path is a regular file; any failure (missing, no permission) counts as no. */
export type IsFile = (path: string) => Promise<boolean>;

const isFile: IsFile = async (path) => {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
};

/**
 * Finds the nearest `charte.config.json` above a folder, as ESLint and Prettier do: the folder
 * itself first, then each parent up to the file system root; the nearest file wins and files are
 * not merged. Each folder is asked once per run: siblings share the answer of their parents.
 *
 * @example
 * const finder = new ConfigFinder();
 * await finder.find('/repo/docs/fr') // → '/repo/charte.config.json' (if docs/ and docs/fr/ have none)
 */
export class ConfigFinder {
  private readonly answers = new Map<string, Promise<string | null>>();

  constructor(private readonly exists: IsFile = isFile) {}

  /** The nearest configuration file for documents in `folder` (absolute), or null. */
  find(folder: string): Promise<string | null> {
    let answer = this.answers.get(folder);
    if (answer === undefined) {
      answer = this.lookUp(folder);
      this.answers.set(folder, answer);
    }
    return answer;
  }

  private async lookUp(folder: string): Promise<string | null> {
    const candidate = join(folder, CONFIG_FILE_NAME);
    if (await this.exists(candidate)) return candidate;
    const parent = dirname(folder);
    return parent === folder ? null : this.find(parent);
  }
}
