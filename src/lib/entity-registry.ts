// Every entity's id, kind, name and one-line description, read once from content/ at startup:
// the Markdown pipeline checks references against it and writes popover text from it.
import { entityKinds, entityKindNames, type EntityKind } from '../schemas/entities.ts';
import { readEntityFolder } from '../loaders/entity-loader.ts';

export interface RegisteredEntity {
  kind: EntityKind;
  id: string;
  name: string;
  /** One line for popovers: the description, or a glossary term's meaning. */
  description: string;
  /** The name and its variants, for the annotation lint and search. */
  names: string[];
  /** An event's dates (ISO, as precise as known) and the first source that gives them, for checking dates of the text. */
  when?: { start: string; end?: string; source?: string };
}

export type EntityRegistry = Map<string, RegisteredEntity>;

export const registryKey = (kind: EntityKind, id: string) => `${kind}:${id}`;

/** Build the registry from `<root>/<contentDir>/<collection>/*.yaml`; invalid files are left to the loaders to report. */
export function loadEntityRegistry(root: string, contentDir: string): EntityRegistry {
  const registry: EntityRegistry = new Map();
  for (const kind of entityKindNames) {
    const { collection, schema } = entityKinds[kind];
    for (const { id, data } of readEntityFolder(root, `${contentDir}/${collection}`, schema).entries) {
      const name = String(data.name ?? data.term);
      const description = String(kind === 'term' ? data.meaning : data.description);
      const variants = (data.variants as string[] | undefined) ?? [];
      const when =
        kind === 'event'
          ? {
              start: String(data.start),
              end: data.end as string | undefined,
              source: (data.sources as { label: string }[] | undefined)?.[0]?.label,
            }
          : undefined;
      registry.set(registryKey(kind, id), { kind, id, name, description, names: [name, ...variants], when });
    }
  }
  return registry;
}
