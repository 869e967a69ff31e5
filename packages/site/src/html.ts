/** Text or attribute value → HTML-safe text (quotes too, so the same function serves attributes). */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Typographic apostrophe in front-matter text (`d'utilisation` → `d’utilisation`), as the charter's
 * body and the templates write it. Only an apostrophe between two letters changes, so quotes are left alone.
 */
export function typographicApostrophes(value: string): string {
  return value.replace(/(\p{L})'(?=\p{L})/gu, '$1\u2019');
}

/** Front-matter text shown to a reader: trimmed, typographic apostrophes, then escaped. */
export function displayText(value: string): string {
  return escapeHtml(typographicApostrophes(value.trim()));
}
