import { describe, expect, test } from 'vitest';
import { checkDocument, PENDING_DOCUMENT, validateForm } from '../../src/requests/index.ts';
import { minimalJpeg, minimalPdf, minimalPng } from '../support/documents.ts';
import { sickValues } from '../support/requests.ts';

const pdf = minimalPdf();
const png = minimalPng();
const jpeg = minimalJpeg();

describe('a document is read by its structure, not its first bytes', () => {
  test.each([
    ['a PDF whose startxref points at its xref table', pdf, 'application/pdf'],
    ['a PDF with trailing newlines after %%EOF', Buffer.concat([pdf, Buffer.from('\r\n\n')]), 'application/pdf'],
    ['a PNG with a valid IHDR and IEND', png, 'image/png'],
    ['a JPEG with a frame header', jpeg, 'image/jpeg'],
  ])('GIVEN %s THEN accepted as %s', (_name, bytes, mime) => {
    expect(checkDocument(bytes)).toEqual({ ok: true, mime });
  });

  test.each([
    ['only a PDF header', Buffer.from('%PDF-'), /PDF/],
    ['a PDF header then garbage', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)]), /PDF incomplet/],
    ['a PDF cut in the middle', pdf.subarray(0, pdf.length - 40), /PDF incomplet/],
    ['a PDF whose startxref points nowhere', Buffer.from(pdf.toString('latin1').replace(/startxref\n\d+/, 'startxref\n12'), 'latin1'), /table des références/],
    ['a PNG signature then nothing', png.subarray(0, 16), /PNG tronqué/],
    ['a PNG with a corrupted IHDR', Buffer.concat([png.subarray(0, 17), Buffer.from([0x7f]), png.subarray(18)]), /corrompu/],
    ['a PNG cut before IEND', png.subarray(0, png.length - 12), /IEND/],
    ['a JPEG signature then nothing', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]), /JPEG/],
    ['a JPEG without a frame header', Buffer.from([0xff, 0xd8, 0xff, 0xd9]), /SOF/],
    ['an executable', Buffer.from('MZ\x90\x00'), /ni un PDF/],
  ])('GIVEN %s THEN refused, saying why', (_name, bytes, why) => {
    const checked = checkDocument(bytes);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? '' : checked.problem).toMatch(why);
  });

  test('GIVEN a truncated PDF in a sick-leave form THEN the document field is named with the reason, in French', () => {
    const result = validateForm('arret-maladie', sickValues({ document: { filename: 'arret.pdf', bytes: pdf.subarray(0, 60) } }));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors.find((e) => e.field === 'document')?.message).toMatch(/« arret\.pdf » est un PDF incomplet/);
  });
});

test('GIVEN the stand-in for a document not downloaded yet THEN it is a well-formed PDF', () => {
  expect(checkDocument(PENDING_DOCUMENT)).toEqual({ ok: true, mime: 'application/pdf' });
});
