/** Base64 of the UTF-8 bytes of `text` (RFC 7617 Basic credentials), with no Node Buffer. */
export function utf8ToBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
