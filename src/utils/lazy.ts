/**
 * A module loaded on first use, shared by every later use. From the CommonJS build, import() of a
 * .cjs file gives its exports as `default`; `name` (an export the module has) tells which form came.
 */
export function lazy<T extends object>(load: () => Promise<T>, name: keyof T): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load().then((m) => (name in m ? m : (m as unknown as { default: T }).default)));
}
