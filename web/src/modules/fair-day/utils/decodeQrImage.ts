// Reads a QR code from a photo (the "scan from photo" fallback when the camera cannot be used).
// The decoder library is loaded on first use so that only the staff pages download it.
import type { DecodeHintType } from '@zxing/library';

/** Phone photos are 12 MP and more; the code is found as well, and much faster, on a smaller copy. */
const MAX_SIDE = 1280;
/**
 * The detector misses some codes at one size and finds them at another (a sharp screenshot of a
 * QR code fails about one time in twenty at its own size): smaller copies are tried in turn.
 */
const SCALES = [1, 0.5, 0.33, 0.4, 0.75];
const MIN_SIDE = 120;

async function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  await image.decode();
  return image;
}

function drawScaled(image: HTMLImageElement, longSide: number): HTMLCanvasElement {
  const scale = longSide / Math.max(image.naturalWidth, image.naturalHeight);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2d canvas');
  // A white background: a transparent PNG would otherwise read as a black square.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/**
 * The text of the QR code in the image, or null when none is found (or the file is not an image).
 * Each size is tried with the local-threshold binariser (uneven light on a photo) and then the
 * global one, in "try harder" mode.
 */
export async function decodeQrImage(file: Blob): Promise<string | null> {
  const [{ HTMLCanvasElementLuminanceSource }, zxing] = await Promise.all([import('@zxing/browser'), import('@zxing/library')]);
  const hints = new Map<DecodeHintType, unknown>([[zxing.DecodeHintType.TRY_HARDER, true]]);
  const reader = new zxing.QRCodeReader();
  const url = URL.createObjectURL(file);
  try {
    const image = await loadImage(url);
    const natural = Math.max(image.naturalWidth, image.naturalHeight);
    const base = Math.min(MAX_SIDE, natural);
    const sizes = SCALES.map((scale) => Math.round(base * scale)).filter((size) => size >= MIN_SIDE);
    // A small code in a large photo may need every pixel: the full size comes last.
    if (natural > MAX_SIDE) sizes.push(natural);
    for (const size of sizes) {
      const source = new HTMLCanvasElementLuminanceSource(drawScaled(image, size));
      for (const binarizer of [new zxing.HybridBinarizer(source), new zxing.GlobalHistogramBinarizer(source)]) {
        try {
          return reader.decode(new zxing.BinaryBitmap(binarizer), hints).getText();
        } catch {
          reader.reset();
        }
      }
    }
    return null;
  } catch {
    return null;
  } finally {
    URL.revokeObjectURL(url);
  }
}
