import { isObject, type JsonObject, type Migration } from './types';

/** v1 held the population as a bare number; v2 adds its reference date and source. */
function upgradeBody(body: unknown): unknown {
  if (!isObject(body) || isObject(body.popolazione)) return body;
  const valore = typeof body.popolazione === 'number' ? body.popolazione : null;
  return { ...body, popolazione: { valore, dataRiferimento: '', fonte: '' } };
}

export const migration002: Migration = {
  to: 2,
  description: 'La popolazione di ogni ente ora riporta anche la data di riferimento e la fonte: completale nella sezione Ente proponente.',
  up(doc: JsonObject): JsonObject {
    const ente = doc.ente;
    if (!isObject(ente)) return { ...doc, schemaVersion: 2 };
    const partner = Array.isArray(ente.partner) ? ente.partner.map(upgradeBody) : ente.partner;
    return { ...doc, schemaVersion: 2, ente: { ...ente, capofila: upgradeBody(ente.capofila), partner } };
  },
};
