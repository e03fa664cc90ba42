// The text model of src/schemas/edition.ts read off the rendered tree, and the one rule for the reading text.
//
// The edition's plugins mark what they make with data properties (never CSS classes): `dataEntity`
// (a mention), `dataDate`, `dataEmendation` with `dataReading` = source | edition on its two readings,
// `dataPage` (a page break), `dataNoteCallout`, `dataNoteMark` (an editorial note's mark), and
// `dataApparatus` on everything that is the edition's, not the source's (paragraph numbers, tooltips).
import type { Element, ElementContent } from 'hast';
import type { Block, EntityKey, Inline, TextBlock } from '../schemas/edition.ts';

const prop = (el: Element, name: string): string | undefined => {
  const value = el.properties[name];
  return value == null ? undefined : String(value);
};

/** The elements of one reading of an emendation (`dataReading` = "source" or "edition"). */
function reading(el: Element, which: 'source' | 'edition'): Inline[] {
  const part = el.children.find((c): c is Element => c.type === 'element' && c.properties.dataReading === which);
  return part ? toInlines(part.children) : [];
}

/**
 * Hast → text model. Unknown elements (a plain span) give their children; apparatus gives nothing.
 * The page-break marker is checked first: it is apparatus too, but its position is part of the model.
 */
export function toInlines(nodes: readonly ElementContent[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      const last = out.at(-1);
      if (last?.type === 'text') last.value += node.value;
      else out.push({ type: 'text', value: node.value });
      continue;
    }
    if (node.type !== 'element') continue;
    const page = prop(node, 'dataPage');
    const callout = prop(node, 'dataNoteCallout');
    const mark = prop(node, 'dataNoteMark');
    const emendation = prop(node, 'dataEmendation');
    const entity = prop(node, 'dataEntity');
    const date = prop(node, 'dataDate');
    if (page) out.push({ type: 'pageBreak', n: Number(page) });
    else if (callout) out.push({ type: 'noteCallout', n: Number(callout) });
    else if (mark) out.push({ type: 'noteMark', label: mark, note: prop(node, 'dataNote') ?? '' });
    else if ('dataApparatus' in node.properties) continue;
    else if (emendation) out.push({ type: 'emendation', id: emendation, sic: reading(node, 'source'), corr: reading(node, 'edition') });
    else if (entity) out.push({ type: 'mention', entity: entity as EntityKey, children: toInlines(node.children) });
    else if (date) out.push({ type: 'date', n: Number(date), children: toInlines(node.children) });
    else if (node.tagName === 'em' || node.tagName === 'strong')
      out.push({ type: node.tagName === 'em' ? 'emphasis' : 'strong', children: toInlines(node.children) });
    else if (node.tagName === 'a' && typeof node.properties.href === 'string')
      out.push({ type: 'link', url: node.properties.href, children: toInlines(node.children) });
    else out.push(...toInlines(node.children));
  }
  return out;
}

/** A span of the reading text that a node of the model covers. */
export interface ReadingSpan {
  node: Extract<Inline, { type: 'mention' | 'date' }>;
  /** [start, end) in the reading text, UTF-16 units. */
  start: number;
  end: number;
  /** The printed page the span begins on (the last page break before it), or `page` as given. */
  page: number | null;
}

/**
 * THE reading-text rule, the only one in the code base: the source's words with the edition's
 * corrections (an emendation reads as its `corr`); page breaks, note callouts and note marks are
 * apparatus and give no text. Returns the text and where each mention and date stands in it.
 * `page` is the printed page in force where the content begins; the result's `page` where it ends.
 */
export function readingSpans(
  content: readonly Inline[],
  page: number | null = null,
): { text: string; spans: ReadingSpan[]; page: number | null } {
  let text = '';
  const spans: ReadingSpan[] = [];
  const walk = (nodes: readonly Inline[]) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          text += node.value;
          break;
        case 'pageBreak':
          page = node.n;
          break;
        case 'noteCallout':
        case 'noteMark':
          break;
        case 'emendation':
          walk(node.corr);
          break;
        case 'mention':
        case 'date': {
          const start = text.length;
          const at = page;
          walk(node.children);
          spans.push({ node, start, end: text.length, page: at });
          break;
        }
        default:
          walk(node.children);
      }
    }
  };
  walk(content);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, spans, page };
}

/** The reading text of some content, whitespace collapsed and trimmed (passages, headings, search, citations). */
export function readingText(content: readonly Inline[]): string {
  return readingSpans(content).text.replace(/\s+/g, ' ').trim();
}

/** The printed pages that begin inside some content, in order. */
export function pageBreaksIn(content: readonly Inline[]): number[] {
  return content.flatMap((node): number[] => {
    if (node.type === 'pageBreak') return [node.n];
    if (node.type === 'emendation') return pageBreaksIn(node.sic);
    return 'children' in node ? pageBreaksIn(node.children) : [];
  });
}

/** Markers that only the text model reads; the page does without them (`aria-describedby` names a mention's entity). */
export const modelMarkers = [
  'dataEntity',
  'dataEmendation',
  'dataReading',
  'dataNoteCallout',
  'dataNoteMark',
  'dataNote',
  'dataNoteLabel',
] as const;

/** The headings and passages of a text, in order, quotations and lists opened. */
export function textBlocks(blocks: readonly Block[]): TextBlock[] {
  return blocks.flatMap((b): TextBlock[] => {
    if (b.type === 'quote' || b.type === 'list') return textBlocks(b.children);
    return b.type === 'sectionBreak' ? [] : [b];
  });
}

const space: Inline = { type: 'text', value: ' ' };

/** The inline content of a heading or passage as one run (a table's cells joined by spaces). */
export function blockContent(block: TextBlock): Inline[] {
  if (block.type !== 'table') return block.children;
  return block.rows.flatMap((row) => row.flatMap((cell) => [...cell, space]));
}
