// Interpret `:sic[AustroGerman]{corr="Austro-German"}`: an emendation that keeps the source reading.
import type { PhrasingContent, Root } from 'mdast';
import type { EmendationPart } from '../schemas/edition.ts';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { editionData, isDirective, rejectUnknownAttributes, report, requireInline } from './directives.ts';

/**
 * Both readings go into the page: `.sic` (the source, shown in the diplomatic view) and `.corr`
 * (the edition, shown in the reading view); CSS picks one, so the toggle needs no script.
 * A tooltip (`.em-note`) names the other reading on hover, focus or tap: its words are its `aria-label` (the
 * description screen readers hear through `aria-describedby`), drawn by CSS generated content, so that they are
 * never copied or found with the text.
 */
export default function remarkEmendations() {
  return (tree: Root, file: VFile) => {
    const edition = editionData(file);
    visit(tree, (node) => {
      if (!isDirective(node) || node.name !== 'sic') return;
      if (!requireInline(file, node)) return;
      rejectUnknownAttributes(file, node, ['corr']);
      const sic = toString(node);
      const corr = node.attributes?.corr;
      if (sic === '') {
        report(file, node, ':sic needs the source reading in brackets: :sic[Shanhgai]{corr="Shanghai"}', 'archive:sic-empty');
        return;
      }
      if (corr == null || corr === '') {
        report(file, node, `:sic[${sic}] needs the correction: :sic[${sic}]{corr="…"}`, 'archive:sic-corr');
        return;
      }
      if (corr === sic) {
        report(file, node, `:sic[${sic}]{corr="${corr}"} changes nothing: remove the emendation or correct it`, 'archive:sic-same');
        return;
      }
      const id = `em-${edition.emendations.length + 1}`;
      edition.emendations.push({ id, sic, corr });
      const part = (className: string, children: PhrasingContent[], extra: Record<string, unknown>): EmendationPart => ({
        type: 'emendationPart',
        children,
        data: { hName: 'span', hProperties: { className: [className], ...extra } },
      });
      const focusable = { tabIndex: 0, ariaDescribedBy: [id] };
      node.data = { hName: 'span', hProperties: { className: ['emendation'], dataEmendation: id } };
      node.children = [
        part('sic', node.children, { ...focusable, dataReading: 'source' }),
        part('corr', [{ type: 'text', value: corr }], { ...focusable, dataReading: 'edition' }),
        part('em-note', [], { id, role: 'tooltip', dataApparatus: '', ariaLabel: `Source: ${sic} · Edition: ${corr}` }),
      ];
    });
  };
}
