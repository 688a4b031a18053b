// Ticket codes: what a fair ticket's QR code holds and what staff type when a camera fails.
// Web Crypto only, so the check-in pages read and print codes with these same functions.
import { TICKET_ALPHABET, TICKET_CODE_LENGTH } from './fairs.codes';

const CODE_PATTERN = new RegExp(`^[${TICKET_ALPHABET}]{${TICKET_CODE_LENGTH}}$`);

/** A random code; the alphabet has 32 letters, so five bits of each byte pick one without bias. */
export function generateTicketCode(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(TICKET_CODE_LENGTH));
  let code = '';
  for (const byte of bytes) code += TICKET_ALPHABET[byte & 31];
  return code;
}

/**
 * The 8-character code from what a scanner read or a person typed: "ab2c-d3ef", spaces, lower
 * case, or the ticket page URL ending in /t/<code>. Null when it is not a ticket code.
 */
export function normaliseTicketCode(input: string): string | null {
  let text = input.trim();
  const fromUrl = /\/t\/([^/?#]+)\/?(?:[?#].*)?$/i.exec(text);
  if (fromUrl) text = decodeURIComponentSafe(fromUrl[1] ?? '');
  const code = text.replace(/[\s-]+/g, '').toUpperCase();
  return CODE_PATTERN.test(code) ? code : null;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** "AB2CD3EF" → "AB2C-D3EF", as printed on the ticket; a code still being typed stays as it is up to half. */
export function formatTicketCode(code: string): string {
  const half = TICKET_CODE_LENGTH / 2;
  return code.length > half ? `${code.slice(0, half)}-${code.slice(half)}` : code;
}

/** What the ticket's QR code holds: the public ticket page, so a phone camera opens it. */
export function ticketQrContent(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}/t/${code}`;
}
