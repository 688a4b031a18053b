// Where the fairs API and its downloads live; ids are escaped once, here.

export function fairPath(id: string): string {
  return `/api/fairs/${encodeURIComponent(id)}`;
}

export function boothPath(fairId: string, boothId: string): string {
  return `${fairPath(fairId)}/booths/${encodeURIComponent(boothId)}`;
}

export function boothListPdfUrl(fairId: string): string {
  return `${fairPath(fairId)}/booth-list.pdf`;
}

export function venueSheetPdfUrl(fairId: string): string {
  return `${fairPath(fairId)}/venue-sheet.pdf`;
}

export function intentsXlsxUrl(fairId: string, organisationId?: string): string {
  const query = organisationId ? `?organisationId=${encodeURIComponent(organisationId)}` : '';
  return `${fairPath(fairId)}/intents.xlsx${query}`;
}

/** What the booth's QR code holds: a seeker's phone camera opens the booth page of the portal. */
export function boothQrUrl(origin: string, qrToken: string): string {
  return `${origin}/fairs/booth/${encodeURIComponent(qrToken)}`;
}
