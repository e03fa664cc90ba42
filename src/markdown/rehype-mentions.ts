// Place every mention and every date once: entity (or date), paragraph or heading, the sentence it
// stands in, where its words are in that sentence, and the printed page. Entity pages, indexes, the
// reader's panel and the chronology all read these lists (edition.mentions, edition.dates).
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { AnnotatedDate, Inline, Mention, Placement } from '../schemas/edition.ts';
import { editionData, report } from './directives.ts';
import { blockContent, readingSpans, textBlocks } from './edition-text.ts';

// Intl.Segmenter does not know abbreviations: a "sentence" ending in one of these is joined to the next.
const abbreviation =
  /(?:\b(?:Mr|Mrs|Dr|St|Gen|Maj|Lt|Col|Capt|Adm|Gov|Sen|Rep|Rev|Prof|Jr|Sr|Co|Inc|No|Vol|pp?|vs|cf|al|ca|viz|i\.e|e\.g|U\.S|D\.C|F\.B\.I|a\.k\.a)|\b[A-Z])\.\s*$/;

/** The sentences of a text as [start, end) spans (Intl.Segmenter, English, abbreviations joined). */
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

/** The sentence of `text` that holds [start, end), whitespace collapsed, and where the span stands in it. */
function sentenceAround(text: string, spans: { start: number; end: number }[], start: number, end: number) {
  const s = spans.find((x) => start >= x.start && start < x.end) ?? { start: 0, end: text.length };
  const raw = text.slice(s.start, s.end);
  const lead = raw.length - raw.trimStart().length;
  const sentence = raw.trim().replace(/\s+/g, ' ');
  const before = text.slice(s.start + lead, start).replace(/\s+/g, ' ');
  const words = text.slice(start, end).replace(/\s+/g, ' ');
  return { sentence, text: words, at: [before.length, before.length + words.length] as [number, number] };
}

export default function rehypeMentions() {
  return (tree: Root, file: VFile) => {
    const edition = editionData(file);
    const annotations = new Map((file.data.dateAnnotations ?? []).map((d) => [d.n, d]));
    const mentions: Mention[] = [];
    const dates: AnnotatedDate[] = [];
    const pageOf = new Map(edition.passages.map((p) => [p.id, p.pageStart]));
    let page: number | null = null;

    /** Place the mentions and dates of one run of text (a heading, a passage, an editorial note). */
    const place = (content: Inline[], at: Pick<Placement, 'paragraph' | 'inNote' | 'anchor'>, startPage: number | null) => {
      const read = readingSpans(content, startPage);
      if (!read.spans.length) return read.page;
      const bounds = sentences(read.text);
      for (const span of read.spans) {
        const where: Placement = { ...at, page: span.page, ...sentenceAround(read.text, bounds, span.start, span.end) };
        if (span.node.type === 'mention') mentions.push({ entity: span.node.entity, ...where });
        else {
          const annotation = annotations.get(span.node.n);
          if (annotation) dates.push({ ...annotation, ...where });
        }
      }
      return read.page;
    };
    for (const b of textBlocks(edition.blocks)) {
      const paragraph = b.type === 'heading' ? null : b.n;
      page = place(blockContent(b), { paragraph, inNote: null, anchor: b.id }, b.type === 'heading' ? page : (pageOf.get(b.id) ?? page));
    }
    // editorial notes come after the text in the data, as on the page; their printed page is not the text's
    for (const note of edition.notes) place(note.children, { paragraph: null, inNote: note.label, anchor: note.anchor }, null);
    edition.mentions = mentions;
    edition.dates = dates.sort((a, b) => a.n - b.n);

    const placed = new Set(dates.map((d) => String(d.n)));
    visit(tree, 'element', (node) => {
      const n = node.properties.dataDate;
      if (n == null || placed.has(String(n))) return;
      const date = annotations.get(Number(n));
      if (date)
        report(
          file,
          node,
          `:date[${date.label}] stands outside the text's passages, headings and notes: only dates in them are placed on the chronology`,
          'archive:date-place',
        );
    });
  };
}
