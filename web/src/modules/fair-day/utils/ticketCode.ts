import { TICKET_ALPHABET, TICKET_CODE_LENGTH } from '../../../../../src/modules/fairs/fairs.codes';

const CODE_PATTERN = new RegExp(`^[${TICKET_ALPHABET}]{${TICKET_CODE_LENGTH}}$`);

/**
 * The 8-character code from what a scanner read or a person typed ("ab2c-d3ef", spaces, or the
 * ticket page URL ending in /t/<code>), as the server normalises it; null when it is not a code.
 */
export function normaliseTicketCode(input: string): string | null {
  let text = input.trim();
  const fromUrl = /\/t\/([^/?#]+)\/?(?:[?#].*)?$/i.exec(text);
  if (fromUrl) text = fromUrl[1] ?? '';
  const code = text.replace(/[\s-]+/g, '').toUpperCase();
  return CODE_PATTERN.test(code) ? code : null;
}

/** "AB2CD3EF" → "AB2C-D3EF", as printed on the ticket. */
export function formatTicketCode(code: string): string {
  const half = TICKET_CODE_LENGTH / 2;
  return code.length > half ? `${code.slice(0, half)}-${code.slice(half)}` : code;
}

/** What a person is typing, shown as XXXX-XXXX while they type (letters upper-cased, junk dropped). */
export function formatTypedCode(input: string): string {
  const chars = input.toUpperCase().replace(/[^0-9A-Z]/g, '').slice(0, TICKET_CODE_LENGTH);
  return formatTicketCode(chars);
}
