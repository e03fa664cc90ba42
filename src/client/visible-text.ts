// The text a reader sees in some elements, whitespace collapsed, with each character's place in the DOM: what
// find-in-page and text fragments search (hidden readings and the page's own tools are left out).

/** The visible text and, for each of its characters, the text node and offset it comes from. */
export interface VisibleText {
  text: string;
  nodes: Text[];
  offsets: number[];
}

const blocks = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, section, div';
/** Elements of the page's own interface inside the text: never part of it. */
const ui = '.cite-panel, .quote-tools';

const shown = (el: Element) => (typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0);

/**
 * The visible text of `roots` in document order: text in a hidden element (the reading of an emendation the current
 * view does not show) is left out; runs of whitespace become one space; a space separates blocks.
 */
export function visibleText(roots: readonly Element[]): VisibleText {
  const out: VisibleText = { text: '', nodes: [], offsets: [] };
  let block: Element | null = null;
  const push = (ch: string, node: Text, offset: number) => {
    out.text += ch;
    out.nodes.push(node);
    out.offsets.push(offset);
  };
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.parentElement && shown(n.parentElement) && !n.parentElement.closest(ui) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT,
    });
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const own = n.parentElement!.closest(blocks);
      if (own !== block && out.text && !out.text.endsWith(' ')) push(' ', n, 0);
      block = own;
      const value = n.data;
      for (let i = 0; i < value.length; i++) {
        if (/\s/.test(value[i])) {
          if (out.text && !out.text.endsWith(' ')) push(' ', n, i);
        } else push(value[i], n, i);
      }
    }
  }
  return out;
}

/** Wrap characters [start, end) of a visible text in `<mark class="…">` elements (one per text node); returns them. */
export function markRange(v: VisibleText, start: number, end: number, className: string): HTMLElement[] {
  const pieces = new Map<Text, [number, number]>();
  for (let i = start; i < end; i++) {
    const node = v.nodes[i];
    const [a, b] = pieces.get(node) ?? [v.offsets[i], v.offsets[i]];
    pieces.set(node, [Math.min(a, v.offsets[i]), Math.max(b, v.offsets[i] + 1)]);
  }
  const marks: HTMLElement[] = [];
  for (const [node, [a, b]] of pieces) {
    const range = document.createRange();
    range.setStart(node, a);
    range.setEnd(node, Math.min(b, node.length));
    const mark = document.createElement('mark');
    mark.className = className;
    range.surroundContents(mark);
    marks.push(mark);
  }
  return marks;
}
