// `npm run fixtures:dossier-text`: rewrites test/fixtures/dossier-text/ with the text of the starters'
// dossiers as the PDF renderer prints them now. Run it only when the export model changes on purpose
// (a new field, a different number format), then read the diff: every change in it must be intended.
import { writeFileSync } from 'node:fs';
import { STARTER_NAMES } from '../test/helpers/docs';
import { dossierTextPath, starterDossierText } from '../test/helpers/dossier-text';

for (const name of STARTER_NAMES) {
  writeFileSync(dossierTextPath(name), await starterDossierText(name));
  console.log(`scritto ${dossierTextPath(name)}`);
}
