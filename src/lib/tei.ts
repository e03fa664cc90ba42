// TEI P5 XML of a document, built as an XML tree (xastscript, serialised by xast-util-to-xml) from the
// edition data: the text model (blocks, notes), the placed dates and the bibliographic record. Mentions
// become persName/placeName/orgName/name[@type=event]/term with @ref, emendations choice/sic/corr, page
// breaks pb, the original's note callouts ref[@type=noteref], editorial notes note[@type=editorial] in <back>.
// The entities the text mentions are listed in <standOff> (listPerson, listPlace, listOrg, listEvent) with their
// authority ids as <idno>, and their typed relations as listRelation/relation.
import type { Element, ElementContent, Root } from 'xast';
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';
import type { DocumentEntry } from './documents.ts';
import { htmlDatetime } from './dates.ts';
import { entityHref, type EntityKind } from '../schemas/entities.ts';
import type { Block, EditionData, Inline } from '../schemas/edition.ts';
import type { AuthorityFile } from '../schemas/authority.ts';
import type { AnyEntityData, Entity, ShownRelation } from './entities.ts';

/** What the TEI lists of an entity: the entity, its record, and its relations (both ways, src/lib/entities.ts). */
export interface TeiEntity {
  entity: Entity;
  relations: readonly ShownRelation[];
}

const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/** The TEI element and attributes of a mention of each kind (TEI P5 §13.2 names and §3.4.1 terms). */
const entityElement: Record<EntityKind, [string, Record<string, string>]> = {
  person: ['persName', {}],
  place: ['placeName', {}],
  org: ['orgName', {}],
  event: ['name', { type: 'event' }],
  term: ['term', {}],
};

/**
 * The TEI document of one text. `edition` is the text's edition data (src/schemas/edition.ts), `site`
 * the address the entity @ref URLs and the edition's own URI are resolved against.
 */
