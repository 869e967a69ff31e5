/**
 * The command's exit codes. Scripts and CI read them, so they are part of the public contract.
 *
 * | code | meaning |
 * |---|---|
 * | 0 | done; no error-severity diagnostic (an empty file only gets a notice) |
 * | 1 | at least one document has an error-severity diagnostic (e.g. malformed front matter) |
 * | 2 | usage error (unknown option, bad value), unreadable input (missing, binary, too large…) or internal error |
 */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;

export type ExitCode = typeof EXIT_OK | typeof EXIT_FINDINGS | typeof EXIT_FAILURE;
