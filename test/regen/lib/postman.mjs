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

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const postmanPath = (route) => route.replace(/^\//, '').replace(/\{([^}]+)\}/g, ':$1');
const requestFor = (collection, method, route) =>
  itemsOf(collection).map((item) => item.request).find((r) => r.method === method.toUpperCase() && [r.url.path].flat().join('/') === postmanPath(route));

/**
 * { collection, failures, measured }: every operation of the spec is a request of the collection
 * (converted with `options`, examples) with a header value from the spec's example for each header
 * parameter and a raw JSON body where the operation takes one; POST /api/v1/ChatSession's body is the
 * vendor's sample request. Converted with the converter's defaults (values faked from the schemas),
 * the faked Flags value must still match its pattern.
 */
export async function checkPostman(spec, options, { sampleRequest, flagsPattern }) {
  const collection = await convert(spec, options);
  const failures = [];
  const parameter = (p) => (p.$ref ? spec.components.parameters[p.$ref.split('/').pop()] : p);
  for (const [route, item] of Object.entries(spec.paths)) {
    for (const method of METHODS.filter((m) => item[m])) {
      const op = item[method];
      const label = `${method.toUpperCase()} ${route}`;
      const request = requestFor(collection, method, route);
      if (!request) {
        failures.push(`${label}: not in the collection`);
        continue;
      }
      const headers = Object.fromEntries((request.header ?? []).map((h) => [h.key, h.value]));
      for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])].map(parameter).filter((p) => p.in === 'header')) {
        if (headers[p.name] !== p.example) failures.push(`${label}: header ${p.name} ${JSON.stringify(headers[p.name])}, expected the example ${JSON.stringify(p.example)}`);
      }
      if (!op.requestBody) continue;
      if (headers['Content-Type'] !== 'application/json') failures.push(`${label}: Content-Type ${headers['Content-Type']}, expected application/json`);
      const body = request.body ?? {};
      if (body.mode !== 'raw' || body.options?.raw?.language !== 'json') failures.push(`${label}: body mode ${body.mode}/${body.options?.raw?.language}, expected raw/json`);
      try {
        const parsed = JSON.parse(body.raw);
        if (op.operationId === 'PostChatSessionEntity' && !isDeepStrictEqual(parsed, sampleRequest)) failures.push(`${label}: the body is not the vendor sample request`);
      } catch {
        failures.push(`${label}: the body is not JSON: ${String(body.raw).slice(0, 80)}`);
      }
    }
  }
  const request = requestFor(collection, 'post', '/api/v1/ChatSession');
  if (!request) return { collection, failures, measured: {} };
  const faked = JSON.parse(requestFor(await convert(spec, {}), 'post', '/api/v1/ChatSession').body.raw);
  if (!new RegExp(flagsPattern, 'u').test(faked.Flags)) failures.push(`with faked values, Flags ${JSON.stringify(faked.Flags)} does not match its pattern`);
  return {
    collection,
    failures,
    // Printed, not in the README: the faker's value changes on every run.
    fakedFlags: faked.Flags,
    measured: {
      requests: 'one per operation of the spec',
      'POST /api/v1/ChatSession': `${request.method} {{baseUrl}}/${[request.url.path].flat().join('/')}?${(request.url.query ?? []).map((q) => `${q.key}=${q.value}`).join('&')}`,
      body: `raw JSON, the vendor sample request`,
      headers: (request.header ?? []).map((h) => `${h.key}: ${h.value}`).join('; '),
      auth: request.auth?.type ?? collection.auth?.type ?? 'none',
    },
  };
}
