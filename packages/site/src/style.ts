/**
 * The site's only stylesheet: system fonts (nothing to download, works offline and from file://),
 * colors as custom properties so a test can check every text/background pair against WCAG AA,
 * a dark scheme, a narrow-screen layout and print rules.
 */
export const STYLE_CSS = `/* Charte — charter site */
:root {
  --bg: #ffffff;
  --fg: #1a1a1a;
  --muted: #595959;
  --surface: #f3f4f6;
  --link: #0b57a4;
  --visited: #6a3d9a;
  --accent: #0b57a4;
  --on-accent: #ffffff;
  --rule: #c9ccd1;
  color-scheme: light dark;
}

@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121417;
    --fg: #ececec;
    --muted: #b4b8bf;
    --surface: #1d2026;
    --link: #8cb8ff;
    --visited: #d2a8ff;
    --accent: #8cb8ff;
    --on-accent: #121417;
    --rule: #3a3f47;
  }
}

*,
*::before,
*::after {
  box-sizing: border-box;
}

html {
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}

body {
  margin: 0;
  background: var(--bg);
  color: var(--fg);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  font-size: 1.125rem;
  line-height: 1.6;
  overflow-wrap: break-word;
}

a {
  color: var(--link);
  text-decoration-thickness: 0.08em;
  text-underline-offset: 0.15em;
}

a:visited {
  color: var(--visited);
}

a:hover {
  text-decoration-thickness: 0.15em;
}

a:focus-visible,
main:focus-visible {
  outline: 3px solid var(--accent);
  outline-offset: 2px;
}

main:focus {
  outline: none;
}

.skip-link {
  position: absolute;
  left: 0.5rem;
  top: -10rem;
  z-index: 10;
  padding: 0.5rem 1rem;
  background: var(--accent);
  color: var(--on-accent);
  font-weight: 600;
}

.skip-link:visited {
  color: var(--on-accent);
}

.skip-link:focus {
  top: 0.5rem;
}

.site-header,
.site-footer {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: space-between;
  gap: 0.5rem 1.5rem;
  max-width: 72rem;
  margin: 0 auto;
  padding: 1rem 1.25rem;
}

.site-header {
  border-bottom: 1px solid var(--rule);
}

.site-footer {
  border-top: 1px solid var(--rule);
  margin-top: 3rem;
  color: var(--muted);
  font-size: 0.95rem;
}

.site-title {
  margin: 0;
  font-weight: 600;
}

.site-title a {
  color: var(--fg);
  text-decoration: none;
}

.site-title a:hover {
  text-decoration: underline;
}

.lang-switch ul,
.footer-links,
.pager ul,
.chooser ul {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem 1.25rem;
  margin: 0;
  padding: 0;
  list-style: none;
}

.layout {
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: 2rem;
  max-width: 72rem;
  margin: 0 auto;
  padding: 1.5rem 1.25rem 0;
}

main {
  min-width: 0;
  max-width: 42rem;
}

.series {
  align-self: start;
  padding: 1rem 1.25rem;
  background: var(--surface);
  border-radius: 0.5rem;
  font-size: 0.95rem;
}

.series ol {
  margin: 0;
  padding-left: 1.5rem;
}

.series li + li {
  margin-top: 0.35rem;
}

.series [aria-current="page"] {
  font-weight: 700;
}

@media (min-width: 60rem) {
  .layout {
    grid-template-columns: 16rem minmax(0, 42rem);
  }

  .series {
    position: sticky;
    top: 1rem;
  }
}

h1,
h2,
h3,
h4,
h5,
h6 {
  line-height: 1.25;
  margin: 2rem 0 0.75rem;
}

h1 {
  font-size: clamp(1.75rem, 1.2rem + 2.5vw, 2.5rem);
  margin-top: 0.5rem;
}

h2 {
  font-size: 1.5rem;
}

h3 {
  font-size: 1.25rem;
}

h4,
h5,
h6 {
  font-size: 1.1rem;
}

p,
ul,
ol,
dl,
blockquote,
pre,
table,
figure {
  margin: 0 0 1rem;
}

.page-header {
  margin-bottom: 1.5rem;
}

.dates,
.author,
.categories {
  margin: 0.25rem 0;
  color: var(--muted);
  font-size: 0.95rem;
}

.dates span {
  display: inline-block;
  margin-right: 1rem;
}

.cover img,
.body img {
  display: block;
  max-width: 100%;
  height: auto;
}

.cover {
  margin: 0 0 1.5rem;
}

blockquote {
  margin-left: 0;
  padding-left: 1rem;
  border-left: 4px solid var(--rule);
}

code,
kbd,
samp,
pre {
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 0.9em;
}

pre {
  overflow-x: auto;
  padding: 1rem;
  background: var(--surface);
  border-radius: 0.375rem;
}

table {
  width: 100%;
  border-collapse: collapse;
}

th,
td {
  padding: 0.4rem 0.75rem;
  border: 1px solid var(--rule);
  text-align: start;
  vertical-align: top;
  overflow-wrap: anywhere;
}

hr {
  border: 0;
  border-top: 1px solid var(--rule);
  margin: 2rem 0;
}

.toc ol {
  padding-left: 1.5rem;
}

.toc li + li {
  margin-top: 0.4rem;
}

.pager {
  margin-top: 3rem;
  padding-top: 1rem;
  border-top: 1px solid var(--rule);
}

.pager ul {
  justify-content: space-between;
}

.pager .next {
  margin-left: auto;
  text-align: right;
}

.pager-label {
  display: block;
  color: var(--muted);
  font-size: 0.85rem;
}

.pager .previous .pager-label::before {
  content: "← ";
}

.pager .next .pager-label::after {
  content: " →";
}

.chooser ul {
  flex-direction: column;
  gap: 1rem;
  margin-top: 1.5rem;
}

.chooser a {
  display: block;
  padding: 1rem 1.25rem;
  background: var(--surface);
  border-radius: 0.5rem;
  text-decoration: none;
}

.chooser-lang {
  display: block;
  font-weight: 700;
  text-decoration: underline;
}

.chooser-title {
  color: var(--fg);
}

@media print {
  :root {
    --bg: #ffffff;
    --fg: #000000;
    --muted: #333333;
    --link: #000000;
    --visited: #000000;
    --rule: #999999;
  }

  *,
  *::before,
  *::after {
    background: transparent !important;
    box-shadow: none !important;
    text-shadow: none !important;
  }

  body {
    color: #000000;
    font-size: 11pt;
    line-height: 1.45;
  }

  .skip-link,
  .lang-switch,
  .series,
  .pager,
  .site-footer {
    display: none !important;
  }

  .layout {
    display: block;
    max-width: none;
    padding: 0;
  }

  main {
    max-width: none;
  }

  .site-header,
  .site-footer {
    max-width: none;
    padding: 0.5rem 0;
  }

  .body a[href^="http:"]::after,
  .body a[href^="https:"]::after,
  .body a[href^="mailto:"]::after,
  .body a[href^="tel:"]::after {
    content: " (" attr(href) ")";
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    break-after: avoid;
    page-break-after: avoid;
  }

  img,
  figure,
  table,
  pre,
  blockquote,
  tr {
    break-inside: avoid;
    page-break-inside: avoid;
  }

  p,
  li {
    orphans: 3;
    widows: 3;
  }

  /* The printable edition: each part starts a new sheet. */
  .print-part {
    break-before: page;
    page-break-before: always;
  }

  pre {
    white-space: pre-wrap;
    border: 1px solid var(--rule);
  }
}
`;

/** The site's icon: a speech bubble with a check mark, the charter's colours. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path fill="#0b57a4" d="M6 4h20a4 4 0 0 1 4 4v12a4 4 0 0 1-4 4H14l-7 6v-6H6a4 4 0 0 1-4-4V8a4 4 0 0 1 4-4z"/><path fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" d="M10 14l4 4 8-8"/></svg>
`;