export function teiFor(doc: DocumentEntry, edition: EditionData, site: URL, entities: ReadonlyMap<string, TeiEntity> = new Map()): string {
  const datesByN = new Map(edition.dates.map((d) => [d.n, d]));
  const callouts: number[] = [];
  let hebrewDates = false;

  const inline = (nodes: readonly Inline[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent | ElementContent[] => {
      switch (node.type) {
        case 'text':
          return { type: 'text', value: node.value };
        case 'pageBreak':
          return x('pb', { n: String(node.n) });
        case 'noteCallout':
          callouts.push(node.n);
          return x('ref', { type: 'noteref', n: String(node.n), target: `#orig-note-${node.n}` }, String(node.n));
        case 'noteMark':
          return x('ptr', { type: 'noteAnchor', target: `#${node.note}` });
        case 'emendation':
          return x('choice', [x('sic', inline(node.sic)), x('corr', inline(node.corr))]);
        case 'mention': {
          const [kind, id] = node.entity.split(':') as [EntityKind, string];
          const [tag, attrs] = entityElement[kind];
          return x(tag, { ...attrs, ref: new URL(entityHref(kind, id), site).href }, inline(node.children));
        }
        case 'date': {
          const date = datesByN.get(node.n);
          if (!date) return inline(node.children);
          // @when/@from/@to are Gregorian (a Hebrew date's conversion); @calendar is the calendar the text uses
          const when = htmlDatetime(date.range);
          hebrewDates ||= date.hebrew !== null;
          return x(
            'date',
            { ...(when ? { when } : { from: date.range.start, to: date.range.end }), calendar: date.hebrew ? '#hebrew' : undefined },
            inline(node.children),
          );
        }
        case 'emphasis':
        case 'strong':
          return x('hi', { rend: node.type === 'emphasis' ? 'italic' : 'bold' }, inline(node.children));
        case 'link':
          return x('ref', { target: node.url }, inline(node.children));
      }
    });

  /** A block inside the text or a quotation (TEI P5 §3.8 lists, §14.1 tables). */
  const content = (b: Exclude<Block, { type: 'heading' }>): Element => {
    switch (b.type) {
      case 'paragraph':
        return x('p', { 'xml:id': b.id, n: String(b.n) }, inline(b.children));
      case 'quote':
        return x(
          'quote',
          b.children.flatMap((c) => (c.type === 'heading' ? [] : [content(c)])),
        );
      case 'list':
        return x('list', { type: b.ordered ? 'ordered' : 'bulleted' }, b.children.map(content));
      case 'item':
        return x('item', { 'xml:id': b.id, n: String(b.n) }, inline(b.children));
      case 'table':
        return x(
          'table',
          { 'xml:id': b.id, n: String(b.n) },
          b.rows.map((row) =>
            x(
              'row',
              row.map((cell) => x('cell', inline(cell))),
            ),
          ),
        );
      case 'sectionBreak':
        return x('milestone', { unit: 'section' });
    }
  };

  // headings open divisions: h2 a section, h3 a subsection inside it
  const body: ElementContent[] = doc.data.firstPage ? [x('pb', { n: String(doc.data.firstPage) })] : [];
  const open: Element[] = [];
  // one block a line, so that two versions of a file diff line by line
  const append = (child: ElementContent) => (open.at(-1)?.children ?? body).push({ type: 'text', value: '\n' }, child);
  for (const b of edition.blocks) {
    if (b.type === 'heading') {
      const level = Math.max(1, b.depth - 1);
      while (open.length >= level) open.pop();
      const div = x('div', { type: level === 1 ? 'section' : 'subsection', 'xml:id': b.id }, [x('head', inline(b.children))]);
      append(div);
      open.push(div);
    } else append(content(b));
  }
  const notes = edition.notes.map((n) => x('note', { type: 'editorial', 'xml:id': n.id, n: n.label }, trimmed(inline(n.children))));

  const d = doc.data;
  const t = d.transcription;
  const author = d.author ? x('author', d.author) : undefined;
  const url = new URL(`/documents/${doc.id}/`, site).href;
  const title = `${d.title}${d.part ? `, ${d.part}` : ''}`;

  const tree: Root = {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
      { type: 'text', value: '\n' },
      x('TEI', { xmlns: TEI_NS, 'xml:lang': 'en' }, [
        x('teiHeader', [
          x('fileDesc', [
            x('titleStmt', [
              x('title', title),
              author,
              x('respStmt', [x('resp', 'Transcription, annotation and encoding'), x('name', 'Archive Reader')]),
            ]),
            x('publicationStmt', [
              x('publisher', 'Archive Reader'),
              x('idno', { type: 'URI' }, url),
              x('availability', [x('p', d.rights)]),
            ]),
            x('sourceDesc', [sourceBibl(doc)]),
          ]),
          x('encodingDesc', [
            x('editorialDecl', [
              x('p', `Copy transcribed: ${t.copy}`),
              ...t.removed.map((r) => x('p', [`Removed as not part of the text (${r.what}): `, x('q', r.text)])),
              ...t.lacks.map((l) => x('p', `The copy lacks: ${l}`)),
              ...t.notes.map((n) => x('p', n)),
            ]),
          ]),
          hebrewDates || d.letter
            ? x('profileDesc', [
                correspDesc(doc),
                hebrewDates
                  ? x('calendarDesc', [
                      x('calendar', { 'xml:id': 'hebrew' }, [
                        x(
                          'p',
                          'The Hebrew calendar. Dates in it carry their Gregorian equivalent in @when, @from and @to, converted with @hebcal/core.',
                        ),
                      ]),
                    ])
                  : undefined,
              ])
            : undefined,
        ]),
        x('text', [
          x('body', [...body, { type: 'text', value: '\n' }]),
          x('back', [
            callouts.length
              ? x('div', { type: 'notes', subtype: 'original' }, [
                  x('head', 'Notes of the original'),
                  x('p', 'The texts of these notes are not included in the copy transcribed.'),
                  ...callouts.map((n) => x('note', { type: 'original', n: String(n), 'xml:id': `orig-note-${n}` })),
                ])
              : undefined,
            notes.length ? x('div', { type: 'notes', subtype: 'editorial' }, [x('head', 'Editorial notes'), ...notes]) : undefined,
          ]),
        ]),
        standOff(edition, site, entities),
      ]),
      { type: 'text', value: '\n' },
    ],
  };
  return toXml(tree, { closeEmptyElements: true });
}

