// Quoting from the reader (loaded by src/client/quote.ts when words are first selected): tools appear below the
// paragraph (never over the text): "Link to this quote" copies a link that opens on the words (a text fragment,
// with the paragraph as fallback: /documents/<id>/#p5:~:text=…), and "Copy quote with citation" copies the words
// with the paragraph's citation in the style the reader chooses (remembered on this computer).
import { announce, copyText, makeButton, reportLinkCopy } from './clipboard.ts';
import { writeClipboard } from './clipboard-write.ts';
import { citationStyles, citationText } from './citations.ts';
import { buildTextDirective, formatTextDirective } from './text-directive.ts';
import { visibleText } from './visible-text.ts';

interface Quote {
  words: string;
  /** The paragraph the quote begins in (its citation and the link's fallback). */
  paragraph: HTMLElement;
  before: string;
  after: string;
}

const text = document.querySelector<HTMLElement>('.doc-text');
const styleKey = 'archive-reader:citation-style';
let bar: HTMLElement | null = null;
let current: Quote | null = null;

/** The selected words, widened to whole words, with the paragraph text around them; null unless in paragraphs. */
function selectedQuote(): Quote | null {
  const selection = getSelection();
  if (!text || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const paragraphOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.doc-text .passage');
  const first = paragraphOf(range.startContainer);
  const last = paragraphOf(range.endContainer);
  if (!first || !last) return null;
  const paragraphs = Array.from(text.querySelectorAll<HTMLElement>('.passage'));
  const v = visibleText(paragraphs.slice(paragraphs.indexOf(first), paragraphs.indexOf(last) + 1));
  const inside = v.nodes.map((node, i) => range.comparePoint(node, v.offsets[i]) >= 0 && range.comparePoint(node, v.offsets[i] + 1) <= 0);
  let start = inside.indexOf(true);
  let end = inside.lastIndexOf(true) + 1;
  if (start < 0) return null;
  while (start > 0 && v.text[start - 1] !== ' ') start--;
  while (end < v.text.length && v.text[end] !== ' ') end++;
  const words = v.text.slice(start, end).trim();
  return words ? { words, paragraph: first, before: v.text.slice(0, start), after: v.text.slice(end) } : null;
}

function quoteLink(q: Quote): string {
  const directive = formatTextDirective(buildTextDirective(q.words, q.before, q.after));
  return `${location.origin}${location.pathname}#${q.paragraph.id}:~:${directive}`;
}

function chosenStyle(): string {
  try {
    const saved = localStorage.getItem(styleKey);
    if (saved && (citationStyles as readonly string[]).includes(saved)) return saved;
  } catch {
    // storage refused: the default style
  }
  return citationStyles[0];
}

async function quoteWithCitation(q: Quote, style: string): Promise<string> {
  const c = await citationText(q.paragraph.id, style);
  const quoted = `“${q.words}”`;
  if (!c) return `${quoted}\n${quoteLink(q)}`;
  return style === citationStyles[0] ? `${quoted}\n\n${c.citation}` : `${quoted} ${c.citation}\n\n${c.reference}`;
}

function makeBar(): HTMLElement {
  const el = document.createElement('div');
  el.className = 'quote-tools';
  el.setAttribute('role', 'group');
  el.setAttribute('aria-label', 'Quote the selected words');
  const link = makeButton('Link to this quote', 'Link to this quote', (b) => {
    if (!current) return;
    const url = quoteLink(current);
    void reportLinkCopy(writeClipboard(url), url, 'the quoted words', b);
  });
  const cite = makeButton('Copy quote with citation', 'Copy quote with citation', (b) => {
    const q = current;
    if (q) void quoteWithCitation(q, select.value).then((s) => copyText(s, `Quote with its ${select.value} citation copied.`, b));
  });
  const label = document.createElement('label');
  label.textContent = 'Style ';
  const select = document.createElement('select');
  for (const s of citationStyles) select.append(new Option(s, s, false, s === chosenStyle()));
  select.addEventListener('change', () => {
    try {
      localStorage.setItem(styleKey, select.value);
    } catch {
      // storage refused: the choice holds for this page only
    }
  });
  label.append(select);
  el.append(link, cite, label);
  return el;
}

/** Show the tools below the selected words' last paragraph, or take them away when no words are selected. */
export function update(): void {
  const q = selectedQuote();
  if (!q) {
    if (bar && !bar.contains(document.activeElement)) bar.remove();
    current = null;
    return;
  }
  current = q;
  bar ??= makeBar();
  // below the paragraph where the selection ends (and below its citations, if open): never over the words
  let last = getSelection()!.getRangeAt(0).endContainer;
  const end = (last instanceof Element ? last : last.parentElement)!.closest<HTMLElement>('.passage')!;
  last = document.getElementById(`cite-${end.id}`) ?? end;
  if (bar.previousElementSibling !== last) {
    (last as Element).after(bar);
    announce(`Quote tools below paragraph ${end.id.slice(1)}: Link to this quote, Copy quote with citation.`, { visible: false });
  }
}
