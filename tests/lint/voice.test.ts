import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * The app's voice, kept (issue 8): phrases that read as untrue about privacy, count down, add a
 * chain to break, blame, or speak about "the user" must not come back in any sentence a person can
 * read. The check reads the text of every string, template and JSX text in the code that makes
 * what a person sees (the renderer, the report, the contract's messages, the services' and shell's
 * dialogs), never comments or names, so an explanation of why a phrase is gone may still say it.
 */

const root = resolve(__dirname, '../..');

/** The folders whose strings reach a person: screens, report, messages, dialogs. */
const SOURCES = [
  'src-renderer',
  'src-main/report',
  'src-main/shared',
  'src-main/services',
  'src-main/ipc',
  'src-main/app',
];

interface Rule {
  readonly pattern: RegExp;
  readonly why: string;
  /** Only for files whose path matches: a rule for one part's words. */
  readonly onlyIn?: RegExp;
}

const RULES: readonly Rule[] = [
  {
    pattern: /\bstreaks?\b/i,
    why: 'a streak drops to zero after one miss: a chain to break (say the days kept instead)',
  },
  {
    pattern: /only you (can )?see/i,
    why: 'untrue: notes go into the reports and exports a person makes',
  },
  {
    pattern: /(everything|it all|all of it|your data) stays/i,
    why: 'untrue: saved reports, exports and backups are files a person can move',
  },
  { pattern: /\bstarted it\b/i, why: 'the language of a fight: "who reached out first"' },
  { pattern: /\bstill hurts?\b/i, why: '"still" hints it ought to be over by now' },
  {
    pattern: /\b(days?|weeks?|months?) (left|to go|remaining)\b(?! out)/i,
    why: 'a countdown, the very thing the article rejects',
  },
  {
    pattern:
      /\b\d+[- ]days? (spent |of )?(healing|apart|without|no[- ]contact)\b|\bwait \d+ days\b/i,
    why: 'a fixed number of days brings back the "30 days" the article rejects',
  },
  { pattern: /not built yet/i, why: 'developer wording' },
  {
    pattern: /whatever you decide/i,
    why: 'say what is decided: whether or not you and your ex get back together',
  },
  { pattern: /if no contact/i, why: 'a double negative that brings the no-contact rule back' },
  {
    pattern: /could (it )?not be avoided|cannot avoid|can't avoid/i,
    why: 'contact with an ex is not an excuse to justify; contact one chooses belongs too',
  },
  { pattern: /becoming calmer/i, why: 'a promise no app can keep' },
  { pattern: /\btimes today already\b/i, why: 'counting check-ins sounds like keeping tabs' },
  { pattern: /\bhow you did\b/i, why: 'invites self-criticism: "how do you feel you handled it?"' },
  { pattern: /\bthe user\b/i, why: 'the app speaks to the person, not about "the user"' },
  {
    pattern: /\b(he|she|him|his|hers|boyfriend|girlfriend|husband|wife)\b/i,
    why: 'gender-neutral: "your ex", "they"',
  },
  {
    pattern: /\b(caused?|causes|because|improves?|boosts?|leads? to)\b/i,
    why: 'what went together is days that coincided, never a cause: say "went together"',
    onlyIn: /went-together|WentTogether/,
  },
];

/** Every .ts/.tsx file under `dir`, tests and declarations aside. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** True for a string that is a module path, not a sentence: `import … from '…'`, `import('…')`. */
function isModuleSpecifier(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent) ||
    ts.isExternalModuleReference(parent) ||
    (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword)
  );
}

/** Attributes whose values name things for the code or the page, never words a person reads. */
const NAMING_ATTRIBUTES = new Set(['className', 'id', 'htmlFor', 'name', 'key', 'data-testid']);

/** True for a string given to an attribute such as `className`: a name, not a sentence. */
function isNamingAttribute(node: ts.Node): boolean {
  const parent = node.parent;
  return ts.isJsxAttribute(parent) && NAMING_ATTRIBUTES.has(parent.name.getText());
}

/**
 * Text under a comment holding `voice-exempt: why` is data the code works with (a list of words to skip,
 * say), never shown; the comment must say why.
 */
const EXEMPT = /voice-exempt:[ \t]*\S/;

/**
 * The texts in `code` a person might read: string literals, whole template literals (with `{}`
 * where a value goes, so a rule can span the parts) and JSX text, each with its line number.
 */
