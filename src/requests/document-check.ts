/**
 * What a document really is, read from its structure rather than its name or first bytes: every
 * door (Slack, Discord, terminal) hands the bytes to the form validation, which uses this.
 * A PDF must end as one (a `startxref` pointing at its cross-reference table, then `%%EOF`); an
 * image must have a decodable header (PNG: IHDR with a valid CRC and an IEND; JPEG: a frame
 * header SOFn with non-zero dimensions before the scan).
 */
import { crc32 } from 'node:zlib';

export type DocumentMime = 'application/pdf' | 'image/jpeg' | 'image/png';

export type DocumentCheck = { ok: true; mime: DocumentMime } | { ok: false; problem: string };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The kind announced by the first bytes, before any structural check. */
function announced(bytes: Buffer): DocumentMime | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  return null;
}

export function checkDocument(bytes: Buffer): DocumentCheck {
  const mime = announced(bytes);
  if (!mime) return { ok: false, problem: "n'est ni un PDF, ni un JPEG, ni un PNG" };
  const problem = mime === 'application/pdf' ? pdfProblem(bytes) : mime === 'image/png' ? pngProblem(bytes) : jpegProblem(bytes);
  return problem ? { ok: false, problem } : { ok: true, mime };
}

function pdfProblem(bytes: Buffer): string | null {
  if (!/^%PDF-[12]\.\d/.test(bytes.subarray(0, 8).toString('latin1'))) return 'est un PDF dont l’en-tête de version est invalide';
  // The end of the file says where the cross-reference table is (PDF 1.7, §7.5.5).
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1');
  const end = /startxref\s+(\d+)\s+%%EOF[\s\0]*$/.exec(tail);
  if (!end) return 'est un PDF incomplet (sans fin de fichier %%EOF ni startxref : tronqué ?)';
  const offset = Number(end[1]);
  if (offset <= 0 || offset >= bytes.length) return 'est un PDF dont la table des références est introuvable';
  // A classic table (`xref`) or a cross-reference stream (`n g obj`).
  const at = bytes.subarray(offset, offset + 32).toString('latin1');
  if (!/^\s*(xref\b|\d+\s+\d+\s+obj\b)/.test(at)) return 'est un PDF dont la table des références est introuvable';
  return null;
}

function pngProblem(bytes: Buffer): string | null {
  // Signature, then IHDR first: length 13, type, 13 bytes of data, CRC over type and data.
  if (bytes.length < 8 + 25 + 12) return 'est un PNG tronqué';
  if (bytes.readUInt32BE(8) !== 13 || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return 'est un PNG sans en-tête IHDR';
  if (crc32(bytes.subarray(12, 29)) !== bytes.readUInt32BE(29)) return 'est un PNG dont l’en-tête est corrompu';
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const depth = bytes[24]!;
  const colour = bytes[25]!;
  if (width === 0 || height === 0 || ![1, 2, 4, 8, 16].includes(depth) || ![0, 2, 3, 4, 6].includes(colour)) return 'est un PNG dont l’en-tête est invalide';
  if (bytes.subarray(bytes.length - 8, bytes.length - 4).toString('latin1') !== 'IEND') return 'est un PNG tronqué (sans fin IEND)';
  return null;
}

/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegProblem(bytes: Buffer): string | null {
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return 'est un JPEG dont la structure est invalide';
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break; // end of image, or the scan before any frame header
    if (marker >= 0xd0 && marker <= 0xd7) {
      i += 2;
      continue;
    }
    const length = bytes.readUInt16BE(i + 2);
    if (length < 2 || i + 2 + length > bytes.length) return 'est un JPEG tronqué';
    if (SOF.has(marker)) {
      if (length < 8) return 'est un JPEG dont l’en-tête d’image est invalide';
      const height = bytes.readUInt16BE(i + 5);
      const width = bytes.readUInt16BE(i + 7);
      return height > 0 && width > 0 ? null : 'est un JPEG dont l’en-tête d’image est invalide';
    }
    i += 2 + length;
  }
  return 'est un JPEG sans en-tête d’image (SOF)';
}

/**
 * A minimal well-formed PDF that stands for a document not downloaded yet, so that a door can
 * check the other fields (and the rules between them) within a platform's 3 seconds; the real
 * document is checked when it has been downloaded.
 */
export const PENDING_DOCUMENT: Buffer = (() => {
  const head = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n';
  const xref = Buffer.byteLength(head, 'latin1');
  return Buffer.from(`${head}xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1');
})();