/**
 * The printed (or manuscript) source as a TEI <bibl> (P5 §3.12.2): only elements of its content model (title,
 * author, editor, publisher, pubPlace, date, biblScope, idno, note, ref). Title levels: `a` for a part (article,
 * chapter), `m` for a book or report, `j` for a periodical, `s` for a series, `u` for an unpublished text (a letter,
 * speech or diary entry not printed elsewhere).
 */
export function sourceBibl(doc: DocumentEntry): Element {
  const d = doc.data;
  const inContainer = d.publication !== undefined || d.book !== undefined;
  const ownLevel = d.genre === 'report' && !inContainer ? 'm' : inContainer ? 'a' : 'u';
  const periodicalLevel = d.genre.endsWith('-article') ? 'j' : 's';
  const pages = d.firstPage
    ? x('biblScope', { unit: 'page', from: String(d.firstPage), to: d.lastPage ? String(d.lastPage) : undefined })
    : undefined;
  return x('bibl', [
    x('title', { level: ownLevel }, d.title),
    d.author ? x('author', d.author) : d.report ? x('author', d.report.issuer) : undefined,
    d.attribution
      ? x(
          'note',
          { type: 'attribution' },
          `Unsigned; attributed to ${d.attribution.name} (${d.attribution.certainty}). ${d.attribution.evidence}`,
        )
      : undefined,
    d.genre === 'letter' ? x('note', { type: 'genre' }, d.letter?.form ?? 'letter') : undefined,
    d.genre === 'diary-entry' ? x('note', { type: 'genre' }, 'diary entry') : undefined,
    d.speech ? x('note', { type: 'delivered' }, `Speech given at the ${d.speech.event}, ${d.speech.place}`) : undefined,
    d.letter ? x('note', { type: 'correspondence' }, `To ${d.letter.recipient}, from ${d.letter.place}`) : undefined,
    ...(d.publication
      ? [
          x('title', { level: periodicalLevel }, d.publication.title),
          d.publication.publisher ? x('publisher', d.publication.publisher) : undefined,
          d.publication.volume ? x('biblScope', { unit: 'volume' }, d.publication.volume) : undefined,
          d.publication.issue ? x('biblScope', { unit: 'issue' }, d.publication.issue) : undefined,
        ]
      : []),
    ...(d.book
      ? [
          x('title', { level: 'm' }, d.book.title),
          ...d.book.editors.map((e) => x('editor', e)),
          d.book.volume ? x('biblScope', { unit: 'volume' }, d.book.volume) : undefined,
          x('pubPlace', d.book.place),
          x('publisher', d.book.publisher),
        ]
      : []),
    ...(d.report
      ? [
          d.report.place ? x('pubPlace', d.report.place) : undefined,
          x('publisher', d.report.issuer),
          d.report.number ? x('idno', { type: 'document-number' }, d.report.number) : undefined,
        ]
      : []),
    pages,
    x('date', { when: d.date.iso }, d.date.original),
    d.diary?.archive ? x('note', { type: 'archive' }, d.diary.archive) : undefined,
    d.sourceUrl ? x('ref', { target: d.sourceUrl }, d.sourceUrl) : undefined,
  ]);
}

/** A letter's sending and receiving as TEI <correspDesc> (P5 §2.4.6), in <profileDesc>; nothing for other genres. */
function correspDesc(doc: DocumentEntry): Element | undefined {
  const d = doc.data;
  if (!d.letter) return undefined;
  const sender = d.author ?? d.attribution?.name;
  return x('correspDesc', [
    x('correspAction', { type: 'sent' }, [
      sender ? x('persName', sender) : undefined,
      x('placeName', d.letter.place),
      x('date', { when: d.date.iso }, d.date.original),
    ]),
    x('correspAction', { type: 'received' }, [x('persName', d.letter.recipient)]),
  ]);
}

