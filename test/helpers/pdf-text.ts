/**
 * The text of each page of a PDF the browser printed (an ata, a report), read with Mozilla's PDF.js:
 * a test can check what lands on which page, as a person holding the paper would.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect } from 'vitest';

export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  await document.destroy();
  return pages;
}

/** Each page carries its own number and the total, as print.css's margin box prints them. */
export function expectNumbered(pages: string[]) {
  pages.forEach((text, index) => {
    expect(text, `página ${index + 1}`).toContain(`página ${index + 1} de ${pages.length}`);
  });
}

/** Each printed sheet lying or standing, as the PDF declares its width × height. */
export function sheetSizes(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(
    ([, width, height]) => (Number(width) > Number(height) ? 'deitada' : 'em pé'),
  );
}
