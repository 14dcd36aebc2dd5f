export default async function globalTeardown(): Promise<void> {
  await globalThis.__PRISM__?.close();
  globalThis.__PRISM__ = undefined;
}
