/** Server text as it is put into a message: at most `max` characters (a header may be kilobytes long). */
export function clip(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
