// A content error with its place in a file, and the error that fails the build with all of them.
export interface LocatedProblem {
  /** Path relative to the project root, e.g. content/documents/the-dawes-report.md */
  file: string;
  line?: number;
  column?: number;
  reason: string;
  rule?: string;
}

export function formatProblem(p: LocatedProblem): string {
  const where = [p.file, p.line, p.line ? p.column : undefined].filter((x) => x != null).join(':');
  return `${where}: ${p.reason}${p.rule ? `  [${p.rule}]` : ''}`;
}

export class ContentError extends Error {
  readonly problems: LocatedProblem[];
  /** Astro prints a code frame for this place (the first problem). */
  readonly loc?: { file: string; line: number; column: number };
  constructor(problems: LocatedProblem[], root?: string) {
    const list = problems.map(formatProblem).join('\n');
    super(`${problems.length} content error${problems.length === 1 ? '' : 's'}:\n${list}`);
    this.name = 'ContentError';
    this.problems = problems;
    // the message says everything; a stack trace would only bury it
    this.stack = `${this.name}: ${this.message}`;
    const first = problems[0];
    if (root && first?.line) this.loc = { file: `${root.replace(/\/$/, '')}/${first.file}`, line: first.line, column: first.column ?? 1 };
  }

  /**
   * Astro's CLI guesses a hint from String(error) and takes any mention of "document" (as in
   * content/documents/) for a browser-API mistake; the message itself is what a reader needs.
   */
  override toString(): string {
    return this.name;
  }
}
