// Converts the spec to a Postman collection with openapi-to-postmanv2 and checks the request a
// Postman user would send: POST /api/v1/ChatSession with a JSON body and real header examples.
import { isDeepStrictEqual } from 'node:util';
import Converter from 'openapi-to-postmanv2';

const convert = (spec, options) =>
  new Promise((resolve, reject) =>
    Converter.convertV2({ type: 'json', data: structuredClone(spec) }, options, (error, result) => {
      if (error) reject(error);
      else if (!result.result) reject(new Error(result.reason));
      else resolve(result.output[0].data);
    }),
  );

const itemsOf = (node) => (node.item ?? []).flatMap((item) => (item.request ? [item] : itemsOf(item)));

const chatSessionPost = (collection) =>
  itemsOf(collection).map((item) => item.request).find((r) => r.method === 'POST' && [r.url.path].flat().join('/') === 'api/v1/ChatSession');

/**
 * { collection, failures, measured } for the spec and its POST /api/v1/ChatSession operation, with
 * `options` (examples) and with the converter's defaults (values faked from the schemas, where the
 * Flags value must still match its pattern).
 */
export async function checkPostman(spec, options, { sampleRequest, headerExamples, flagsPattern }) {
  const collection = await convert(spec, options);
  const failures = [];
  const request = chatSessionPost(collection);
  if (!request) return { collection, failures: ['no POST api/v1/ChatSession request in the collection'], measured: {} };
  const faked = JSON.parse(chatSessionPost(await convert(spec, {})).body.raw);
  if (!new RegExp(flagsPattern, 'u').test(faked.Flags)) failures.push(`with faked values, Flags ${JSON.stringify(faked.Flags)} does not match its pattern`);
  const headers = Object.fromEntries((request.header ?? []).map((h) => [h.key, h.value]));
  const body = request.body ?? {};
  let parsed;
  try {
    parsed = JSON.parse(body.raw);
  } catch {
    failures.push(`the body is not JSON: ${String(body.raw).slice(0, 80)}`);
  }
  if (body.mode !== 'raw' || body.options?.raw?.language !== 'json') failures.push(`body mode ${body.mode}/${body.options?.raw?.language}, expected raw/json`);
  if (headers['Content-Type'] !== 'application/json') failures.push(`Content-Type ${headers['Content-Type']}, expected application/json`);
  if (parsed !== undefined && !isDeepStrictEqual(parsed, sampleRequest)) failures.push('the body is not the vendor sample request');
  for (const [name, example] of Object.entries(headerExamples)) {
    if (headers[name] !== example) failures.push(`header ${name}: ${JSON.stringify(headers[name])}, expected the example ${JSON.stringify(example)}`);
  }
  const query = Object.fromEntries((request.url.query ?? []).map((q) => [q.key, q.value]));
  return {
    collection,
    failures,
    measured: {
      request: `${request.method} {{baseUrl}}/${[request.url.path].flat().join('/')}`,
      'Content-Type': headers['Content-Type'],
      body: parsed !== undefined && isDeepStrictEqual(parsed, sampleRequest) ? 'the vendor sample request (raw JSON)' : String(body.mode),
      headers: Object.keys(headerExamples).map((name) => `${name}: ${headers[name]}`).join('; '),
      query: Object.entries(query).map(([k, v]) => `${k}=${v}`).join('&'),
      auth: request.auth?.type ?? collection.auth?.type ?? 'none',
      'faked Flags (default options)': JSON.stringify(faked.Flags),
    },
  };
}
