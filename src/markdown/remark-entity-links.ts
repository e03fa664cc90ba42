// Interpret :person[…]{ref=id}, :place, :org, :event and :term: a mention of a known entity, as a link to its page.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { isDirective, rejectUnknownAttributes, report, requireInline } from './directives.ts';
import { entityHref, entityKinds, entityKindNames, entityNoteId, type EntityKind } from '../schemas/entities.ts';
import { registryKey, type EntityRegistry } from '../lib/entity-registry.ts';

export interface Options {
  /** Every entity of the archive (src/lib/entity-registry.ts). */
  entities: EntityRegistry;
}

const kindNames = new Set<string>(entityKindNames);

/** A few closest ids, for "did you mean". */
function similar(ref: string, kind: EntityKind, entities: EntityRegistry): string[] {
  const stem = ref.split('-').filter((w) => w.length > 2);
  return [...entities.values()]
    .filter((e) => e.kind === kind && stem.some((w) => e.id.includes(w)))
    .map((e) => e.id)
    .slice(0, 3);
}

export default function remarkEntityLinks(options: Options) {
  const { entities } = options;
  return (tree: Root, file: VFile) => {
    visitParents(tree, (node, ancestors) => {
      if (!isDirective(node) || !kindNames.has(node.name)) return;
      const kind = node.name as EntityKind;
      if (!requireInline(file, node)) return;
      rejectUnknownAttributes(file, node, ['ref']);
      const ref = node.attributes?.ref;
      const label = toString(node);
      if (!label) {
        report(file, node, `:${kind} needs the words of the text in brackets: :${kind}[…]{ref=${ref ?? 'id'}}`, 'archive:mention-empty');
        return;
      }
      if (!ref) {
        report(file, node, `:${kind}[${label}] needs the entity it names: :${kind}[${label}]{ref=<id>}`, 'archive:mention-ref');
        return;
      }
      const entity = entities.get(registryKey(kind, ref));
      if (!entity) {
        const folder = entityKinds[kind].collection;
        const guesses = similar(ref, kind, entities);
        report(
          file,
          node,
          `:${kind}[${label}]{ref=${ref}}: no ${entityKinds[kind].label.toLowerCase()} "${ref}" (expected content/${folder}/${ref}.yaml)${guesses.length ? `; did you mean ${guesses.join(', ')}?` : ''}`,
          'archive:unknown-entity',
        );
        return;
      }
      if (ancestors.some((a) => isDirective(a) && a.name === 'sic')) {
        // the text model reads an emendation as its correction: a mention inside the source reading would be lost
        report(
          file,
          node,
          `:${kind}[${label}] is inside an emendation: put the emendation inside the mention, :${kind}[:sic[…]{corr="…"}]{ref=${ref}}`,
          'archive:mention-in-sic',
        );
        return;
      }
      if (ancestors.some((a) => isDirective(a) && kindNames.has(a.name))) {
        report(file, node, `:${kind}[${label}] is inside another mention: annotate each name once, side by side`, 'archive:mention-nested');
        return;
      }
      let nestedCallout = false;
      visitParents(node, (child) => {
        if (child !== node && isDirective(child) && child.name === 'noteref') nestedCallout = true;
      });
      if (nestedCallout) {
        report(file, node, `:${kind}[${label}] contains a note callout: put :noteref{…} after the mention`, 'archive:mention-callout');
        return;
      }
      // an emendation inside a mention must not be a second tab stop inside the link
      visitParents(node, 'emendationPart', (child) => {
        if (child.data?.hProperties) delete child.data.hProperties.tabIndex;
      });
      node.data = {
        hName: 'a',
        hProperties: {
          // the kind is in the address (/people/, /places/…): the styles read it there (one class less per mention)
          className: ['mention'],
          href: entityHref(kind, ref),
          dataEntity: registryKey(kind, ref),
          ariaDescribedBy: [entityNoteId(kind, ref)],
        },
      };
    });
  };
}
