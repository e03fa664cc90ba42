// Shiki for small code blocks (citations as BibTeX and CSL-JSON): one highlighter for the whole build, so
// highlighting hundreds of blocks costs milliseconds, not a grammar load each.
import { createHighlighter, type Highlighter } from 'shiki';

const themes = { light: 'github-light', dark: 'github-dark' } as const;
let highlighter: Promise<Highlighter> | undefined;

/** `code` as Shiki HTML (light and dark colours, as Astro's <Code> gives them). */
export async function highlight(code: string, lang: 'bibtex' | 'json'): Promise<string> {
  highlighter ??= createHighlighter({ themes: Object.values(themes), langs: ['bibtex', 'json'] });
  return (await highlighter).codeToHtml(code, { lang, themes });
}
