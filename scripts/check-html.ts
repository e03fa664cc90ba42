// Post-build check: every page in dist/ is valid HTML (html-validate, recommended rules).
// Usage: node scripts/check-html.ts [dist]   (exit 1 on any error)
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory, type ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Shiki colours code with style attributes; the CSP allows inline styles, never inline scripts
    'no-inline-style': 'off',
    // a document page is titled with the article's full title, which can be long: accuracy first
    'long-title': 'off',
  },
};

/** Every HTML file under a folder, as sorted paths that start with the folder. */
function htmlFiles(dir: string): string[] {
  return globSync('**/*.html', { cwd: dir, dot: true })
    .sort()
    .map((file) => join(dir, file));
}

export async function checkHtml(dist = 'dist') {
  const validator = new HtmlValidate(new FileSystemConfigLoader(htmlValidateConfig));
  const files = htmlFiles(dist);
  const reports = [];
  for (const file of files) reports.push(await validator.validateFile(file));
  const results = reports.flatMap((r) => r.results);
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  return { files: files.length, errors, text: errors ? formatterFactory('text')(results) : '' };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await checkHtml(process.argv[2] ?? 'dist');
  if (result.text) console.error(result.text);
  console.log(`${result.files} pages validated, ${result.errors} errors`);
  process.exit(result.errors ? 1 : 0);
}
