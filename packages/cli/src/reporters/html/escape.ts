const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for HTML content and double- or single-quoted attribute values: `& < > " '` become
 * entities, so no document text can open a tag, close an attribute or start a script.
 *
 * @example
 * escapeHtml('<script>alert("x")</script>') // → '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * A link target the report may point to: http(s) addresses only (no `javascript:` or `data:`), else null.
 *
 * @example
 * safeHref('https://example.org/rules/tone-balance') // → 'https://example.org/rules/tone-balance'
 * safeHref('javascript:alert(1)') // → null
 */
export function safeHref(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
