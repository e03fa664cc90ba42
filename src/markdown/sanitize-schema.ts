// The sanitiser's schema (hast-util-sanitize, through rehype-sanitize): exactly the elements and attributes the
// edition's Markdown and its own plugins produce, and nothing else. remark-no-raw-html already refuses raw
// HTML with a located error; this is the second wall, so that no script, style, iframe, object, embed, meta,
// base or form element, no event-handler attribute and no `javascript:`/`data:`/`vbscript:` URL can reach a
// page, whatever a future plugin emits.
import type { Schema } from 'hast-util-sanitize';

/** Attributes (hast property names) every allowed element may carry: the edition's ids, classes and ARIA. */
const everywhere = ['id', 'className', 'role', 'tabIndex', 'ariaDescribedBy', 'ariaLabel', 'dataApparatus', 'dataLabel'];

export const editionSanitizeSchema: Schema = {
  // ids are the edition's own (p12, page-88, em-3, user-content-fn-x): never prefixed
  clobber: [],
  clobberPrefix: '',
  // Markdown (CommonMark + GFM) output and the edition's spans
  tagNames: [
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'br',
    'blockquote',
    'ol',
    'ul',
    'li',
    'section',
    'div',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'pre',
    'code',
    'a',
    'span',
    'sup',
    'sub',
    'time',
    'em',
    'strong',
    'del',
    // a paragraph's "Copy link" (src/markdown/rehype-paragraph-tools.ts); always type=button, so never a form's
    'button',
  ],
  attributes: {
    '*': everywhere,
    a: ['href', 'rel', 'dataFootnoteRef', 'dataFootnoteBackref'],
    span: ['dataDate', 'dataWhen', 'dataPage'],
    time: ['dateTime', 'dataDate'],
    section: ['dataFootnotes'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
    button: [['type', 'button']],
  },
  // absolute URLs only with these schemes; relative ones (/people/x/, #p12, cite/#p3) stay
  protocols: { href: ['http', 'https', 'mailto'] },
  // the contents of these go with them, never left as text
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
  required: { button: { type: 'button' } },
  ancestors: {},
};
