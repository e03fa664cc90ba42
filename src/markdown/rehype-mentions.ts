// Extract every mention once: entity, paragraph (or heading), the sentence it stands in, and where the name is.
// Entity pages, indexes and the reader's panel all read this list (remarkPluginFrontmatter.edition.mentions).
// Annotated dates (remark-dates) are placed the same way, for the chronology.
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { editionData, report } from './directives.ts';

export interface Mention {
  /** "person:avrohom-kalmanovitz" */
  entity: string;
  /** Paragraph number, or null for a mention in a heading. */
  paragraph: number | null;
  /** Fragment id of the paragraph or heading: "p12". */
  anchor: string;
  /** The words of the mention as the reading text shows them. */
  text: string;
  /** The sentence (reading text) that holds the mention. */
  sentence: string;
  /** Where the mention stands in `sentence`: [start, end) in UTF-16 units. */
  at: [number, number];
  /** Printed page the mention is on, where the text marks pages (null before the first :pb). */
  page: number | null;
}

// Intl.Segmenter does not know abbreviations: a "sentence" ending in one of these is joined to the next.
const abbreviation = /(?:\b(?:Mr|Mrs|Dr|St|Gen|Maj|Lt|Col|Capt|Adm|Gov|Sen|Rep|Rev|Prof|Jr|Sr|Co|Inc|No|Vol|pp?|vs|cf|al|ca|viz|i\.e|e\.g|U\.S|D\.C|F\.B\.I|a\.k\.a)|\b[A-Z])\.\s*$/;

export function sentences(text: string): { start: number; end: number }[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: { start: number; end: number }[] = [];
  for (const s of segmenter.segment(text)) {
    const end = s.index + s.segment.length;
    const previous = out.at(-1);
    if (previous && abbreviation.test(text.slice(previous.start, previous.end))) previous.end = end;
    else out.push({ start: s.index, end });
  }
  return out;
}

const isReadingText = (node: Element) =>
  !('dataApparatus' in node.properties) && !([] as unknown[]).concat(node.properties.className ?? []).includes('sic');

/** Reading text of a block, with the spans of the mentions in it. */
function readBlock(block: Element, startPage: number | null) {
  let text = '';
  let page = startPage;
  const found: { entity: string; start: number; end: number; page: number | null }[] = [];
  const dates: { n: number; start: number; end: number; page: number | null }[] = [];
  const walk = (node: ElementContent) => {
    if (node.type === 'text') text += node.value;
    if (node.type !== 'element') return;
    if (node.properties.dataPage) page = Number(node.properties.dataPage);
    if (!isReadingText(node)) return;
    const entity = node.properties.dataEntity;
    // the reader page does not repeat it: aria-describedby names the entity too (mentionedEntity())
    delete node.properties.dataEntity;
    const date = node.properties.dataDate;
    const start = text.length;
    const pageAtStart = page;
    node.children.forEach(walk);
    if (typeof entity === 'string') found.push({ entity, start, end: text.length, page: pageAtStart });
    if (typeof date === 'string') dates.push({ n: Number(date), start, end: text.length, page: pageAtStart });
  };
  block.children.forEach(walk);
  return { text, found, dates };
}

/** The sentence of `text` that holds [start, end), trimmed, and where the span stands in it. */
function sentenceAround(text: string, spans: { start: number; end: number }[], start: number, end: number) {
  const s = spans.find((x) => start >= x.start && start < x.end) ?? { start: 0, end: text.length };
  const raw = text.slice(s.start, s.end);
  const lead = raw.length - raw.trimStart().length;
  const sentence = raw.trim().replace(/\s+/g, ' ');
  const before = text.slice(s.start + lead, start).replace(/\s+/g, ' ');
  const words = text.slice(start, end).replace(/\s+/g, ' ');
  return { sentence, words, at: [before.length, before.length + words.length] as [number, number] };
}

export default function rehypeMentions() {
  return (tree: Root, file: VFile) => {
    const mentions: Mention[] = [];
    const edition = editionData(file);
    let lastPage: number | null = null;
    const visitBlock = (block: Element, paragraph: number | null) => {
      const passage = edition.passages.find((p) => p.id === block.properties.id);
      const startPage = passage ? passage.pageStart : lastPage;
      const { text, found, dates } = readBlock(block, startPage);
      lastPage = passage?.pageEnd ?? passage?.pageStart ?? lastPage;
      if (!found.length && !dates.length) return;
      const spans = sentences(text);
      const anchor = String(block.properties.id);
      for (const m of found) {
        const { sentence, words, at } = sentenceAround(text, spans, m.start, m.end);
        mentions.push({ entity: m.entity, paragraph, anchor, text: words, sentence, at, page: m.page });
      }
      for (const d of dates) {
        const date = edition.dates.find((x) => x.n === d.n);
        if (!date) continue;
        const { sentence, words, at } = sentenceAround(text, spans, d.start, d.end);
        Object.assign(date, { paragraph, anchor, text: words, sentence, at, page: d.page });
      }
    };
    const walk = (nodes: Root['children'] | ElementContent[]) => {
      for (const node of nodes) {
        if (node.type !== 'element') continue;
        if (node.tagName === 'p' && typeof node.properties.id === 'string' && /^p\d+$/.test(node.properties.id)) {
          visitBlock(node, Number(node.properties.id.slice(1)));
        } else if (/^h[1-6]$/.test(node.tagName) && node.properties.id) {
          visitBlock(node, null);
        } else if (node.tagName === 'blockquote') walk(node.children);
      }
    };
    walk(tree.children);
    edition.mentions = mentions;
    visit(tree, 'element', (node: Element) => {
      delete node.properties.dataEntity; // mentions outside numbered blocks too
    });
    const unplaced = new Map(edition.dates.filter((d) => !d.anchor).map((d) => [String(d.n), d]));
    if (unplaced.size) {
      visit(tree, 'element', (node: Element) => {
        const date = unplaced.get(String(node.properties.dataDate));
        if (!date) return;
        report(file, node, `:date[${date.text}] stands outside the text's paragraphs and headings (in a list or a table?): only dates in them are placed on the chronology`, 'archive:date-place');
      });
    }
  };
}
