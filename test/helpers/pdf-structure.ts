// Readers for a tagged PDF in tests: the structure tree as `pdfinfo -struct-text` prints it, and the
// marked content of a page's content stream.

export interface StructNode {
  readonly role: string;
  /** Attribute lines as pdfinfo prints them, e.g. "/Scope /Column". */
  readonly attributes: string[];
  readonly texts: string[];
  readonly kids: StructNode[];
}

/** The tree of `pdfinfo -struct-text`: one element per line, its attributes and texts indented below it. */
export function parseStructText(out: string): StructNode {
  const root: StructNode = { role: '', attributes: [], texts: [], kids: [] };
  const stack: Array<{ indent: number; node: StructNode }> = [{ indent: -1, node: root }];
  for (const line of out.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const indent = line.length - line.trimStart().length;
    while ((stack[stack.length - 1]?.indent ?? -1) >= indent) stack.pop();
    const parent = stack[stack.length - 1]?.node ?? root;
    if (trimmed.startsWith('"')) parent.texts.push(trimmed.slice(1, -1));
    else if (trimmed.startsWith('/')) parent.attributes.push(trimmed);
    else if (!trimmed.startsWith('Object ')) {
      const node: StructNode = { role: trimmed.split(/[\s:]/)[0] ?? '', attributes: [], texts: [], kids: [] };
      parent.kids.push(node);
      stack.push({ indent, node });
    }
  }
  const [doc] = root.kids;
  if (!doc || root.kids.length !== 1) throw new Error(`pdfinfo -struct-text: ${root.kids.length} radici`);
  return doc;
}

/** All the text of an element and its descendants, in order: its own pieces as drawn (a wrapped line keeps its space), elements apart. */
export const textOf = (n: StructNode): string => [n.texts.join(''), ...n.kids.map(textOf)].join(' ');

/** The tokens of a content stream: operators, operands (strings, arrays and dictionaries skipped whole). */
function* tokens(s: string): Generator<{ op?: string; dict?: string }> {
  let i = 0;
  while (i < s.length) {
    const c = s[i] ?? '';
    if (/\s/.test(c) || c === '[' || c === ']') i++;
    else if (c === '(') {
      // A literal string: escapes, balanced parentheses.
      let depth = 0;
      for (; i < s.length; i++) {
        if (s[i] === '\\') i++;
        else if (s[i] === '(') depth++;
        else if (s[i] === ')' && --depth === 0) break;
      }
      i++;
    } else if (s.startsWith('<<', i)) {
      const end = s.indexOf('>>', i);
      yield { dict: s.slice(i + 2, end) };
      i = end + 2;
    } else if (c === '<') i = s.indexOf('>', i) + 1;
    else {
      const m = /^[^\s()<>[\]/]*|^\/[^\s()<>[\]/]*/.exec(s.slice(i, i + 64))?.[0] || c;
      if (!m.startsWith('/') && !/^[-+.\d]/.test(m)) yield { op: m };
      i += m.length;
    }
  }
}

/**
 * What a page's content marks: the MCIDs in order, the subtype of each artifact sequence ('' for
 * none), and how many text-showing operators are outside every marked-content sequence.
 */
export function contentEvents(content: string): { mcids: number[]; artifacts: string[]; unmarkedText: number } {
  const mcids: number[] = [];
  const artifacts: string[] = [];
  let depth = 0;
  let unmarkedText = 0;
  let lastDict = '';
  for (const t of tokens(content)) {
    if (t.dict !== undefined) {
      lastDict = t.dict;
      continue;
    }
    const op = t.op ?? '';
    if (op === 'BDC' || op === 'BMC') {
      depth++;
      const mcid = /\/MCID (\d+)/.exec(lastDict);
      if (op === 'BDC' && mcid) mcids.push(Number(mcid[1]));
      else artifacts.push(op === 'BDC' ? (/\/Subtype \/(\w+)/.exec(lastDict)?.[1] ?? '') : '');
    } else if (op === 'EMC') depth--;
    else if ((op === 'Tj' || op === 'TJ') && depth === 0) unmarkedText++;
    lastDict = '';
  }
  return { mcids, artifacts, unmarkedText };
}
