/** Schemes a link may use; anything else with a scheme is dropped. Relative URLs have none and pass. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;
/** Schemes an image may load from: no `data:` at all, so no SVG or HTML smuggled through an image URL. */
export const IMAGE_SCHEMES = ['http', 'https'] as const;

/**
 * Whether a URL (entities already decoded) is safe for an attribute: browsers drop tabs, newlines and
 * other control characters inside a scheme and ignore leading spaces, so they are removed before
 * reading the scheme. A protocol-relative URL (`//host`, `\\host`) is refused: opened from file:// it
 * becomes a network share.
 */
export function isSafeUrl(url: string, schemes: readonly string[]): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters browsers skip.
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '');
  if (/^[/\\]{2}/.test(compact)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (!scheme) return true;
  return schemes.includes(scheme[1].toLowerCase());
}

/** Whether a (safe) URL leaves the site: an absolute http(s) link. */
export function isExternalUrl(url: string): boolean {
  return /^\s*https?:/i.test(url);
}
