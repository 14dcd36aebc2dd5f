/** The message of anything thrown. Duck-typed, because errors from another realm fail `instanceof Error`. */
export function messageOf(thrown: unknown): string {
  if (typeof thrown === 'object' && thrown !== null && typeof (thrown as { message?: unknown }).message === 'string') {
    return (thrown as { message: string }).message;
  }
  return String(thrown);
}
