/** Finding the signature dictionaries of a PDF through its AcroForm. */
import {
  PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFString, type PDFDocument, type PDFObject,
} from 'pdf-lib';

/** One signature value (/V of a /Sig field) as written in the PDF. */
export interface PdfSignatureDictionary {
  /** Field name (/T), for messages. */
  fieldName?: string;
  byteRange: number[];
  /** /Contents decoded from hex, trailing zero padding included. */
  contents: Uint8Array;
  subFilter?: string;
  /** /M, the signing time claimed by the signer. */
  signingTime?: Date;
}

function text(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

function date(value: PDFObject | undefined): Date | undefined {
  try {
    return value instanceof PDFString || value instanceof PDFHexString ? value.decodeDate() : undefined;
  } catch {
    return undefined; // a malformed /M is treated as absent
  }
}

function readSignature(doc: PDFDocument, field: PDFDict, value: PDFDict): PdfSignatureDictionary {
  const lookup = (dict: PDFDict, key: string) => doc.context.lookup(dict.get(PDFName.of(key)));
  const range = lookup(value, 'ByteRange');
  const contents = lookup(value, 'Contents');
  const subFilter = lookup(value, 'SubFilter');
  return {
    fieldName: text(lookup(field, 'T')),
    byteRange: range instanceof PDFArray
      ? range.asArray().map((n) => { const v = doc.context.lookup(n); return v instanceof PDFNumber ? v.asNumber() : NaN; })
      : [],
    contents: contents instanceof PDFHexString || contents instanceof PDFString ? contents.asBytes() : new Uint8Array(0),
    subFilter: subFilter instanceof PDFName ? subFilter.decodeText() : undefined,
    signingTime: date(lookup(value, 'M')),
  };
}

/**
 * Signed signature fields of the document, walking /Fields and /Kids (/FT may be inherited).
 * Unsigned signature fields (no /V) are skipped.
 */
export function signatureDictionaries(doc: PDFDocument): PdfSignatureDictionary[] {
  const acroForm = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  const fields = acroForm?.lookupMaybe(PDFName.of('Fields'), PDFArray);
  const found: PdfSignatureDictionary[] = [];
  const seen = new Set<PDFDict>();
  const visit = (node: PDFObject | undefined, inheritedType: PDFObject | undefined): void => {
    const field = node === undefined ? undefined : doc.context.lookup(node);
    if (!(field instanceof PDFDict) || seen.has(field)) return; // `seen` guards against /Kids cycles
    seen.add(field);
    const type = field.get(PDFName.of('FT')) ?? inheritedType;
    const value = doc.context.lookup(field.get(PDFName.of('V')));
    if (type === PDFName.of('Sig') && value instanceof PDFDict) found.push(readSignature(doc, field, value));
    const kids = field.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (const kid of kids?.asArray() ?? []) visit(kid, type);
  };
  for (const field of fields?.asArray() ?? []) visit(field, undefined);
  return found;
}
