// Makes Prism start faster: see deferFaker. Node only.
import { createRequire, Module } from 'node:module';

/**
 * Prism's mock generator requires @faker-js/faker when it loads and hands faker's instance to
 * json-schema-faker, yet faker is only used when data is generated from a schema (dynamic mode,
 * or a response type without an example). Loading it takes more than a second (every locale),
 * most of Prism's start-up. So, unless the mock is dynamic, this puts a stand-in for the module in
 * Node's cache whose `faker`/`default` instance loads the real faker on first use. Anything else
 * read from the module loads it at once. `base` is a file path to resolve Prism from.
 */
export function deferFaker(base: string): void {
  try {
    const fromPrism = createRequire(createRequire(base).resolve('@stoplight/prism-http'));
    const file = fromPrism.resolve('@faker-js/faker');
    const cache = fromPrism.cache;
    if (cache[file]) return;
    let real: Record<PropertyKey, unknown> | undefined;
    const load = () => {
      if (!real) {
        delete cache[file]; // the real module takes the stand-in's place for every later require
        real = fromPrism(file) as Record<PropertyKey, unknown>;
      }
      return real;
    };
    const lazyInstance = new Proxy({}, { get: (_target, key) => (load().faker as Record<PropertyKey, unknown>)[key], has: (_target, key) => key in (load().faker as object) });
    const stub = new Module(file);
    stub.filename = file;
    stub.loaded = true;
    stub.exports = new Proxy(
      {},
      {
        get: (_target, key) => (key === '__esModule' ? true : key === 'default' || key === 'faker' ? (real ? real[key] : lazyInstance) : load()[key]),
        has: (_target, key) => key in load(),
      },
    );
    cache[file] = stub;
  } catch {
    // Not resolvable from here: Prism loads faker itself, as usual.
  }
}
