// Parses the vendor's reference pages (the copies in openapi/source/pages/) into the facts the spec
// must transcribe. Used at test time, so a changed page changes what the tests expect.
import fs from 'node:fs';
import path from 'node:path';
import { section, SOURCE_DIR, table, unescapeHtml } from './reference';

export const PAGES_DIR = path.join(SOURCE_DIR, 'pages');

export interface PageParameter {
  name: string;
  type: string;
  description: string;
}
export interface PagePathParameter extends PageParameter {
  required: boolean;
}
export interface PageProperty {
  name: string;
  type: string;
  description: string;
}
export interface PageSample {
  /** The request line or status line. */
  startLine: string;
  headers: Record<string, string>;
  /** The JSON body; `undefined` when the sample has none. */
  body: unknown;
}
export interface Page {
  file: string;
  uid: string;
  method: string;
  path: string;
  summary: string;
  /** The non-empty lines of the description under the summary, verbatim. */
  descriptionLines: string[];
  pathParameters: PagePathParameter[];
  queryParameters: PageParameter[];
  /** The value each query parameter has in the page's example URLs, verbatim. */
  queryExamples: Record<string, string>;
  headers: { name: string; description: string }[];
  requestBody?: { name: string; typeWord: string; description: string; properties: PageProperty[] };
  /** What follows "## Response:" in its heading (`array`, `string` or empty). */
  responseKind: string;
  responseDescription: string;
  statuses: { status: string; description: string }[];
  responseBody: { type: string; properties: PageProperty[] };
  sampleRequest: PageSample;
  sampleResponse: PageSample;
}

const tableAfter = (markdown: string, marker: string): Record<string, string>[] => {
  const at = markdown.indexOf(marker);
  if (at === -1) return [];
  const lines = markdown.slice(at).split('\n');
  const end = lines.findIndex((line) => !line.trim().startsWith('|'));
  return table(lines.slice(0, end === -1 ? undefined : end).join('\n'));
};

const properties = (text: string): PageProperty[] =>
  text.includes('| Property Name')
    ? table(text.slice(text.indexOf('| Property Name'))).map((r) => ({ name: r['Property Name']!, type: r.Type!, description: unescapeHtml(r.Description ?? '') }))
    : [];

function sample(markdown: string, heading: string): PageSample {
  const text = section(markdown, heading);
  const fence = /```[^\n]*\n([\s\S]*?)\n```/.exec(text);
  if (!fence?.[1]) throw new Error(`no sample in "${heading}"`);
  const [head, ...rest] = fence[1].split('\n\n');
  const [startLine, ...headerLines] = head!.split('\n');
  const headers = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
  const bodyText = rest.join('\n\n').trim();
  return { startLine: startLine!, headers, body: bodyText ? JSON.parse(bodyText) : undefined };
}

export function parsePage(file: string, markdown: string): Page {
  const uid = /^uid: (\S+)$/m.exec(markdown)![1]!;
  const requestLine = /```http\n(\w+) (\S+)\n```/.exec(markdown)!;
  const afterRequestLine = markdown.slice(requestLine.index + requestLine[0].length);
  const introEnd = afterRequestLine.search(/^(\| Path Part|## Query String Parameters|## Request Headers)/m);
  const [summary, ...descriptionLines] = afterRequestLine.slice(0, introEnd).split('\n').map((line) => line.trimEnd()).filter((line) => line.trim());

  const query = markdown.includes('## Query String Parameters') ? section(markdown, 'Query String Parameters') : '';
  const queryExamples = Object.fromEntries([...query.matchAll(/^[A-Z]+ \S+?\?([^=\s]+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!]));
  const requestBodyHeading = /^## Request Body: (\w+) ?(\w*)\s*$/m.exec(markdown);
  const requestBodyText = requestBodyHeading ? section(markdown, 'Request Body') : '';
  const responseHeading = /^## Response:(.*)$/m.exec(markdown)!;
  const responseText = section(markdown, `Response:${responseHeading[1]}`);
  const responseBodyHeading = /^### Response body: (\w+)/m.exec(markdown)!;

  return {
    file,
    uid,
    method: requestLine[1]!,
    path: requestLine[2]!,
    summary: summary!,
    descriptionLines,
    pathParameters: tableAfter(markdown, '| Path Part').map((r) => ({
      name: r['Path Part']!,
      type: r.Type!,
      description: r.Description!.replace(/\s*\*\*Required\*\*$/, ''),
      required: r.Description!.endsWith('**Required**'),
    })),
    queryParameters: query ? table(query).map((r) => ({ name: r['Parameter Name']!, type: r.Type!, description: r.Description! })) : [],
    queryExamples,
    headers: table(section(markdown, 'Request Headers')).map((r) => ({ name: r['Parameter Name']!, description: r.Description! })),
    requestBody: requestBodyHeading
      ? {
          name: requestBodyHeading[1]!,
          typeWord: requestBodyHeading[2] ?? '',
          description: requestBodyText.split('\n').find((line) => line.trim() && !line.startsWith('|'))!.trim(),
          properties: properties(requestBodyText),
        }
      : undefined,
    responseKind: responseHeading[1]!.trim(),
    responseDescription: responseText.split('\n').find((line) => line.trim() && !line.startsWith('|'))!.trim(),
    statuses: table(responseText).map((r) => ({ status: r.Response!, description: r.Description! })),
    responseBody: { type: responseBodyHeading[1]!, properties: properties(section(markdown, `Response body: ${responseBodyHeading[1]}`)) },
    sampleRequest: sample(markdown, 'Sample request'),
    sampleResponse: sample(markdown, 'Sample response'),
  };
}

/** The page files of openapi/source/pages/ (README.md excluded). */
export const pageFiles = (): string[] => fs.readdirSync(PAGES_DIR).filter((f) => /^v1\w+\.md$/.test(f)).sort();

/** Every page, parsed. */
export const pages = (): Page[] => pageFiles().map((file) => parsePage(file, fs.readFileSync(path.join(PAGES_DIR, file), 'utf8')));

/** The `code` spans of a Content-Type or Accept header row (empty when the page lists none). */
export const mediaTypesOf = (description: string): string[] => [...description.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
