// The sanitiser is a wall of its own: whatever a plugin might emit, no active content reaches a page.
// (remark-markup-check refuses raw HTML in the archive first; this checks the second wall without it.)
import { describe, expect, test } from 'vitest';
import { h } from 'hastscript';
import { sanitize } from 'hast-util-sanitize';
import type { Element, Root } from 'hast';
import { editionSanitizeSchema } from '../../src/markdown/sanitize-schema.ts';

const clean = (...children: Element[]) => sanitize({ type: 'root', children }, editionSanitizeSchema) as Root;
const tags = (tree: Root | Element): string[] => tree.children.flatMap((c) => (c.type === 'element' ? [c.tagName, ...tags(c)] : []));

describe('editionSanitizeSchema', () => {
  test('script, style, iframe, object, embed, meta, base, form, svg and their contents are removed', () => {
    const tree = clean(
      h('p', [
        h('script', 'alert(1)'),
        h('style', 'body{display:none}'),
        h('iframe', { src: 'https://example.com/' }),
        h('object'),
        h('embed'),
      ]),
      h('meta', { httpEquiv: 'refresh', content: '0;url=https://example.com/' }),
      h('base', { href: 'https://example.com/' }),
      h('form', [h('input')]),
      h('svg', [h('script', 'x')]),
    );
    expect(tags(tree)).toEqual(['p']);
    expect(JSON.stringify(tree)).not.toMatch(/alert|display:none|example\.com/);
  });

  test('event handlers and dangerous URL schemes are dropped; the edition’s own attributes stay', () => {
    const tree = clean(
      h('p', { id: 'p3', className: ['passage'], onClick: 'alert(1)' }, [
        h('a', { href: 'javascript:alert(1)' }, 'a'),
        h('a', { href: 'data:text/html,<script>alert(1)</script>' }, 'b'),
        h('a', { href: 'vbscript:msgbox(1)' }, 'c'),
        h('a', { href: '/people/william-graves/', ariaDescribedBy: ['entity-note-person-william-graves'] }, 'Graves'),
        h('img', { src: 'x', onError: 'alert(1)' }),
        h('span', { className: ['pb'], id: 'page-88', dataApparatus: '', dataPage: '88', onMouseOver: 'alert(1)' }),
      ]),
    );
    const p = tree.children[0] as Element;
    expect(p.properties).toEqual({ id: 'p3', className: ['passage'] });
    const links = p.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'a');
    expect(links.map((a) => a.properties.href ?? null)).toEqual([null, null, null, '/people/william-graves/']);
    expect(links[3].properties.ariaDescribedBy).toEqual(['entity-note-person-william-graves']);
    const pb = p.children.find((c): c is Element => c.type === 'element' && c.tagName === 'span')!;
    expect(pb.properties).toEqual({ className: ['pb'], id: 'page-88', dataApparatus: '', dataPage: '88' });
    expect(tags(tree)).not.toContain('img');
  });

  test('a button (the paragraphs’ "Copy link") is always type=button, with no form, action or handler of its own', () => {
    const tree = clean(
      h('p', [
        h('button', { type: 'submit', form: 'f', formAction: 'https://example.com/', onClick: 'alert(1)', dataLabel: 'Copy link' }),
        h('button', { dataLabel: 'Copy link', ariaLabel: 'Copy link to paragraph 1' }),
      ]),
    );
    const buttons = (tree.children[0] as Element).children as Element[];
    expect(buttons.map((b) => b.properties)).toEqual([
      { type: 'button', dataLabel: 'Copy link' },
      { type: 'button', dataLabel: 'Copy link', ariaLabel: 'Copy link to paragraph 1' },
    ]);
  });

  test('ids are not prefixed (paragraph and page anchors are citations)', () => {
    const tree = clean(h('p', { id: 'p12' }, 'x'));
    expect((tree.children[0] as Element).properties.id).toBe('p12');
  });
});
