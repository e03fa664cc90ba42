// Render Markdown through the edition's pipeline, as the site does, for plugin tests.
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../src/markdown/pipeline.ts';
import { loadEntityRegistry } from '../../src/lib/entity-registry.ts';
import type { ContentProblem } from '../../src/schemas/edition.ts';
import type { EditionData } from '../../src/schemas/edition.ts';

/** A few entities for plugin fixtures (tests/fixtures/entities/). */
export const fixtureEntities = loadEntityRegistry(process.cwd(), 'tests/fixtures/entities');
const processor = await createMarkdownProcessor(markdownOptions(fixtureEntities));

export async function renderMarkdown(markdown: string) {
  const result = await processor.render(markdown, { frontmatter: {} });
  const fm = result.metadata.frontmatter as { problems: ContentProblem[]; edition: EditionData };
  return { html: result.code, problems: fm.problems, edition: fm.edition };
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.line}:${p.column}: ${p.reason} [${p.rule}]`).join('\n');
}
