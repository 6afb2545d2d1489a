/** « 45 octets », « 12,3 Ko », « 2,1 Mo »: a size as people read it; under 1 Ko, in bytes (never « 1 Ko » for 45 bytes). */
export function formatFileSize(bytes: number): string {
  const oneDecimal = (n: number) => n.toFixed(1).replace('.', ',').replace(/,0$/, '');
  if (bytes < 1024) return `${bytes} octet${bytes > 1 ? 's' : ''}`;
  if (bytes < 1024 * 1024) return `${oneDecimal(bytes / 1024)} Ko`;
  return `${oneDecimal(bytes / 1024 / 1024)} Mo`;
}
