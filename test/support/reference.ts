// Reads the vendor's reference page (the copy in openapi/source/) at test time.
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const SOURCE_DIR = path.join(ROOT, 'openapi/source');
export const SHARED_REFERENCE_DIR = path.resolve(ROOT, '../shared/reference');

export const readSource = (relative: string): string => fs.readFileSync(path.join(SOURCE_DIR, relative), 'utf8');

/** The page writes apostrophes as `&amp;apos;` (double-escaped) and the carrier files as `&apos;`. */
export const unescapeHtml = (text: string): string => text.replaceAll('&amp;apos;', "'").replaceAll('&apos;', "'");

/** The text of a `## Heading` (or `### Heading`) section, up to the next heading of any level. */
export function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^#{1,6} /.test(line) && line.replace(/^#+ /, '').trim().startsWith(heading));
  if (start === -1) throw new Error(`no section "${heading}"`);
  const end = lines.findIndex((line, i) => i > start && /^#{1,6} /.test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

/** The rows of the first Markdown table in `text`, as objects keyed by the header cells. */
export function table(text: string): Record<string, string>[] {
  const rows = text.split('\n').filter((line) => line.trim().startsWith('|'));
  const cells = (line: string) => line.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim());
  const [header, separator, ...body] = rows;
  if (!header || !separator || !/^[\s|:-]+$/.test(separator)) throw new Error('no table');
  const names = cells(header);
  return body.map((line) => Object.fromEntries(cells(line).map((cell, i) => [names[i] ?? String(i), cell])));
}

/** The JSON body of a fenced sample (after its HTTP head) in a section. */
export function sampleBody(markdown: string, heading: string): unknown {
  const text = section(markdown, heading);
  const fence = /```[^\n]*\n([\s\S]*?)(?:```|$)/.exec(text);
  if (!fence?.[1]) throw new Error(`no sample in "${heading}"`);
  const json = fence[1].slice(fence[1].indexOf('\n{') + 1);
  return JSON.parse(json);
}

/** The HTTP head lines (request or status line, then headers) of a fenced sample. */
export function sampleHead(markdown: string, heading: string): string[] {
  const text = section(markdown, heading);
  const fence = /```[^\n]*\n([\s\S]*?)\n\n/.exec(text);
  if (!fence?.[1]) throw new Error(`no sample head in "${heading}"`);
  return fence[1].split('\n');
}

/** Values written as `code` in a Markdown cell, e.g. the content types of the Content-Type row. */
export const codeSpans = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
