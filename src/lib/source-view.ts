// The annotated source of a document, highlighted by Shiki, each line numbered and linked to the
// paragraph or heading it produces (edition.lines says where each begins).
import { codeToHtml } from 'shiki';
import type { Element } from 'hast';

export async function sourceHtml(source: string, lines: Record<string, number>, documentPath: string): Promise<string> {
  const blockAt = new Map(Object.entries(lines).map(([id, line]) => [line, id]));
  return codeToHtml(source, {
    lang: 'markdown',
    themes: { light: 'github-light', dark: 'github-dark' },
    transformers: [
      {
        line(node: Element, line: number) {
          node.properties.id = `L${line}`;
          const block = blockAt.get(line);
          const number: Element = {
            type: 'element',
            tagName: 'a',
            properties: {
              className: ['line-no'],
              href: block ? `${documentPath}#${block}` : `#L${line}`,
              ariaLabel: block
                ? `Line ${line}: ${block.startsWith('p') && /^p\d+$/.test(block) ? `paragraph ${block.slice(1)}` : 'heading'} in the text`
                : `Line ${line}`,
            },
            children: [{ type: 'text', value: String(line) }],
          };
          node.children.unshift(number);
          if (block) node.properties.dataBlock = block;
        },
      },
    ],
  });
}
