import jsQR from 'jsqr';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

// Reads a PDF the way a checker would: the text of each page and what its QR codes say.

/** Each page's text and the contents of the QR codes drawn on it. */
export async function inspectPdf(file: Buffer): Promise<{ text: string; qr: string[] }[]> {
  const pdf = await getDocument({ data: new Uint8Array(file), useSystemFonts: false, disableFontFace: true, isEvalSupported: false }).promise;
  const pages: { text: string; qr: string[] }[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    const ops = await page.getOperatorList();
    const qr: string[] = [];
    for (let i = 0; i < ops.fnArray.length; i += 1) {
      if (ops.fnArray[i] !== OPS.paintImageXObject) continue;
      const id = (ops.argsArray[i] as [string])[0];
      const image = await new Promise<{ width: number; height: number; kind: number; data: Uint8Array }>((resolve) => {
        page.objs.get(id, resolve);
      });
      qr.push(jsQR(toRgba(image), image.width, image.height)?.data ?? '(undecodable)');
    }
    pages.push({ text, qr });
  }
  await pdf.destroy();
  return pages;
}

/** pdf.js image data (kind 1: 1 bit grey, 2: RGB, 3: RGBA) as RGBA pixels for jsQR. */
function toRgba(image: { width: number; height: number; kind: number; data: Uint8Array }): Uint8ClampedArray {
  const { width, height, kind, data } = image;
  const out = new Uint8ClampedArray(width * height * 4);
  const rowBytes = Math.ceil(width / 8);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const p = y * width + x;
      let rgb: [number, number, number];
      if (kind === 3) rgb = [data[p * 4] ?? 0, data[p * 4 + 1] ?? 0, data[p * 4 + 2] ?? 0];
      else if (kind === 2) rgb = [data[p * 3] ?? 0, data[p * 3 + 1] ?? 0, data[p * 3 + 2] ?? 0];
      else {
        const v = ((data[y * rowBytes + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1 ? 255 : 0;
        rgb = [v, v, v];
      }
      out.set([...rgb, 255], p * 4);
    }
  }
  return out;
}
