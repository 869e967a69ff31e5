import { describe, expect, it } from 'vitest';
import { isIndentedHtml, renderBody } from './render-body.js';
import { ID_PREFIX, sanitizeHtml } from './sanitize.js';

describe('sanitizeHtml', () => {
  it('keeps the structural allowlist as written', () => {
    const html =
      '<h2>T</h2><p><em>a</em> <strong>b</strong> <code>c</code> <abbr title="Centre de services scolaire">CSS</abbr>' +
      '<sup>1</sup><sub>2</sub><del>d</del><ins>i</ins><br></p><ul><li>x</li></ul><ol start="3"><li>y</li></ol>' +
      '<blockquote><p>q</p></blockquote><pre><code class="language-js">z</code></pre><hr>' +
      '<table><caption>c</caption><thead><tr><th scope="col">h</th></tr></thead><tbody><tr><td colspan="2">d</td></tr></tbody></table>' +
      '<figure><img src="a.png" alt="A" width="10" height="20"><figcaption>f</figcaption></figure>' +
      '<dl><dt>t</dt><dd>d</dd></dl><div><span lang="en" dir="ltr">e</span></div>';
    expect(sanitizeHtml(html)).toBe(
      html
        .replace('<br>', '<br />')
        .replace('<hr>', '<hr />')
        .replace(/(<img[^>]*)>/, '$1 />'),
    );
  });

  it('drops what the allowlist does not name, keeping the text of harmless wrappers', () => {
    expect(sanitizeHtml('<p style="color:red" class="x" onclick="y">a</p>')).toBe('<p>a</p>');
    expect(sanitizeHtml('<font color="red">b</font><center>c</center>')).toBe('bc');
    expect(sanitizeHtml('<script>alert(1)</script><style>p{}</style><svg><text>s</text></svg>t')).toBe('t');
    expect(sanitizeHtml('<code class="language-js evil">x</code>')).toBe(
      '<code class="language-js">x</code>',
    );
  });

  it('keeps http, https, mailto, tel and relative links; marks external ones', () => {
    expect(sanitizeHtml('<a href="https://e.org/a?b=1&amp;c=2">x</a>')).toBe(
      '<a href="https://e.org/a?b=1&amp;c=2" rel="noopener noreferrer">x</a>',
    );
    expect(
      sanitizeHtml('<a href="mailto:a@b.ca">m</a><a href="tel:+15145551234">t</a><a href="../a.html">r</a>'),
    ).toBe('<a href="mailto:a@b.ca">m</a><a href="tel:+15145551234">t</a><a href="../a.html">r</a>');
    expect(sanitizeHtml('<a href="https://e.org" rel="opener" target="_blank">x</a>')).toBe(
      '<a href="https://e.org" rel="noopener noreferrer">x</a>',
    );
  });

  it('removes dangerous and protocol-relative URLs, and every data: URL', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVa\tScRiPt:x',
      'vbscript:x',
      'data:text/html,x',
      '//evil.example',
      'file:///etc/passwd',
    ]) {
      expect(sanitizeHtml(`<a href="${href}">x</a>`), href).toBe('<a>x</a>');
    }
    expect(sanitizeHtml('<img src="data:image/png;base64,iVBORw0KGgo=" alt="a">')).toBe('<img alt="a" />');
    expect(sanitizeHtml('<img src="mailto:a@b.c" alt="a">')).toBe('<img alt="a" />');
  });

  it('prefixes ids and the links that point to them, and drops odd ones', () => {
    expect(sanitizeHtml('<h2 id="note">N</h2><a href="#note">n</a>')).toBe(
      `<h2 id="${ID_PREFIX}note">N</h2><a href="#${ID_PREFIX}note">n</a>`,
    );
    expect(sanitizeHtml('<p id="1 bad">x</p><p id="location">y</p>')).toBe(
      `<p>x</p><p id="${ID_PREFIX}location">y</p>`,
    );
  });

  it('drops attribute values it cannot trust', () => {
    expect(sanitizeHtml('<p lang="fr\'x" dir="sideways">x</p>')).toBe('<p>x</p>');
    expect(sanitizeHtml('<img src="a.png" alt="" width="1e9px" height="50%">')).toBe(
      '<img src="a.png" alt="" height="50%" />',
    );
    expect(sanitizeHtml('<td colspan="x" rowspan="2">c</td>')).toBe('<td rowspan="2">c</td>');
  });

  it('renumbers headings only when asked', () => {
    expect(sanitizeHtml('<h4>a</h4><h6>b</h6>')).toBe('<h4>a</h4><h6>b</h6>');
    expect(sanitizeHtml('<h4>a</h4><h6>b</h6><h5>c</h5><h1>d</h1>', { headingBase: 2 })).toBe(
      '<h2>a</h2><h3>b</h3><h3>c</h3><h2>d</h2>',
    );
  });

  it('decodes entities once and escapes what must be', () => {
    expect(sanitizeHtml('<p>d&rsquo;une &amp; l&#8217;autre &lt;b&gt; &eacute;</p>')).toBe(
      '<p>d’une &amp; l’autre &lt;b&gt; é</p>',
    );
  });
});

describe('renderBody', () => {
  it('renders Markdown with raw HTML and bare URLs linked', () => {
    expect(renderBody('# T\n\n*a* <kbd>b</kbd> https://e.org', 'markdown')).toBe(
      '<h1>T</h1>\n<p><em>a</em> <kbd>b</kbd> <a href="https://e.org" rel="noopener noreferrer">https://e.org</a></p>',
    );
    expect(renderBody('~~x~~\n\n| a |\n|---|\n| b |', 'markdown')).toContain('<s>x</s>');
  });

  it('shows Markdown links with a dangerous scheme as text, never as links', () => {
    expect(renderBody('[x](javascript:alert(1)) <javascript:alert(1)>', 'markdown')).toBe(
      '<p>[x](javascript:alert(1)) &lt;javascript:alert(1)&gt;</p>',
    );
  });

  it('keeps indented code blocks as code when the body does not start with indented HTML', () => {
    expect(renderBody('Texte\n\n    <p>code</p>', 'markdown')).toBe(
      '<p>Texte</p>\n<pre><code>&lt;p&gt;code&lt;/p&gt;\n</code></pre>',
    );
  });

  it('reads a Markdown body that starts with indented HTML as HTML', () => {
    expect(isIndentedHtml('\n\t\n\t\t<p>a</p>')).toBe(true);
    expect(isIndentedHtml('  <!-- c -->')).toBe(true);
    expect(isIndentedHtml('<p>a</p>')).toBe(false);
    expect(isIndentedHtml('    code')).toBe(false);
    expect(renderBody('\n\t\n\t\t<p>a &rsquo;</p>\n<h4>T</h4>', 'markdown', { headingBase: 2 })).toBe(
      '<p>a ’</p>\n<h2>T</h2>',
    );
  });

  it('takes HTML as is and text as paragraphs', () => {
    expect(renderBody('<p>*a*</p>', 'html')).toBe('<p>*a*</p>');
    expect(renderBody('a <b>\nb\n\n\nc', 'text')).toBe('<p>a &lt;b&gt;<br />\nb</p>\n<p>c</p>');
  });
});
