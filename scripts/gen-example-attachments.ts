// Writes the example attachments of the starters (templates/examples/allegati/, where the
// starters' own `allegati/<nome>` points, so a starter validates in place; names carry the Comune): one-page PDFs
// marked ESEMPIO, so that a proposal made from a starter validates and packages as it is, and records
// their fingerprints in the starters. Deterministic: the same bytes at every run (`--check` compares).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

const DIR = new URL('../templates/examples/', import.meta.url).pathname;
const STARTERS = ['comune-singolo', 'aggregazione', 'provincia'];
const FIXED = new Date('2026-01-01T00:00:00Z');

interface Declared { nomeFile: string; descrizione: string; sha256: string; firmato: boolean }

/** Lines of at most `width` characters, broken at spaces. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) { out.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...out, line] : out;
}

async function examplePdf(body: string, a: Declared): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(`ESEMPIO – ${a.descrizione}`);
  pdf.setProducer('Proposta (allegato di esempio)');
  pdf.setCreationDate(FIXED);
  pdf.setModificationDate(FIXED);
  const page = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  page.drawText('ESEMPIO', { x: 60, y: 740, size: 48, font: bold, color: rgb(0.75, 0.1, 0.1) });
  page.drawText('Documento fittizio, allegato ai modelli di Proposta: sostituiscilo con quello vero.', { x: 60, y: 705, size: 11, font });
  let y = 660;
  for (const line of [body, '', ...wrap(a.descrizione, 80)]) {
    page.drawText(line, { x: 60, y, size: 13, font: line === body ? bold : font });
    y -= 20;
  }
  return pdf.save({ useObjectStreams: false });
}

const check = process.argv.includes('--check');
let stale = 0;
for (const starter of STARTERS) {
  const file = join(DIR, `${starter}.proposta.json`);
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { ente: { capofila: { denominazione: string } }; allegati: { elenco: Declared[] } };
  const out = join(DIR, 'allegati');
  mkdirSync(out, { recursive: true });
  for (const a of doc.allegati.elenco) {
    const bytes = await examplePdf(doc.ente.capofila.denominazione, a);
    const path = join(out, basename(a.nomeFile));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (check) {
      if (!existsSync(path) || createHash('sha256').update(readFileSync(path)).digest('hex') !== sha256 || a.sha256 !== sha256) stale++;
      continue;
    }
    writeFileSync(path, bytes);
    a.sha256 = sha256;
    a.firmato = false;
  }
  if (!check) writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
}
if (check && stale) {
  console.error(`Allegati di esempio non aggiornati (${stale}): esegui "npx tsx scripts/gen-example-attachments.ts".`);
  process.exit(1);
}
