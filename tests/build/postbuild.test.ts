// Post-build checks over every built page: links and fragments resolve, HTML is valid.
import { describe, expect, test } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';
import { checkHtml } from '../../scripts/check-html.ts';
import { builtPages } from '../support/dist.ts';

describe('post-build checks', () => {
  test('every internal link and #fragment resolves; no resource from another origin', () => {
    const result = checkLinks('dist');
    expect(result.pages).toBe(builtPages().length);
    expect(result.links).toBeGreaterThan(100);
    expect(result.problems).toEqual([]);
  });

  test('html-validate reports no errors on any page', async () => {
    const result = await checkHtml('dist');
    expect(result.files).toBe(builtPages().length);
    expect(result.text).toBe('');
  }, 240_000); // about 15 s alone; minutes on a 2-core machine busy with other builds
});
