import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Noto Sans SC ships with Qiao (@expo-google-fonts/noto-sans-sc), so PDFs and posters render the
// same Chinese on every machine and never depend on the fonts a server happens to have.

const require = createRequire(import.meta.url);

export const FONT_FAMILY = 'Noto Sans SC';

export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
} as const;

let cached: { regular: Buffer; bold: Buffer } | undefined;

/** The font files' bytes, read once per process (about 20 MB) instead of once per document. */
export function fontBuffers(): { regular: Buffer; bold: Buffer } {
  cached ??= { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
  return cached;
}
