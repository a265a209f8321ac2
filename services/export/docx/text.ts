import { Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';

// XML 1.0 forbids most C0 controls; one pasted from another program would make Word refuse the file.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe to write into the document's XML. */
export const clean = (text: string): string => text.replace(FORBIDDEN, '').replace(/\r\n?/g, '\n');

/** Runs of one line group, with a line break where the text has a newline (Shift+Enter in Word). */
export function runs(text: string, run: Omit<IRunOptions, 'text' | 'children' | 'break'> = {}): TextRun[] {
  return clean(text).split('\n').map((line, i) => new TextRun({ ...run, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

/**
 * Paragraphs of a text: a blank line starts a new paragraph, a single newline breaks the line, so
 * what the officer typed keeps its shape and stays editable in Word.
 */
export function paragraphs(text: string, options: Omit<IParagraphOptions, 'children' | 'text'> = {}, run: Omit<IRunOptions, 'text' | 'children' | 'break'> = {}): Paragraph[] {
  return clean(text).split(/\n[ \t]*\n+/).map((part) => new Paragraph({ ...options, children: runs(part.trim(), run) }));
}
