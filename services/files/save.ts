import { writeCarefully, type WriteResult } from './careful-write';
import type { FileEffects } from './effects';

export type SaveResult = WriteResult;

/**
 * Proposta's own files in the user-data folder (recent list, recovery copies): written atomically
 * like everything else, replaced without asking (nobody else writes them), never through a link.
 */
export function writeFileAtomic(path: string, data: Uint8Array, fx?: FileEffects): Promise<SaveResult> {
  return writeCarefully(path, data, { confirmed: true }, fx);
}
