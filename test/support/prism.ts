/** The URL of the Prism mock started by global-setup.ts. */
export function prismUrl(): string {
  const url = process.env.PRISM_URL;
  if (!url) throw new Error('PRISM_URL is not set: run the tests through jest (global setup starts Prism).');
  return url;
}
