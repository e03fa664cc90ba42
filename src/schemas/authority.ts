// Links from an entity to the world's authority files (Wikidata, VIAF, GeoNames, the Library of Congress name
// authority) and typed relations between entities, each with its source: the fields and their rules.
import { z } from 'astro/zod';

/**
 * The formats of the authority identifiers, from each file's own documentation: a Wikidata item is `Q` and
 * digits (no leading zero); a VIAF cluster and a GeoNames feature are digits; a Library of Congress name
 * authority (LCNAF) record is `n`, `nb`, `nr` or `no` and digits (id.loc.gov/authorities/names).
 */
export const authorityIdPatterns = {
  wikidata: /^Q[1-9]\d*$/,
  viaf: /^[1-9]\d*$/,
  geonames: /^[1-9]\d*$/,
  lcnaf: /^n[bro]?\d+$/,
} as const;

export type AuthorityFile = keyof typeof authorityIdPatterns;

/** Each file's name as readers know it, and the address of a record (the id appended). */
export const authorityFiles: Record<AuthorityFile, { label: string; url: (id: string) => string }> = {
  wikidata: { label: 'Wikidata', url: (id) => `https://www.wikidata.org/wiki/${id}` },
  viaf: { label: 'VIAF', url: (id) => `https://viaf.org/viaf/${id}/` },
  geonames: { label: 'GeoNames', url: (id) => `https://www.geonames.org/${id}/` },
  lcnaf: { label: 'Library of Congress', url: (id) => `https://id.loc.gov/authorities/names/${id}.html` },
};

const idField = (file: AuthorityFile, example: string) =>
  z
    .string()
    .regex(
      authorityIdPatterns[file],
      `not a ${authorityFiles[file].label} id: write it as ${example} (${authorityIdPatterns[file].source}), without the address`,
    );

/**
 * An entity's authority records. `status`:
 * - `verified`: each id given was checked against the record itself (its label, dates, description or
 *   coordinates agree with this entity); at least `wikidata` is given;
 * - `uncertain`: a record exists that may be this entity, but the match is not sure: `reason` says why;
 *   the ids are published only as a possible match;
 * - `unconfirmed`: not yet checked against the authority files; a candidate id may be given (the editor's
 *   identification, not compared with the record): `reason` says why it could not be checked; published as a
 *   candidate to check, never as `sameAs`;
 * - `none-found`: no record was found: `reason` says what was searched; no id is given.
 */
export const authoritySchema = z
  .object({
    /** Wikidata item, `Q` and digits (e.g. Q34296). */
    wikidata: idField('wikidata', 'Q34296').optional(),
    /** VIAF cluster id, digits (people and organizations). */
    viaf: idField('viaf', '12345678').optional(),
    /** GeoNames feature id, digits (places). */
    geonames: idField('geonames', '2017370').optional(),
    /** Library of Congress name authority id, `n`/`nb`/`nr`/`no` and digits (e.g. n79026974). */
    lcnaf: idField('lcnaf', 'n79026974').optional(),
    /** See above: `verified`, `uncertain`, `unconfirmed` or `none-found`. */
    status: z.enum(['verified', 'uncertain', 'unconfirmed', 'none-found']),
    /** How the identification was made and checked: the record's label, dates or coordinates, and where it was read. */
    source: z.string().min(1),
    /** For `uncertain`, `unconfirmed` and `none-found`: why (what does not match, why it was not checked, or what was searched). */
    reason: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    const ids = (Object.keys(authorityIdPatterns) as AuthorityFile[]).filter((k) => a[k] !== undefined);
    if (a.status === 'verified' && !a.wikidata)
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: '`verified` needs at least a `wikidata` id: give it, or say `uncertain`/`none-found`',
      });
    if (a.status !== 'verified' && !a.reason)
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: `\`${a.status}\` needs a \`reason\`: say what does not match, or what was searched`,
      });
    if (a.status === 'none-found' && ids.length)
      ctx.addIssue({
        code: 'custom',
        path: [ids[0]],
        message: '`none-found` with an id: remove the id, or set `status` to `verified`, `uncertain` or `unconfirmed`',
      });
  });

export type Authority = z.output<typeof authoritySchema>;

/**
 * The types of relation, what each means, and which kinds of entity may stand at each end (subject → object).
 * Read "subject <type> object": "Aharon Kotler leader-of Vaad Hatzoloh". The object's page shows the inverse.
 */
export const relationTypes = {
  'leader-of': { label: 'leader of', inverse: 'leaders', subject: ['person'], object: ['org'] },
  'member-of': { label: 'member of', inverse: 'members', subject: ['person', 'org', 'place'], object: ['org'] },
  'part-of': { label: 'part of', inverse: 'parts', subject: ['place', 'org', 'event'], object: ['place', 'org', 'event'] },
  'located-in': { label: 'located in', inverse: 'located here', subject: ['place', 'org', 'event'], object: ['place'] },
  'participant-in': { label: 'participant in', inverse: 'participants', subject: ['person', 'org', 'place'], object: ['event'] },
  'successor-of': {
    label: 'successor of',
    inverse: 'succeeded by',
    subject: ['org', 'place', 'person'],
    object: ['org', 'place', 'person'],
  },
} as const;

export type RelationType = keyof typeof relationTypes;

/** Where a relation is attested: a source like an entity's `sources` entry (label, URL, what it supports). */
const relationSource = z
  .object({
    /** Short title of the source. */
    label: z.string().min(1),
    /** Address of the page consulted (http or https). */
    url: z.url({ protocol: /^https?$/, error: 'use a web address that starts with https:// (or http://)' }).optional(),
    /** What it supports (a page, a quotation, a remark). */
    note: z.string().optional(),
  })
  .strict();

/**
 * A typed relation from this entity to another. `target` is the other entity as `<kind>:<id>`, with the kinds
 * of the annotation directives (`person`, `place`, `org`, `event`): `org:vaad-hatzoloh`. The target must exist
 * (the build checks it with file:line) and its kind must suit the type (see `relationTypes`).
 */
export const relationSchema = z
  .object({
    /** One of `relationTypes`. */
    type: z.enum(Object.keys(relationTypes) as [RelationType, ...RelationType[]]),
    /** The other entity, `<kind>:<id>` (e.g. `org:vaad-hatzoloh`). */
    target: z
      .string()
      .regex(/^(person|place|org|event):[a-z0-9]+(?:-[a-z0-9]+)*$/, 'write the target as <kind>:<id>, e.g. org:vaad-hatzoloh'),
    /** A role or remark shown with the relation ("chairman", "from 1942"). */
    note: z.string().min(1).optional(),
    /** Where the relation is attested (at least one; the texts themselves count: name the text and paragraph). */
    sources: z.array(relationSource).min(1, 'give at least one source for the relation'),
  })
  .strict();

export type Relation = z.output<typeof relationSchema>;
