// The JSDoc of the content schemas' fields, read from their source (src/schemas/*.ts) with the TypeScript compiler's
// parser, so that the schema's own comments are the one description of each field (the scaffolds of scripts/new.ts
// print them). A Zod object is matched to the object literal it was built from by its set of keys.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** The documented fields of one object literal of a schema file: key → JSDoc text ('' when it has none). */
export type FieldDocs = Map<string, string>;

/** The JSDoc text of a node ("" if none), its lines joined with spaces and list items kept on their own line. */
function jsDocOf(node: ts.Node): string {
  return ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join('\n')
    .trim();
}

/**
 * Every object literal of a schema file that holds fields (the argument of `z.object({…})`, or a literal spread into
 * one, like `...common`), with each field's JSDoc; spreads of literals of the same file are followed.
 */
export function readFieldDocs(file: string): FieldDocs[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const literals = new Map<string, ts.ObjectLiteralExpression>();
  const visitConsts = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isObjectLiteralExpression(node.initializer))
      literals.set(node.name.text, node.initializer);
    ts.forEachChild(node, visitConsts);
  };
  visitConsts(source);

  const fieldsOf = (literal: ts.ObjectLiteralExpression): FieldDocs => {
    const docs: FieldDocs = new Map();
    for (const p of literal.properties) {
      if (ts.isSpreadAssignment(p) && ts.isIdentifier(p.expression)) {
        const spread = literals.get(p.expression.text);
        if (spread) for (const [k, v] of fieldsOf(spread)) docs.set(k, v);
      } else if ((ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && p.name && !ts.isComputedPropertyName(p.name)) {
        docs.set(p.name.text, jsDocOf(p));
      }
    }
    return docs;
  };

  const found: FieldDocs[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'object' &&
      node.arguments[0] &&
      ts.isObjectLiteralExpression(node.arguments[0])
    )
      found.push(fieldsOf(node.arguments[0]));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The docs of the object whose keys are exactly `keys` (a Zod object's shape), or undefined when none matches. */
export function docsFor(all: FieldDocs[], keys: string[]): FieldDocs | undefined {
  const wanted = [...keys].sort().join('\n');
  return all.find((docs) => [...docs.keys()].sort().join('\n') === wanted);
}