export function textsIn(code: string, fileName = 'probe.tsx'): { line: number; text: string }[] {
  const source = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const texts: { line: number; text: string }[] = [];
  const add = (node: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    texts.push({ line: line + 1, text: text.replace(/\s+/g, ' ') });
  };
  const visit = (node: ts.Node): void => {
    const comments = ts.getLeadingCommentRanges(code, node.getFullStart()) ?? [];
    if (comments.some((c) => EXEMPT.test(code.slice(c.pos, c.end)))) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!isModuleSpecifier(node) && !isNamingAttribute(node)) add(node, node.text);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      add(node, [node.head.text, ...node.templateSpans.map((s) => `{}${s.literal.text}`)].join(''));
    } else if (ts.isJsxText(node)) {
      if (node.text.trim() !== '') add(node, node.text);
    } else if (ts.isJsxElement(node)) {
      // A sentence split by a {value} in JSX ("You checked in {n} times") is read whole.
      const parts = node.children.map((child) =>
        ts.isJsxText(child) ? child.text : ts.isJsxExpression(child) ? '{}' : '',
      );
      if (node.children.some(ts.isJsxExpression) && node.children.some(ts.isJsxText)) {
        add(node, parts.join(''));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return texts;
}

/** Each rule `text` breaks, in the file at `path`. */
function broken(text: string, path = ''): Rule[] {
  return RULES.filter(
    (rule) => rule.pattern.test(text) && (rule.onlyIn === undefined || rule.onlyIn.test(path)),
  );
}

describe("the app's voice", () => {
  it('catches each kind of sentence it guards against, in strings, templates and JSX', () => {
    const probe = [
      "const a = 'Current streak';",
      "const b = 'Note optional, only you see it';",
      'const c = <p>Everything stays on this computer.</p>;',
      "const d = { them: 'They started it' };",
      "const e = 'How much the breakup still hurts';",
      'const f = `${n} days to go`;',
      "const g = 'At least 30 days spent healing';",
      'const h = <p className="eyebrow">Not built yet</p>;',
      "const i = 'Healing is a success whatever you decide.';",
      "const j = 'If no contact is impossible, log it';",
      "const k = 'Where could it not be avoided?';",
      'const l = <p>over time you can see it becoming calmer.</p>;',
      'const m = <p>You checked in {n} times today already.</p>;',
      "const n = 'How you did';",
      "const o = 'Tell the user';",
      "const p = 'Did he reply?';",
    ].join('\n');
    const caught = textsIn(probe).filter(({ text }) => broken(text).length > 0);
    expect(new Set(caught.map((c) => c.line)).size).toBe(16);
    // A comment, a name, a module path and a class name are not read by a person, nor is data
    // under a comment that says why it is never shown.
    expect(
      textsIn(
        [
          '// no streak here',
          "import { x } from './streak';",
          'const streakDays = 1;',
          'const a = <p className="habit-streaks" />;',
          '// voice-exempt: words the name finder skips, never shown',
          "const skip = 'he she him her';",
        ].join('\n'),
      ),
    ).toEqual([]);
    // Without its reason, the comment exempts nothing.
    expect(textsIn("// voice-exempt:\nconst skip = 'he';")).toHaveLength(1);
    // Words that only look like the kinds: a day left out of a count, a line drawn from 4 days.
    for (const fine of ['Kept on 5 of 6 days, with days left out', 'drawn from at least 4 days']) {
      expect(broken(fine)).toEqual([]);
    }
  });

  it('keeps the words of what went together free of cause', () => {
    const path = 'src-renderer/features/insights/went-together-copy.ts';
    for (const claim of [
      'Walking caused a better mood',
      'Your mood was higher because you walked',
      'Walking improves your mood',
      'Sleep boosts mood',
      'Contact leads to a lower mood',
    ]) {
      expect(broken(claim, path)).toHaveLength(1);
    }
    expect(broken('Doing “Walk” went together with a better mood.', path)).toEqual([]);
  });

  it('keeps every sentence a person can read free of those kinds', () => {
    const found: string[] = [];
    for (const file of SOURCES.flatMap((dir) => sourceFiles(resolve(root, dir)))) {
      for (const { line, text } of textsIn(readFileSync(file, 'utf8'), file)) {
        for (const rule of broken(text, relative(root, file))) {
          found.push(`${relative(root, file)}:${line} "${text.trim()}": ${rule.why}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
