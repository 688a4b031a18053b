import { TICKET_CODE_LENGTH } from '../../../../../src/modules/fairs/fairs.codes';
import { formatTicketCode } from '../../../../../src/modules/fairs/ticket-code';

export { formatTicketCode, normaliseTicketCode } from '../../../../../src/modules/fairs/ticket-code';

/** What a person is typing, shown as XXXX-XXXX while they type (letters upper-cased, junk dropped). */
export function formatTypedCode(input: string): string {
  const chars = input.toUpperCase().replace(/[^0-9A-Z]/g, '').slice(0, TICKET_CODE_LENGTH);
  return formatTicketCode(chars);
}
