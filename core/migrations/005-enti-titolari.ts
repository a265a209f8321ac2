import { isObject, type JsonObject, type Migration } from './types';

// Format 5 names the owning body of every body-owned part. A v4 file says nothing about who owns a
// database or an attachment: they are the lead's until the officer says otherwise (the lead typed them).
const LEAD = 'capofila';

const owned = (rows: unknown): unknown =>
  Array.isArray(rows) ? rows.map((r) => (isObject(r) && !('ente' in r) ? { ...r, ente: LEAD } : r)) : rows;

/** A partner of format 5: a contact person (empty) and its share of co-financing (none yet). */
function upgradePartner(p: unknown): unknown {
  if (!isObject(p)) return p;
  const referente = { nome: '', cognome: '', qualifica: '', email: '', telefono: '' };
  return { ...p, referente: isObject(p.referente) ? p.referente : referente, cofinanziamento: typeof p.cofinanziamento === 'number' ? p.cofinanziamento : 0 };
}

export const migration005: Migration = {
  to: 5,
  description: "Ogni banca dati, allegato e Comune aggregato indica ora l'ente a cui appartiene: le banche dati e gli allegati esistenti sono stati attribuiti al capofila; indica per ogni Comune aggregato il referente e la sua quota di cofinanziamento.",
  up(doc: JsonObject): JsonObject {
    const out: JsonObject = { ...doc, schemaVersion: 5 };
    if (isObject(doc.ente)) {
      const partner = Array.isArray(doc.ente.partner) ? doc.ente.partner.map(upgradePartner) : doc.ente.partner;
      out.ente = { ...doc.ente, partner, scambi: [] };
    }
    if (isObject(doc.dati)) out.dati = { ...doc.dati, banche: owned(doc.dati.banche) };
    if (isObject(doc.allegati)) out.allegati = { ...doc.allegati, elenco: owned(doc.allegati.elenco) };
    return out;
  },
};
