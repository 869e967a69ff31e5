/**
 * Prints a page to PDF with a headless Chromium, when one is installed: for `charte render --pdf` and
 * for the PDF download of a published charter.
 */
import { execFile } from 'node:child_process';
import { access, constants, readFile, stat } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Browser commands tried in order when CHARTE_CHROMIUM is not set. */
export const BROWSER_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
];

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * The browser to print with: `CHARTE_CHROMIUM` when set (it must exist), else the first of
 * BROWSER_NAMES found on PATH; null when there is none.
 */
export async function findBrowser(env: Record<string, string | undefined>): Promise<string | null> {
  const forced = env.CHARTE_CHROMIUM;
  if (forced) return (await executable(forced)) ? forced : null;
  for (const folder of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of BROWSER_NAMES) {
      const candidate = join(folder, name);
      if (await executable(candidate)) return candidate;
    }
  }
  return null;
}

/** A PDF's first bytes. */
const PDF_MAGIC = '%PDF-';

/**
 * Prints `htmlPath` to `pdfPath` with the browser's own headless printing (no extension, no
 * network, no header or footer). Rejects with the browser's words when it fails or writes no PDF.
 */
export function printPdf(
  browser: string,
  htmlPath: string,
  pdfPath: string,
  options: { profile: string; timeoutMs?: number },
): Promise<void> {
  const args = [
    `--user-data-dir=${options.profile}`,
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-pdf-header-footer',
    `--print-to-pdf=${pdfPath}`,
    pathToFileURL(htmlPath).href,
  ];
  return new Promise((resolve, reject) => {
    execFile(
      browser,
      args,
      { timeout: options.timeoutMs ?? 60_000, maxBuffer: 4 * 1024 * 1024 },
      async (error, _out, stderr) => {
        const head = await readFile(pdfPath)
          .then((bytes) => bytes.subarray(0, PDF_MAGIC.length).toString('latin1'))
          .catch(() => '');
        if (head === PDF_MAGIC) resolve();
        else
          reject(
            new Error(error?.message.split('\n')[0] || stderr.trim().split('\n').pop() || 'no PDF written'),
          );
      },
    );
  });
}
