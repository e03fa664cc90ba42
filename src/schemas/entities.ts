// Entity data: one YAML file per person, place, organization, event or glossary term
// (content/<collection>/<id>.yaml; the file name is the permanent id).
import { z } from 'astro/zod';
import { inOrder, isoDate, name, webUrl } from './fields.ts';
import { authoritySchema, relationSchema, relationTypes } from './authority.ts';
import { refusedHost } from './source-hosts.ts';

/** Where a fact was checked. */
export const sourceSchema = z
  .object({
    /** Short title of the source. */
    label: name,
    /**
     * Address of the page consulted (http or https). Hosts on the list of known non-scholarly sites
     * (src/schemas/source-hosts.ts: AI summaries, fiction, personal and dating sites, proxies, bare IP
     * addresses) are refused: cite the publication itself.
     */
    url: webUrl
      .superRefine((url, ctx) => {
        const why = refusedHost(url);
        if (why)
          ctx.addIssue({
            code: 'custom',
            message: `${why}: cite a standard reference (the publication, an archive, a scholarly encyclopedia) instead`,
          });
      })
      .optional(),
    /** What it supports, or a remark on it. */
    note: z.string().optional(),
  })
  .strict();

/** Fields every entity shares. */
const common = {
  /** Other forms of the name used in the texts, and well-known spellings (search and the annotation lint use them). */
  variants: z.array(name).default([]),
  /** One line for popovers and lists (at most 200 characters). */
  description: z.string().min(1).max(200),
  /** Where the facts below that are not in the texts were checked. */
  sources: z.array(sourceSchema).default([]),
  /** Fields that could not be verified: shown to readers as unverified. */
  unverified: z.array(z.string()).default([]),
  /** True for an entity kept although no text mentions it (otherwise an unmentioned entity fails the build). */
  standalone: z.boolean().default(false),
  /**
   * The entity's records in the authority files (Wikidata, VIAF, GeoNames, Library of Congress), or an explicit
   * `none-found`/`uncertain` with the reason (src/schemas/authority.ts). Every person, place, organization and
   * event of the archive has one (tests/unit/authority.test.ts).
   */
  authority: authoritySchema.optional(),
};

/**
 * Typed relations from an entity of `kind` to other entities (src/schemas/authority.ts): the type must allow
 * this kind as its subject and the target's kind as its object. Whether the target exists is checked when
 * all entities are read (src/loaders/entity-loader.ts, `relationProblems`).
 */
/** Each kind with its article, for messages. */
const kindWords = { person: 'a person', place: 'a place', org: 'an organization', event: 'an event' } as const;

const relationsOf = (kind: 'person' | 'place' | 'org' | 'event') =>
  z
    .array(
      relationSchema.superRefine((r, ctx) => {
        const type = relationTypes[r.type];
        const targetKind = r.target.split(':')[0];
        if (!(type.subject as readonly string[]).includes(kind))
          ctx.addIssue({
            code: 'custom',
            path: ['type'],
            message: `${kindWords[kind]} cannot be \`${r.type}\`: use one of ${Object.entries(relationTypes)
              .filter(([, t]) => (t.subject as readonly string[]).includes(kind))
              .map(([k]) => `\`${k}\``)
              .join(', ')}`,
          });
        else if (!(type.object as readonly string[]).includes(targetKind))
          ctx.addIssue({
            code: 'custom',
            path: ['target'],
            message: `\`${r.type}\` takes ${type.object.map((k) => kindWords[k]).join(' or ')} as its target, not ${kindWords[targetKind as keyof typeof kindWords]}`,
          });
      }),
    )
    .default([]);

/** How an entity was identified when the text does not name it ("the Secretary of the Treasury"). */
const identification = z
  .object({
    /** The words of the text. */
    textSays: z.string(),
    /** How sure the identification is. */
    certainty: z.enum(['certain', 'probable', 'possible']),
    /** The reasoning, in a sentence or two. */
    reasoning: z.string(),
  })
  .strict();

export const personSchema = z
  .object({
    /** The name as readers know it. */
    name,
    /** Full name, if verified. */
    fullName: name.optional(),
    /** Date of birth (ISO, as precise as verified). */
    born: isoDate.optional(),
    /** Date of death (ISO, as precise as verified). */
    died: isoDate.optional(),
    /** How this person matters to these texts. */
    role: z.string().min(1),
    /** Present when the texts refer to the person without naming them. */
    identification: identification.optional(),
    /** Relations to organizations (member of, leader of), events (participant in) and people (successor of). */
    relations: relationsOf('person'),
    ...common,
  })
  .strict()
  .refine((p) => inOrder(p.born, p.died), { message: 'the death date is before the birth date: check both', path: ['died'] });

