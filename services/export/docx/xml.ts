/**
 * docx's own XML writer, for its component objects (it is not exported): a part written here chunk
 * by chunk is byte for byte what docx writes whole (checked against Packer in index.test.ts). An
 * element is `{ name: value }`: a string or number (the text), null (empty), an object with `_attr`,
 * or an array of `{ _attr }`, child elements and text.
 */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// XML 1.0 forbids these control characters even escaped; docx drops them.
const escape = (value: string): string => value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');
const escapeValue = (value: unknown): string => (typeof value === 'string' ? escape(value) : String(value));

/** Text as docx writes it into an element: escaped, the characters XML forbids left out. */
export const escapeText = escape;


type Xmlable = Readonly<Record<string, unknown>>;

/** Appends the XML of `element` to `out`, as docx's xml writer does without indentation, quirks and all. */
function write(element: Xmlable, out: string[]): void {
  const name = Object.keys(element)[0];
  const values = name === undefined ? undefined : element[name];
  const attributes: string[] = [];
  const addAttributes = (attr: unknown): void => {
    for (const [k, v] of Object.entries(attr as Record<string, unknown>)) attributes.push(`${k}="${escapeValue(v)}"`);
  };
  // Content: child elements and texts; an empty string stands for "nothing here yet" as in docx.
  const content: Array<string | Xmlable | undefined> = [];
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: unknown; _cdata?: string };
      if (attr) addAttributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let isText = false;
        content.push('');
        for (const value of values as unknown[]) {
          if (typeof value === 'object' && value !== null) {
            if (Object.keys(value)[0] === '_attr') addAttributes((value as { _attr: unknown })._attr);
            else content.push(value as Xmlable);
          } else {
            // A text replaces whatever came last: the xml package's behaviour, which docx keeps.
            content.pop();
            isText = true;
            content.push(escapeValue(value));
          }
        }
        if (!isText) content.push('');
      }
    }
  } else content.push(values === undefined ? undefined : escapeValue(values));
  const tag = name ?? '';
  out.push(`${tag ? `<${tag}` : ''}${attributes.length > 0 ? ` ${attributes.join(' ')}` : ''}${content.length > 0 ? (tag ? '>' : '') : '/>'}`);
  if (content.length === 0) return;
  for (const child of content) {
    if (child === undefined) continue;
    if (typeof child === 'string') out.push(child);
    else write(child, out);
  }
  if (tag) out.push(`</${tag}>`);
}

/** The XML of an element object, without declaration or indentation. */
export function stringify(element: Xmlable): string {
  const out: string[] = [];
  write(element, out);
  return out.join('');
}
