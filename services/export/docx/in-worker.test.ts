import { describe, expect, it } from 'vitest';
import { buildExportModel } from '../../../core';
import { PROFILE, starter } from '../../../test/helpers/docs';
import { renderDossierDocx } from './index';
import { renderDossierDocxInWorker, renderInWorker } from './in-worker';

describe('the DOCX dossier in a worker thread', () => {
  const doc = starter('aggregazione');

  it('gives the same bytes as rendering here', async () => {
    const here = await renderDossierDocx(buildExportModel(doc, PROFILE));
    expect(Buffer.from(await renderInWorker(doc, PROFILE)).equals(Buffer.from(here))).toBe(true);
    expect(Buffer.from(await renderDossierDocxInWorker(doc, PROFILE)).equals(Buffer.from(here))).toBe(true);
  }, 60_000);

  it('reports a failure of the worker instead of hanging', async () => {
    await expect(renderInWorker({} as typeof doc, PROFILE)).rejects.toThrow();
  }, 60_000);
});
