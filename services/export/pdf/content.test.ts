// What the dossier says, page by page, pinned. The expected texts in test/fixtures/dossier-text/ are
// the pdftotext output of the starters' dossiers as printed by the pdfmake renderer, before it was
// replaced by the paginator of this folder: the new renderer had to print the same words, in the same
// order, on the same pages. They stay as a guard against layout changes that lose or move content.
//
// When the export model changes on purpose (core/export, e.g. a new number format), the texts change
// with it: run `npm run fixtures:dossier-text` and read the diff before committing it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STARTER_NAMES } from '../../../test/helpers/docs';
import { dossierTextPath, pagesOf, starterDossierText } from '../../../test/helpers/dossier-text';

describe.each(STARTER_NAMES)('dossier PDF text of the starter %s', (name) => {
  it('says what the expected text says, on the same pages', async () => {
    const expected = pagesOf(readFileSync(dossierTextPath(name), 'utf8'));
    const actual = pagesOf(await starterDossierText(name));
    expect(actual.length).toBe(expected.length);
    for (let i = 0; i < expected.length; i++) expect(actual[i], `pagina ${i + 1}`).toBe(expected[i]);
  });
});
