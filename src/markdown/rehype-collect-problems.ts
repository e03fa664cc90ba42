// Hand the content errors the plugins collected to the loader, which fails the build with file:line:column.
import type { Root } from 'hast';
import type { VFile } from 'vfile';

export interface ContentProblem {
  line?: number;
  column?: number;
  reason: string;
  rule?: string;
}

/** Runs last: Astro returns the frontmatter object to the loader, so the problems travel there. */
export default function rehypeCollectProblems() {
  return (_tree: Root, file: VFile) => {
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.problems = file.messages.map(
      (m): ContentProblem => ({ line: m.line ?? undefined, column: m.column ?? undefined, reason: m.reason, rule: m.ruleId ?? undefined }),
    );
  };
}
