import { describe, expect, it } from 'vitest';
import { TICKET_ALPHABET } from './fairs.codes';
import { formatTicketCode, generateTicketCode, normaliseTicketCode, ticketQrContent } from './ticket-code';

describe('ticket codes', () => {
  it('generates 8 characters from the unambiguous alphabet', () => {
    const codes = new Set<string>();
    for (let i = 0; i < 500; i += 1) {
      const code = generateTicketCode();
      expect(code).toHaveLength(8);
      for (const ch of code) expect(TICKET_ALPHABET).toContain(ch);
      codes.add(code);
    }
    expect(codes.size).toBe(500);
  });

  it('normalises typed and scanned input', () => {
    expect(normaliseTicketCode('ab2c-d3ef')).toBe('AB2CD3EF');
    expect(normaliseTicketCode(' AB2C D3EF ')).toBe('AB2CD3EF');
    expect(normaliseTicketCode('AB2CD3EF')).toBe('AB2CD3EF');
    expect(normaliseTicketCode('https://qiao.example.cn/t/AB2CD3EF')).toBe('AB2CD3EF');
    expect(normaliseTicketCode('https://qiao.example.cn/t/ab2c-d3ef/?from=qr')).toBe('AB2CD3EF');
  });

  it('refuses what is not a ticket code', () => {
    expect(normaliseTicketCode('')).toBeNull();
    expect(normaliseTicketCode('AB2CD3E')).toBeNull();
    expect(normaliseTicketCode('AB2CD3EFG')).toBeNull();
    expect(normaliseTicketCode('AB0CD3EF')).toBeNull();
    expect(normaliseTicketCode('AB1CD3EI')).toBeNull();
    expect(normaliseTicketCode('https://qiao.example.cn/x/AB2CD3EF')).toBeNull();
  });

  it('formats and builds the QR content', () => {
    expect(formatTicketCode('AB2CD3EF')).toBe('AB2C-D3EF');
    expect(ticketQrContent('https://qiao.example.cn/', 'AB2CD3EF')).toBe('https://qiao.example.cn/t/AB2CD3EF');
  });
});