/** Content without leading and trailing white space (a note's text ends with the space after its last paragraph). */
function trimmed(content: ElementContent[]): ElementContent[] {
  const first = content[0];
  const last = content.at(-1);
  if (first?.type === 'text') first.value = first.value.trimStart();
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return content;
}

/** TEI element names of the list, the entry and its name, for each kind of entity listed in <standOff>. */
const listElements = {
  person: ['listPerson', 'person', 'persName'],
  place: ['listPlace', 'place', 'placeName'],
  org: ['listOrg', 'org', 'orgName'],
  event: ['listEvent', 'event', 'label'],
} as const;

/** The TEI @type of each authority file's <idno>. */
const idnoType: Record<AuthorityFile, string> = { wikidata: 'wikidata', viaf: 'VIAF', geonames: 'geonames', lcnaf: 'LCNAF' };

/**
 * <standOff> with the people, places, organizations and events the text mentions (each with its page's URI and
 * its authority ids; an uncertain identification's ids carry cert="low") and every relation of theirs
 * (relation/@name is the relation type, @active the subject's URI, @passive the object's).
 */
function standOff(edition: EditionData, site: URL, entities: ReadonlyMap<string, TeiEntity>): Element | undefined {
  const keys = [...new Set(edition.mentions.map((m) => m.entity))].filter((k) => entities.has(k) && !k.startsWith('term:'));
  if (!keys.length) return undefined;
  const uri = (e: Entity) => new URL(e.href, site).href;
  const lists: Element[] = [];
  for (const kind of ['person', 'place', 'org', 'event'] as const) {
    const [list, item, nameTag] = listElements[kind];
    const members = keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => entities.get(k)!.entity);
    if (!members.length) continue;
    lists.push(
      x(
        list,
        members.map((e) => {
          const data = e.entry.data as AnyEntityData;
          const a = data.authority;
          const cert = a && a.status !== 'verified' ? { cert: a.status === 'uncertain' ? 'low' : 'unknown' } : {};
          const when = kind === 'event' && data.start ? (data.end ? { from: data.start, to: data.end } : { when: data.start }) : {};
          return x(item, { 'xml:id': `${kind}-${e.id}`, ...when }, [
            x(nameTag, e.name),
            x('idno', { type: 'URI' }, uri(e)),
            ...(Object.keys(idnoType) as AuthorityFile[])
              .filter((f) => a?.[f])
              .map((f) => x('idno', { type: idnoType[f], ...cert }, a![f])),
            a && a.status !== 'verified'
              ? x(
                  'note',
                  { type: 'authority', subtype: a.status },
                  `${{ uncertain: 'Uncertain', unconfirmed: 'Not yet checked', 'none-found': 'No record found' }[a.status]}: ${a.reason ?? ''}`,
                )
              : undefined,
            kind === 'place' && data.coordinates ? x('location', [x('geo', `${data.coordinates.lat} ${data.coordinates.lon}`)]) : undefined,
          ]);
        }),
      ),
    );
  }
  const relations = new Map<string, Element>();
  for (const k of keys) {
    const own = entities.get(k)!;
    for (const r of own.relations) {
      const [subject, object] = r.direction === 'out' ? [own.entity, r.other] : [r.other, own.entity];
      const id = `${r.type} ${subject.kind}:${subject.id} ${object.kind}:${object.id}`;
      if (!relations.has(id)) relations.set(id, x('relation', { name: r.type, active: uri(subject), passive: uri(object) }));
    }
  }
  if (relations.size)
    lists.push(
      x(
        'listRelation',
        [...relations.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, el]) => el),
      ),
    );
  return x('standOff', lists);
}
