import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largeProposal } from '../../bench/large-proposal';
import { bodyFigures, buildPartnerModule, formatCents } from '../../core';
import { starter } from '../../test/helpers/docs';
import { tempFolders } from '../../test/helpers/temp';
import { moduleSummaryPdf, partnerSummaryPdf } from './summary';

const tmp = tempFolders('partner-summary');
const tool = (cmd: string, ...args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8' });

async function written(bytes: Uint8Array): Promise<string> {
  const p = join(tmp(), 'riepilogo.pdf');
  writeFileSync(p, bytes);
  return p;
}

describe('the summary PDF of a partner contribution', () => {
  it('fits one page for the large proposal\'s biggest partner, with its name, CF and figures, and is a sound PDF/A', async () => {
    const doc = largeProposal();
    const figures = bodyFigures(doc, []).filter((f) => f.id !== 'capofila');
    const biggest = figures.reduce((a, b) => (b.databases * 1e12 + b.costCents > a.databases * 1e12 + a.costCents ? b : a));
    const partner = doc.ente.partner.find((p) => p.id === biggest.id)!;
    const r = await partnerSummaryPdf({ doc, partnerId: biggest.id });
    if (!r.ok) throw new Error(r.code);
    const file = await written(r.bytes);
    expect(tool('pdfinfo', file)).toMatch(/^Pages:\s+1$/m);
    expect(tool('pdfinfo', '-meta', file)).toContain('<pdfaid:part>2</pdfaid:part>');
    const text = tool('pdftotext', '-layout', file, '-');
    expect(text).toContain(partner.denominazione);
    expect(text).toContain(partner.codiceFiscale);
    expect(text).toContain(partner.legaleRappresentante.codiceFiscale);
    expect(text).toContain(formatCents(biggest.costCents));
    expect(text).toContain(formatCents(biggest.cofinancingCents));
    expect(text).toMatch(/… e altre \d+ righe/);
    execFileSync('qpdf', ['--check', file]);
    // The same proposal gives the same bytes.
    const again = await partnerSummaryPdf({ doc, partnerId: biggest.id });
    expect(again.ok && Buffer.from(again.bytes).equals(Buffer.from(r.bytes))).toBe(true);
  });

  it('is made from the module the partner holds, naming the request', async () => {
    const doc = starter('aggregazione');
    const m = buildPartnerModule(doc, 'soleto', { requestId: '0f3a9c1e-1111-4111-8111-111111111111', now: new Date('2026-11-20T09:00:00Z'), requestedBy: '' });
    if (!m.ok) throw new Error(m.refusal.code);
    const path = join(tmp(), 'soleto.proposta-partner');
    writeFileSync(path, JSON.stringify(m.module));
    const r = await moduleSummaryPdf(path);
    if (!r.ok) throw new Error(r.code);
    const text = tool('pdftotext', '-layout', await written(r.bytes), '-');
    expect(text).toContain('0f3a9c1e-1111-4111-8111-111111111111 del 20/11/2026');
    expect(text).toContain(doc.ente.capofila.denominazione);
  });

  it('refuses an unknown partner, a single body and a file that is no module, with their codes', async () => {
    expect(await partnerSummaryPdf({ doc: starter('aggregazione'), partnerId: 'nessuno' })).toMatchObject({ ok: false, code: 'PARTNER_SCONOSCIUTO' });
    expect(await partnerSummaryPdf({ doc: starter('comune-singolo'), partnerId: 'x' })).toMatchObject({ ok: false, code: 'PARTNER_NON_AGGREGAZIONE' });
    const path = join(tmp(), 'x.proposta-partner');
    writeFileSync(path, '{"formatoModulo": 1}');
    expect(await moduleSummaryPdf(path)).toMatchObject({ ok: false, code: 'MODULO_NON_VALIDO' });
  });
});
