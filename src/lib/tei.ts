// TEI P5 XML of a document, from its rendered edition HTML (whose data-* attributes carry the apparatus):
// persName/placeName/orgName/name[@type=event]/term with @ref, choice/sic/corr, pb, the original's note
// callouts, editorial notes in <back>, and a teiHeader from the bibliographic record.
import { parseHTML } from 'linkedom';
import type { DocumentEntry } from './documents.ts';
import { mentionedEntity } from '../schemas/entities.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const entityElement: Record<string, [string, string]> = {
  person: ['persName', ''],
  place: ['placeName', ''],
  org: ['orgName', ''],
  event: ['name', ' type="event"'],
  term: ['term', ''],
};

export function teiFor(doc: DocumentEntry, html: string, site: URL): string {
  const { document } = parseHTML(`<main>${html}</main>`);
  const root = document.querySelector('main')!;
  const editorialNotes: string[] = [];
  const callouts: number[] = [];
  let hebrewDates = false;

  const inline = (node: Node): string => {
    if (node.nodeType === 3) return esc(node.textContent ?? '');
    if (node.nodeType !== 1) return '';
    const e = node as Element;
    const cls = e.classList;
    const kids = () => Array.from(e.childNodes).map(inline).join('');
    if (cls.contains('pb')) return `<pb n="${esc(e.getAttribute('data-page')!)}"/>`;
    if (cls.contains('pnum') || cls.contains('passage-tools') || cls.contains('em-note') || cls.contains('date-note')) return '';
    if (e.hasAttribute('data-date')) {
      // @when/@from/@to are Gregorian (a Hebrew date's conversion); @calendar is the calendar the text uses
      const [from, to] = (e.getAttribute('data-when') ?? '').split('/');
      const when = e.getAttribute('datetime') ? `when="${esc(e.getAttribute('datetime')!)}"` : `from="${esc(from)}" to="${esc(to)}"`;
      hebrewDates ||= cls.contains('date-hebrew');
      return `<date ${when}${cls.contains('date-hebrew') ? ' calendar="#hebrew"' : ''}>${kids()}</date>`;
    }
    if (cls.contains('emendation')) {
      const sic = Array.from(e.querySelector('.sic')!.childNodes).map(inline).join('');
      const corr = esc(e.querySelector('.corr')!.textContent ?? '');
      return `<choice><sic>${sic}</sic><corr>${corr}</corr></choice>`;
    }
    if (cls.contains('noteref')) {
      const n = Number(e.textContent);
      callouts.push(n);
      return `<ref type="noteref" n="${n}" target="#orig-note-${n}">${n}</ref>`;
    }
    if (cls.contains('edref')) {
      const target = e.querySelector('a')!.getAttribute('href')!.replace('#user-content-fn-', 'ed-');
      return `<ptr type="noteAnchor" target="#${esc(target)}"/>`;
    }
    const entity = cls.contains('mention') ? mentionedEntity(e.getAttribute('aria-describedby')) : undefined;
    if (entity) {
      const [kind] = entity.split(':');
      const [tag, attrs] = entityElement[kind];
      return `<${tag}${attrs} ref="${esc(new URL(e.getAttribute('href')!, site).href)}">${kids()}</${tag}>`;
    }
    return kids();
  };

  // the first printed page begins with the text
  const body: string[] = doc.data.firstPage ? [`<pb n="${doc.data.firstPage}"/>`] : [];
  let open = 0;
  const closeTo = (level: number) => {
    for (; open > level; open--) body.push('</div>');
  };
  for (const el of Array.from(root.children)) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'h2' || tag === 'h3') {
      const level = tag === 'h2' ? 1 : 2;
      closeTo(level - 1);
      body.push(`<div type="${level === 1 ? 'section' : 'subsection'}" xml:id="${esc(el.id)}"><head>${inline(el)}</head>`);
      open = level;
    } else if (tag === 'p') {
      body.push(`<p xml:id="${esc(el.id)}" n="${esc(el.id.slice(1))}">${inline(el)}</p>`);
    } else if (tag === 'blockquote') {
      body.push(`<quote>${Array.from(el.querySelectorAll('p')).map((p) => `<p xml:id="${esc(p.id)}" n="${esc(p.id.slice(1))}">${inline(p)}</p>`).join('')}</quote>`);
    } else if (tag === 'hr') {
      body.push('<milestone unit="section"/>');
    } else if (tag === 'section' && el.hasAttribute('data-footnotes')) {
      for (const li of Array.from(el.querySelectorAll('li'))) {
        const id = li.id.replace('user-content-fn-', 'ed-');
        const text = Array.from(li.querySelectorAll('p'))
          .map((p) => Array.from(p.childNodes).filter((c) => !(c.nodeType === 1 && (c as Element).hasAttribute('data-footnote-backref'))).map(inline).join('').trim())
          .join(' ');
        editorialNotes.push(`<note type="editorial" xml:id="${esc(id)}">${text}</note>`);
      }
    }
  }
  closeTo(0);

  const d = doc.data;
  const t = d.transcription;
  const author = d.author ? `<author>${esc(d.author)}</author>` : '';
  const attribution = d.attribution ? `<note type="attribution">Unsigned; attributed to ${esc(d.attribution.name)} (${d.attribution.certainty}). ${esc(d.attribution.evidence)}</note>` : '';
  const scope = [d.publication.volume && `<biblScope unit="volume">${esc(d.publication.volume)}</biblScope>`, d.publication.issue && `<biblScope unit="issue">${esc(d.publication.issue)}</biblScope>`, d.firstPage && `<biblScope unit="page" from="${d.firstPage}"${d.lastPage ? ` to="${d.lastPage}"` : ''}/>`].filter(Boolean).join('');
  const url = new URL(`/documents/${doc.id}/`, site).href;
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
<teiHeader>
<fileDesc>
<titleStmt><title>${esc(d.title)}${d.part ? `, ${esc(d.part)}` : ''}</title>${author}<respStmt><resp>Transcription, annotation and encoding</resp><name>Archive Reader</name></respStmt></titleStmt>
<publicationStmt><publisher>Archive Reader</publisher><idno type="URI">${esc(url)}</idno><availability><p>${esc(d.rights)}</p></availability></publicationStmt>
<sourceDesc><bibl><title level="a">${esc(d.title)}</title>${author}${attribution}<title level="j">${esc(d.publication.title)}</title>${d.publication.publisher ? `<publisher>${esc(d.publication.publisher)}</publisher>` : ''}${scope}<date when="${esc(d.date.iso)}">${esc(d.date.original)}</date>${d.sourceUrl ? `<ref target="${esc(d.sourceUrl)}">${esc(d.sourceUrl)}</ref>` : ''}</bibl></sourceDesc>
</fileDesc>
<encodingDesc><editorialDecl>
<p>Copy transcribed: ${esc(t.copy)}</p>
${t.removed.map((r) => `<p>Removed as not part of the text (${esc(r.what)}): <q>${esc(r.text)}</q></p>`).join('\n')}
${t.lacks.map((l) => `<p>The copy lacks: ${esc(l)}</p>`).join('\n')}
${t.notes.map((n) => `<p>${esc(n)}</p>`).join('\n')}
</editorialDecl></encodingDesc>
${hebrewDates ? '<profileDesc><calendarDesc><calendar xml:id="hebrew"><p>The Hebrew calendar. Dates in it carry their Gregorian equivalent in @when, @from and @to, converted with @hebcal/core.</p></calendar></calendarDesc></profileDesc>' : ''}
</teiHeader>
<text>
<body>
${body.join('\n')}
</body>
<back>
${callouts.length ? `<div type="notes" subtype="original"><head>Notes of the original</head><p>The texts of these notes are not included in the copy transcribed.</p>${callouts.map((n) => `<note type="original" n="${n}" xml:id="orig-note-${n}"/>`).join('')}</div>` : ''}
${editorialNotes.length ? `<div type="notes" subtype="editorial"><head>Editorial notes</head>${editorialNotes.join('\n')}</div>` : ''}
</back>
</text>
</TEI>
`;
}
