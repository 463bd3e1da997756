import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// Finds the words a person would read that are written in client code outside the dictionary
// (client/src/i18n). It parses each file and looks at every string and template literal that
// contains words (two words in a row, or one capitalised word), then sets aside the literals that
// cannot reach the screen: imports and types, dictionary keys (the first argument of t/translate),
// object keys, comparisons and `case` labels, selectors, storage keys, CSS and class names, and
// the values of attributes that are not text (class, id, data-*, role, type …).

export interface Found {
  file: string;
  line: number;
  text: string;
}

/** Calls whose string arguments are keys, selectors, names or code, never shown as such. */
const NOT_SHOWN_CALLS = new Set([
  't', 'tr', 'translate', 'say', 'fill', 'querySelector', 'querySelectorAll', 'getElementById', 'closest', 'matches',
  'getPropertyValue', 'setProperty', 'getAttribute', 'setAttribute', 'removeAttribute', 'hasAttribute', 'addEventListener', 'removeEventListener',
  'dispatchEvent', 'CustomEvent', 'Event', 'matchMedia', 'getItem', 'setItem', 'removeItem', 'mark', 'measure', 'getEntriesByName',
  'createElement', 'createElementNS', 'getContext', 'toDataURL', 'toBase64Image', 'includes', 'startsWith', 'endsWith', 'split', 'replace',
  'test', 'match', 'log', 'warn', 'error', 'info', 'debug', 'has', 'get', 'delete', 'send', 'onMessage', 'on', 'off', 'emit', 'once',
  'exists', 'remove', 'image', 'load', 'svg', 'setTint', 'postMessage', 'assert', 'Error', 'TypeError', 'RangeError', 'fetch', 'URL', 'import',
]);

/** Attributes and fields whose value is text a person reads; a literal under any other key is not. */
const TEXT_KEYS = new Set(['title', 'alt', 'placeholder', 'aria-label', 'aria-description', 'aria-roledescription', 'label', 'text', 'textContent', 'innerText', 'message', 'hint', 'caption', 'headline', 'body', 'name']);

const WORDS = /\p{L}{2,}[’']?\p{L}*\s+\p{L}{2,}/u;
const CAPITALISED = /(^|[\s(“"])\p{Lu}\p{Ll}{2,}/u;
const CODE_LIKE = /[{};=<>\\#[\]|]|sans-serif|monospace|\bpx\b|^\s*[.#]|--|:\w|\/\w|^\w+(-\w+)+$|^[a-z][a-z0-9-]*( [a-z][a-z0-9-]*)*$/;

function looksLikeWords(text: string): boolean {
  const t = text.trim();
  if (!t || CODE_LIKE.test(t)) return false;
  return WORDS.test(t) || CAPITALISED.test(t);
}

function calleeName(e: ts.Expression): string {
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return '';
}

function propName(n: ts.PropertyName): string {
  return ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNumericLiteral(n) ? n.text : '';
}

/** True when the literal at `node` can only be a key, a name or code, not a shown text. */
function notShown(node: ts.Node): boolean {
  let child: ts.Node = node;
  for (let p = node.parent; p; child = p, p = p.parent) {
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isTypeNode(p) || ts.isCaseClause(p) || ts.isElementAccessExpression(p)) return true;
    if (ts.isBinaryExpression(p)) {
      const op = p.operatorToken.kind;
      if ([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken, ts.SyntaxKind.InKeyword].includes(op)) return true;
      if (op === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(p.left) && child === p.right) return !TEXT_KEYS.has(p.left.name.text);
      continue;
    }
    if (ts.isPropertyAssignment(p)) return child === p.name || !TEXT_KEYS.has(propName(p.name));
    if (ts.isJsxAttribute(p)) return !TEXT_KEYS.has(p.name.getText());
    if (ts.isJsxExpression(p)) continue;
    if (ts.isCallExpression(p) || ts.isNewExpression(p)) {
      if (child === p.expression) return true;
      return NOT_SHOWN_CALLS.has(calleeName(p.expression));
    }
    if (ts.isTaggedTemplateExpression(p)) return true; // htm's html`…` is read apart, in htmTexts
    // A literal handed on as it is (a branch, an argument, a list) may still be shown: look further up.
    if (ts.isConditionalExpression(p) || ts.isParenthesizedExpression(p) || ts.isArrayLiteralExpression(p) || ts.isTemplateSpan(p) || ts.isTemplateExpression(p) || ts.isAsExpression(p)) continue;
    return false;
  }
  return false;
}

const LOCALE_TAG = /^[a-z]{2}(-[A-Z]{2})?$/;
const BY_LANGUAGE = /\b(locale|lang|language)\b|'(nl|en)'/;

const HTM_TEXT_ATTR = new RegExp(`\\b(?:${[...TEXT_KEYS].join('|')})="([^"]*)"`, 'g');

/** The words in an htm template (html`<p>Welkom</p>`): text between tags and text attributes. */
function htmTexts(parts: string[]): string[] {
  const markup = parts.join('\u0000');
  const between = [...markup.matchAll(/>([^<]+)</g)].map((m) => m[1]);
  const attrs = [...markup.matchAll(HTM_TEXT_ATTR)].map((m) => m[1]);
  return [...between, ...attrs].map((t) => t.replace(/\u0000/g, ' … '));
}

/** The shown-text literals of one source text. */
export function scanSource(file: string, source: string): Found[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Found[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' … ');
    else if (ts.isJsxText(node)) text = node.text;
    const line = () => sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    if (text !== null && looksLikeWords(text) && (ts.isJsxText(node) || !notShown(node))) out.push({ file, line: line(), text });
    // A choice by language written in place (`locale === 'en' ? 'players' : 'spelers'`) is a
    // translation outside the dictionary, even of one short word.
    if (ts.isConditionalExpression(node) && BY_LANGUAGE.test(node.condition.getText())) {
      for (const branch of [node.whenTrue, node.whenFalse]) {
        if ((ts.isStringLiteral(branch) || ts.isNoSubstitutionTemplateLiteral(branch)) && /\p{L}{2,}/u.test(branch.text) && !LOCALE_TAG.test(branch.text) && !looksLikeWords(branch.text)) {
          out.push({ file, line: sf.getLineAndCharacterOfPosition(branch.getStart()).line + 1, text: branch.text });
        }
      }
    }
    if (ts.isTaggedTemplateExpression(node) && calleeName(node.tag) === 'html') {
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t.text] : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)];
      for (const words of htmTexts(parts)) if (looksLikeWords(words)) out.push({ file, line: line(), text: words.trim() });
    }
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
    else node.templateSpans.forEach((s) => visit(s.expression));
  };
  visit(sf);
  return out;
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every shown-text literal in the client's code outside the dictionary folder. */
export function scanClient(root: string): Found[] {
  const src = path.join(root, 'client/src');
  return tsFiles(src)
    .filter((f) => !f.startsWith(path.join(src, 'i18n') + path.sep))
    .flatMap((f) => scanSource(path.relative(root, f), fs.readFileSync(f, 'utf8')));
}
