import type { PackageManifest } from '../generated/types';
import { validateManifestSchema } from '../generated/validators';

/** The manifest of a submission package, if it has the shape of schemas/manifest.schema.json. */
export function validateManifest(data: unknown): PackageManifest | null {
  return validateManifestSchema(data) ? (data as PackageManifest) : null;
}
