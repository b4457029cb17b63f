/** An attached decision document: decoded, checked (PDF, size) and stored with its SHA-256 checksum. */
import { createHash } from 'node:crypto';
import { AppError } from '../../../domain/errors.ts';
import { type DocumentInput, maxDocumentBytes } from '../../../domain/schemas/approval.ts';
import type { Trx } from '../plans/edit-plan.ts';
import { insertDocument } from './queries.ts';

const invalid = (path: string, da: string, en: string) =>
  new AppError('invalid_input', { da: 'Dokumentet kan ikke modtages', en: 'The document cannot be accepted' }, [{ rule: 'DOCUMENT', path, message: { da, en } }]);

/** The bytes of a PDF given as base64, or a 400 naming what is wrong. */
export function decodePdf(doc: DocumentInput): Buffer {
  const bytes = Buffer.from(doc.contentBase64, 'base64');
  if (bytes.length === 0) throw invalid('body.document.contentBase64', 'Dokumentet er tomt', 'The document is empty');
  if (bytes.length > maxDocumentBytes) {
    throw invalid('body.document.contentBase64', 'Dokumentet er større end 5 MB', 'The document is larger than 5 MB');
  }
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw invalid('body.document.contentBase64', 'Dokumentet er ikke en PDF (det begynder ikke med %PDF-)', 'The document is not a PDF (it does not start with %PDF-)');
  }
  return bytes;
}

export async function storeDocument(trx: Trx, doc: DocumentInput, bytes: Buffer, createdBy: string | null): Promise<string> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const row = await insertDocument(trx, { filename: doc.filename, contentType: doc.contentType, sizeBytes: bytes.length, sha256, content: bytes, createdBy });
  return row.id;
}
