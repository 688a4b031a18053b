/** Content-Disposition for a download: an ASCII file name for old clients and the real (Chinese) one. */
export function contentDisposition(asciiName: string, name: string, kind: 'attachment' | 'inline' = 'attachment'): string {
  return `${kind}; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
