import ts from 'typescript';

/**
 * Finds user-visible text written straight into JSX instead of going through the i18n
 * layer: JSX text, string literals in text-bearing props, and string literals a JSX
 * expression renders (`{ok ? 'Yes' : 'No'}`, template literals). Text without any letter
 * (`•`, `/`, `—`, `→`, numbers) is fine; so are arguments of calls (`t('key')`) and
 * operands of comparisons.
 */
export interface HardcodedString {
  file: string;
  line: number;
  text: string;
}

/** Props whose string value a user reads or hears (DOM attributes and our components' text props). */
export const TEXT_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'legend',
  'hint',
  'intro',
  'message',
  'heading',
  'description',
]);

/** Letter-bearing strings that are not translatable text. Keep it short. */
export const ALLOWED = new Set<string>([]);

const hasLetters = (text: string) => /\p{L}/u.test(text) && !ALLOWED.has(text.trim());

/** Whether a literal's value is what ends up on screen (not a call argument, key or comparison operand). */
function isRendered(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isParenthesizedExpression(parent)) return isRendered(parent);
  if (ts.isJsxExpression(parent)) return true;
  if (ts.isConditionalExpression(parent)) return parent.condition !== node && isRendered(parent);
  if (ts.isBinaryExpression(parent)) {
    const kind = parent.operatorToken.kind;
    const chains = kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.QuestionQuestionToken || kind === ts.SyntaxKind.AmpersandAmpersandToken;
    return chains && parent.right === node && isRendered(parent);
  }
  return false;
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return null;
}

/** Every hard-coded string in one TSX source. */
export function findHardcodedStrings(file: string, source: string): HardcodedString[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: HardcodedString[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: text.trim() });

  function visit(node: ts.Node) {
    if (ts.isJsxText(node) && hasLetters(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && TEXT_PROPS.has(node.name.getText(sf)) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (hasLetters(node.initializer.text)) report(node, node.initializer.text);
    }
    const text = literalText(node);
    if (text !== null && hasLetters(text) && isRenderedOrTextProp(node)) report(node, text);
    ts.forEachChild(node, visit);
  }

  function isRenderedOrTextProp(node: ts.Node): boolean {
    if (!isRendered(node)) return false;
    let up: ts.Node = node.parent;
    while (!ts.isJsxExpression(up)) up = up.parent;
    const owner = up.parent;
    if (ts.isJsxAttribute(owner)) return TEXT_PROPS.has(owner.name.getText(sf));
    return ts.isJsxElement(owner) || ts.isJsxFragment(owner);
  }

  visit(sf);
  return found;
}
