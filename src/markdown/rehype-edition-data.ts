// Hand the edition data and the content problems to Astro, which returns them to the loader
// as the rendered entry's frontmatter (`remarkPluginFrontmatter`): the loader fails the build on a problem.
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import type { ContentProblem } from '../schemas/edition.ts';
import { editionData } from './directives.ts';

/** Runs last, after every plugin that can report a problem or add to the edition data. */
export default function rehypeEditionData() {
  return (_tree: Root, file: VFile) => {
    const problems = file.messages.map((m): ContentProblem => ({
      line: m.line ?? undefined,
      column: m.column ?? undefined,
      reason: m.reason,
      rule: m.ruleId ?? undefined,
    }));
    file.data.astro ??= {};
    file.data.astro.frontmatter = { ...file.data.astro.frontmatter, edition: editionData(file), problems };
  };
}
