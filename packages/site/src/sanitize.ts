import sanitize from 'sanitize-html';
import { IMAGE_SCHEMES, isExternalUrl, isSafeUrl, LINK_SCHEMES } from './urls.js';

/** What the sanitizer does beyond the allowlist. */
export interface SanitizeOptions {
  /**
   * Renumber headings so the first one is `h<headingBase>` and no level is skipped (a page's title is
   * its only h1, so bodies start at 2). Deeper than 6 stays h6. Without it, levels are kept.
   */
  headingBase?: number;
}

/** Prefix of every id kept from a body, so a body cannot clobber the page's own ids or DOM globals. */
export const ID_PREFIX = 'user-content-';

const ALLOWED_TAGS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'a',
  'em',
  'strong',
  'b',
  'i',
  's',
  'u',
  'mark',
  'small',
  'q',
  'cite',
  'kbd',
  'samp',
  'var',
  'code',
  'pre',
  'blockquote',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'img',
  'figure',
  'figcaption',
  'br',
  'hr',
  'abbr',
  'sup',
  'sub',
  'del',
  'ins',
  'dl',
  'dt',
  'dd',
  'span',
  'div',
];

/** Disallowed elements whose content goes too: raw text, fallback content, foreign markup. */
const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'textarea',
  'option',
  'select',
  'xmp',
  'plaintext',
  'noscript',
  'noembed',
  'noframes',
  'template',
  'title',
  'head',
  'iframe',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
];

const LANG_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
const SAFE_ID = /^[A-Za-z][\w:.-]{0,63}$/;
const DIMENSION = /^\d{1,5}%?$/;
const COUNT = /^\d{1,4}$/;

type Attributes = Record<string, string>;

/** Checks on attribute values sanitize-html's allowlist cannot express, and the heading renumbering. */
function transformer(options: SanitizeOptions): sanitize.Transformer {
  const headings: { level: number; out: number }[] = [];
  return (tagName, attribs) => {
    const attributes: Attributes = { ...attribs };
    if ('id' in attributes) {
      const id = attributes.id.startsWith(ID_PREFIX) ? attributes.id.slice(ID_PREFIX.length) : attributes.id;
      if (SAFE_ID.test(id)) attributes.id = ID_PREFIX + id;
      else delete attributes.id;
    }
    if ('lang' in attributes && !LANG_TAG.test(attributes.lang)) delete attributes.lang;
    if ('dir' in attributes && !['ltr', 'rtl', 'auto'].includes(attributes.dir.toLowerCase()))
      delete attributes.dir;
    let name = tagName;
    switch (tagName) {
      case 'a': {
        // `rel` is ours to set: noopener noreferrer on every link that leaves the site.
        delete attributes.rel;
        const href = attributes.href;
        if (href !== undefined) {
          if (!isSafeUrl(href, LINK_SCHEMES)) delete attributes.href;
          else if (/^#./.test(href) && !href.startsWith(`#${ID_PREFIX}`))
            attributes.href = `#${ID_PREFIX}${href.slice(1)}`;
          else if (isExternalUrl(href)) attributes.rel = 'noopener noreferrer';
        }
        break;
      }
      case 'img':
        if (attributes.src !== undefined && !isSafeUrl(attributes.src, IMAGE_SCHEMES)) delete attributes.src;
        for (const key of ['width', 'height']) {
          if (key in attributes && !DIMENSION.test(attributes[key])) delete attributes[key];
        }
        break;
      case 'ol':
        if ('start' in attributes && !/^-?\d{1,9}$/.test(attributes.start)) delete attributes.start;
        break;
      case 'td':
      case 'th':
        for (const key of ['colspan', 'rowspan']) {
          if (key in attributes && !COUNT.test(attributes[key])) delete attributes[key];
        }
        if ('scope' in attributes && !['row', 'col', 'rowgroup', 'colgroup'].includes(attributes.scope)) {
          delete attributes.scope;
        }
        break;
      default:
        if (options.headingBase !== undefined && /^h[1-6]$/.test(tagName)) {
          name = `h${renumber(headings, Number(tagName[1]), options.headingBase)}`;
        }
    }
    return { tagName: name, attribs: attributes };
  };
}

/**
 * A heading's new level: at the base when nothing above it is open, else one under the nearest open
 * heading of a higher source level. So the first heading is at the base and a level never jumps by more
 * than one, whatever the source skipped (the seed goes from its title straight to h4).
 */
function renumber(open: { level: number; out: number }[], level: number, base: number): number {
  while (open.length > 0 && open[open.length - 1].level >= level) open.pop();
  const out = Math.min(6, open.length === 0 ? base : open[open.length - 1].out + 1);
  open.push({ level, out });
  return out;
}

function sanitizerOptions(options: SanitizeOptions): sanitize.IOptions {
  return {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      '*': ['lang', 'dir', 'id'],
      a: ['href', 'title', 'rel'],
      abbr: ['title'],
      img: ['src', 'alt', 'width', 'height', 'title'],
      ol: ['start', 'reversed'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan', 'scope'],
      // markdown-it marks fenced code with its language (`language-js`); no other class is kept.
      code: ['class'],
    },
    allowedClasses: { code: ['language-*'] },
    allowedSchemes: [...LINK_SCHEMES],
    allowedSchemesByTag: { img: [...IMAGE_SCHEMES] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: false,
    allowVulnerableTags: false,
    disallowedTagsMode: 'discard',
    nonTextTags: DROPPED_WITH_CONTENT,
    parseStyleAttributes: false,
    transformTags: { '*': transformer(options) },
  };
}

/**
 * Untrusted HTML → HTML made only of the structural allowlist: no script, style, form, frame, embedded
 * object or foreign markup; no event handler or style attribute; links limited to http, https, mailto,
 * tel and relative URLs (external ones get rel="noopener noreferrer"); images to http, https and
 * relative URLs (no data: URLs); ids prefixed with `user-content-` (and `#fragment` links with them).
 */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): string {
  return sanitize(html, sanitizerOptions(options));
}