export const placeKinds = ['city', 'district', 'region', 'country', 'continent', 'building', 'body-of-water', 'front', 'other'] as const;

export const placeSchema = z
  .object({
    /** The name as readers know it. */
    name,
    /** The modern name and location (Hongkew → Hongkou District, Shanghai). */
    modernName: z.string().optional(),
    /** What kind of place. */
    kind: z.enum(placeKinds),
    /** Decimal degrees (WGS 84); absent for places without a point (a front, an ocean). */
    coordinates: z
      .object({
        /** Latitude in decimal degrees, north positive (-90 to 90), e.g. 31.23 for Shanghai. */
        lat: z.number().min(-90).max(90),
        /** Longitude in decimal degrees, east positive (-180 to 180), e.g. 121.47 for Shanghai. */
        lon: z.number().min(-180).max(180),
      })
      .strict()
      .optional(),
    /** Why there is no map point, or what the point stands for (a continent's or a large country's representative point). */
    mapPoint: z.string().min(1).optional(),
    /** Relations to other places (part of, located in, successor of) and events (participant in). */
    relations: relationsOf('place'),
    ...common,
  })
  .strict();

export const organizationSchema = z
  .object({
    /** The name as readers know it. */
    name,
    /** When it was founded (ISO). */
    founded: isoDate.optional(),
    /** When it was dissolved (ISO). */
    dissolved: isoDate.optional(),
    /** Present when the texts refer to the organization without naming it ("the British government's commission"). */
    identification: identification.optional(),
    /** Relations to other organizations (part of, member of, successor of), places (located in) and events (participant in). */
    relations: relationsOf('org'),
    ...common,
  })
  .strict()
  .refine((o) => inOrder(o.founded, o.dissolved), { message: 'dissolved before it was founded: check both dates', path: ['dissolved'] });

export const eventSchema = z
  .object({
    /** The name as readers know it. */
    name,
    /** When it began (ISO, as precise as known). */
    start: isoDate,
    /** When it ended (ISO), for events that lasted. */
    end: isoDate.optional(),
    /** Relations to other events (part of) and places (located in). */
    relations: relationsOf('event'),
    ...common,
  })
  .strict()
  .refine((e) => inOrder(e.start, e.end), { message: 'the event ends before it starts: check `start` and `end`', path: ['end'] });

export const glossarySchema = z
  .object({
    /** The term as the texts most often write it. */
    term: name,
    /** The language the term comes from. */
    language: z.string().min(1),
    /** What it means, in a sentence or two. */
    meaning: z.string().min(1),
    ...common,
    /** Glossary entries have no separate popover line: the meaning is shown. */
    description: z.string().max(200).optional(),
  })
  .strict();

/** The annotation directive of each entity kind, its collection, and its pages. */
export const entityKinds = {
  person: { collection: 'people', schema: personSchema, label: 'Person', plural: 'People', path: '/people/' },
  place: { collection: 'places', schema: placeSchema, label: 'Place', plural: 'Places', path: '/places/' },
  org: { collection: 'organizations', schema: organizationSchema, label: 'Organization', plural: 'Organizations', path: '/organizations/' },
  event: { collection: 'events', schema: eventSchema, label: 'Event', plural: 'Events', path: '/events/' },
  term: { collection: 'glossary', schema: glossarySchema, label: 'Term', plural: 'Glossary', path: '/glossary/' },
} as const;

export type EntityKind = keyof typeof entityKinds;
export const entityKindNames = Object.keys(entityKinds) as EntityKind[];

/** The page of an entity: /people/<id>/, or /glossary/#<id> for terms. */
export function entityHref(kind: EntityKind, id: string): string {
  return kind === 'term' ? `/glossary/#${id}` : `${entityKinds[kind].path}${id}/`;
}

/** The id of an entity's one-line note in a reader page, which each mention names in aria-describedby. */
export const entityNoteId = (kind: EntityKind, id: string) => `entity-note-${kind}-${id}`;

/**
 * The entity a rendered mention names, read from its aria-describedby (the page carries no other copy of
 * it, to keep reading pages small): "entity-note-place-japan" → "place:japan".
 */
export function mentionedEntity(describedBy: string | null | undefined): string | undefined {
  const m = /(?:^|\s)entity-note-(person|place|org|event|term)-(\S+)/.exec(describedBy ?? '');
  return m ? `${m[1]}:${m[2]}` : undefined;
}
