#!/usr/bin/env node
// Builds dist/, what the package ships (`prepare` runs it: npm ci, npm pack, an install from git):
//   <entry>.js     ESM, code split: code shared by entries and modules loaded with import() are
//                  chunks beside them (lazy ones minified), so nothing is shipped twice in one format
//   <entry>.cjs    CommonJS (not for bin entries); a module loaded with import() is its own .cjs
//   <entry>.d.ts / <entry>.d.cts   the declarations, one tree (dist/types/**/*.d.cts) for both
//   browser.min.js the single-file browser build: ESM, minified, openapi-fetch included, no validator
//   <spec>.json    minified copies of generated/'s JSON documents (SPEC_FILES), what the package's
//                  JSON exports and the CLI read; generated/ stays pretty-printed for people and diffs
// Names kept: the main entry and what it loads up front (whitespace and syntax minified, every name as
// in src/). Minified: the rest (lazy modules, the CLI).
// No source maps: they would point at src/, which is not shipped.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import ts from 'typescript';

/**
 * The package's entry points, one line each. `node`: Node only (Node APIs allowed, packages stay
 * external). `bin`: an executable (ESM only, no declarations). package.json `exports` names each
 * non-bin entry's files; scripts/pack-check.mjs checks every export of the packed tarball.
 * `single`: one copy only, CommonJS, which the ES module re-exports (the response validator is mostly
 * its schemas, data that need not ship twice: about 21 kB minified, a second copy would be 2% of the
 * tarball; it is loaded lazily, by Node or a bundler, never by a page as it is).
 */
export const ENTRIES = [
  { name: 'index', source: 'src/index.ts' },
  { name: 'validation', source: 'src/validation.ts', single: true },
  { name: 'cli', source: 'src/cli.ts', node: true, bin: true },
  { name: 'mock', source: 'src/mock.ts', node: true },
];
/** The single-file browser build: this entry, bundled whole. */
export const BROWSER = { entry: 'index', file: 'browser.min.js' };
/**
 * The JSON documents of generated/ that the package ships, each as dist/<name> (minified: the same
 * document, parsed; scripts/pack-check.mjs proves it). The YAML renditions stay in the repository.
 */
export const SPEC_FILES = ['openapi.json', 'openapi-3.0.json', 'chatsession.schema.json'];
/** The main entry: what `import 'superoffice-chatsession'` loads. */
const MAIN = 'index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const sourceOf = (file) => path.join(root, file);
const common = { bundle: true, target: 'es2022', logLevel: 'warning', absWorkingDir: root, legalComments: 'none' };
/** For the files that bundle openapi-fetch: its MIT notice. */
const openapiFetchNotice = () => {
  const dir = path.join(root, 'node_modules/openapi-fetch');
  const { version, license } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const copyright = fs.readFileSync(path.join(dir, 'LICENSE'), 'utf8').match(/^Copyright .*$/m)?.[0] ?? '';
  return `/*! Includes openapi-fetch ${version} (${license} License, ${copyright}) */`;
};

/** Keeps import() and imports of other entries as imports of their sibling output file. */
const siblings = (outputs, extension) => ({
  name: 'siblings',
  setup(build) {
    build.onResolve({ filter: /^\./ }, async (args) => {
      if (args.kind === 'entry-point' || args.pluginData?.siblings) return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { siblings: true } });
      const name = outputs.get(resolved.path);
      return name === undefined ? undefined : { path: `./${name}${extension}`, external: true };
    });
  },
});

async function build() {
  fs.rmSync(dist, { recursive: true, force: true });
  const single = new Map(ENTRIES.filter((e) => e.single).map((e) => [sourceOf(e.source), e.name]));

  // ESM: one build, code split: code shared by entries is a chunk beside them, a module loaded with
  // import() is its own chunk. A `single` entry stays outside (imported from its own file).
  const esm = await esbuild.build({
    ...common,
    entryPoints: Object.fromEntries(ENTRIES.filter((e) => !e.single).map((e) => [e.name, e.source])),
    format: 'esm',
    platform: 'neutral',
    splitting: true,
    outdir: 'dist',
    // Flat: a module's `new URL('../generated/…', import.meta.url)` means the same from every file.
    chunkNames: '[name]-[hash]',
    packages: 'external',
    external: ['node:*'],
    metafile: true,
    plugins: [siblings(single, '.js')],
  });
  const outputs = esm.metafile.outputs;
  // Modules loaded with import(): CommonJS gets each as a file of its own (no code splitting there).
  const lazy = new Map(single);
  for (const output of Object.values(outputs)) {
    for (const imported of output.imports) {
      const target = outputs[imported.path];
      if (imported.kind === 'dynamic-import' && target?.entryPoint) lazy.set(sourceOf(target.entryPoint), path.basename(target.entryPoint).replace(/\.ts$/, ''));
    }
  }

  // CommonJS. openapi-fetch is bundled into the library: esbuild's Node-mode interop (this package is
  // "type": "module") would otherwise take openapi-fetch's whole exports object for its default export.
  const cjs = new Map([...ENTRIES.filter((e) => !e.bin).map((e) => [sourceOf(e.source), e.name]), ...lazy]);
  await Promise.all(
    [...cjs].map(([source, name]) => {
      const node = ENTRIES.some((e) => e.node && sourceOf(e.source) === source);
      return esbuild.build({
        ...common,
        entryPoints: { [name]: source },
        format: 'cjs',
        platform: node ? 'node' : 'neutral',
        mainFields: ['module', 'main'],
        // import.meta.url (e.g. to find generated/openapi.json) in a Node-only entry's CommonJS file.
        ...(node
          ? { packages: 'external', define: { 'import.meta.url': '__importMetaUrl' }, banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" } }
          : { banner: { js: openapiFetchNotice() } }),
        outdir: 'dist',
        outExtension: { '.js': '.cjs' },
        plugins: [siblings(new Map([...cjs].filter(([s]) => s !== source)), '.cjs')],
      });
    }),
  );
  // A `single` entry's ES module is its CommonJS file, re-exported (Node and bundlers import CommonJS).
  for (const name of single.values()) {
    const names = Object.keys((await import(pathToFileURL(path.join(dist, `${name}.cjs`)).href)).default);
    fs.writeFileSync(path.join(dist, `${name}.js`), `import m from './${name}.cjs';\n${names.map((n) => `export const ${n} = m.${n};\n`).join('')}`);
  }

  // Names kept: what `import 'superoffice-chatsession'` loads up front (a stack trace into it names the
  // functions of src/), without the whitespace and comments (about a quarter of its bytes; the
  // tarball's budget). Minified: the rest (lazy modules, the CLI).
  const readable = new Set();
  const visit = (file) => {
    if (readable.has(file)) return;
    readable.add(file);
    for (const imported of outputs[file]?.imports ?? []) if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
  };
  visit(`dist/${MAIN}.js`);
  const minify = [
    ...Object.keys(outputs).filter((f) => !readable.has(f)).map((f) => [path.join(root, f), 'esm']),
    ...[...cjs.values()].filter((n) => n !== MAIN).map((n) => [path.join(dist, `${n}.cjs`), 'cjs']),
  ];
  const namesKept = [...[...readable].map((f) => [path.join(root, f), 'esm']), [path.join(dist, `${MAIN}.cjs`), 'cjs']];
  await Promise.all(
    [
      ...minify.map((f) => [...f, { minify: true, legalComments: 'none' }]),
      // legalComments inline: the openapi-fetch notice (the banner of index.cjs, which bundles it) stays.
      ...namesKept.map((f) => [...f, { minifyWhitespace: true, minifySyntax: true, legalComments: 'inline' }]),
    ].map(async ([file, format, how]) => {
      const { code } = await esbuild.transform(fs.readFileSync(file, 'utf8'), { ...how, format, target: 'es2022' });
      fs.writeFileSync(file, code);
    }),
  );
  for (const e of ENTRIES.filter((e) => e.bin)) {
    const file = path.join(dist, `${e.name}.js`);
    fs.writeFileSync(file, `#!/usr/bin/env node\n${fs.readFileSync(file, 'utf8').replace(/^#!.*\n/, '')}`);
    fs.chmodSync(file, 0o755);
  }

  specFiles();
  await browserBuild();
  declarations(ENTRIES.filter((e) => !e.bin));
  const shipped = fs.readdirSync(dist).filter((f) => f !== 'types');
  // Quiet on stdout: `npm start` prints the created entity there, and nothing else.
  console.error(`built dist/: ${shipped.join(' ')} types/`);
}

/**
 * dist/<name>.json for each of SPEC_FILES, minified. A built file that reads one of them at run time
 * (`new URL('../generated/<name>.json', import.meta.url)` in src/, written for the repository's
 * layout) is pointed at its copy beside it in dist/; any other reference to generated/ left in a
 * built file fails the build (generated/ is not shipped).
 */
function specFiles() {
  for (const name of SPEC_FILES) {
    const text = fs.readFileSync(path.join(root, 'generated', name), 'utf8');
    fs.writeFileSync(path.join(dist, name), JSON.stringify(JSON.parse(text)));
  }
  for (const file of fs.readdirSync(dist).filter((f) => /\.c?js$/.test(f))) {
    const full = path.join(dist, file);
    const code = fs.readFileSync(full, 'utf8');
    const rewritten = code.replace(/(new URL\(\s*["'])\.\.\/generated\/([^"'/]+\.json)(["'])/g, (all, before, name, after) => (SPEC_FILES.includes(name) ? `${before}./${name}${after}` : all));
    const left = rewritten.match(/["'][^"']*\/generated\/[^"']*["']/);
    if (left) throw new Error(`dist/${file} refers to ${left[0]}, which the package does not ship`);
    if (rewritten !== code) fs.writeFileSync(full, rewritten);
  }
}

/**
 * dist/browser.min.js: for a page that loads one file with <script type="module">. The validator is
 * left out (about 5 kB gzip that most pages would never run); `validateResponses: true` is refused with a
 * ChatSessionUsageError before anything is sent. Platform "browser": a Node API fails the build.
 */
async function browserBuild() {
  const entry = ENTRIES.find((e) => e.name === BROWSER.entry);
  const others = new Set(ENTRIES.filter((e) => e !== entry).map((e) => sourceOf(e.source)));
  const main = JSON.stringify(sourceOf(entry.source));
  const wrapper = `
    import { createChatSessionClient as create, ChatSessionUsageError } from ${main};
    export * from ${main};
    export function createChatSessionClient(options) {
      if (options !== null && typeof options === 'object' && options.validateResponses) {
        throw new ChatSessionUsageError('validateResponses is not available in the single-file browser build (${BROWSER.file}); import the package through a bundler to validate responses.');
      }
      return create(options);
    }`;
  await esbuild.build({
    ...common,
    stdin: { contents: wrapper, resolveDir: root, sourcefile: 'browser-entry.js', loader: 'js' },
    format: 'esm',
    platform: 'browser',
    minify: true,
    banner: { js: openapiFetchNotice() },
    outfile: path.join('dist', BROWSER.file),
    plugins: [
      {
        name: 'no-other-entries',
        setup(build) {
          build.onResolve({ filter: /^\./ }, async (args) => {
            if (args.pluginData?.checked) return undefined;
            const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { checked: true } });
            return others.has(resolved.path) ? { path: resolved.path, namespace: 'left-out' } : undefined;
          });
          build.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({
            contents: `throw new Error(${JSON.stringify(`${path.relative(root, args.path)} is not part of ${BROWSER.file}`)});`,
            loader: 'js',
          }));
        },
      },
    ],
  });
}

/**
 * One declaration tree, dist/types/**\/*.d.cts, CommonJS-flavoured so that both an ES module and a
 * CommonJS consumer may import it (TypeScript lets ESM import CommonJS, not the reverse); each entry
 * gets dist/<entry>.d.ts (import) and dist/<entry>.d.cts (require) re-exporting its part of it.
 */
function declarations(entries) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chatsession-types-'));
  try {
    const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.lib.json'), { declarationDir: tmp }, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    const emit = (fileNames, options) => {
      const program = ts.createProgram(fileNames, options);
      const result = program.emit(undefined, undefined, undefined, true);
      const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
      if (diagnostics.length > 0) {
        const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
        throw new Error(`declarations:\n${ts.formatDiagnostics(diagnostics, host)}`);
      }
    };
    // Browser-safe entries compile without Node's types (a Node API in them fails here).
    emit(config.fileNames, config.options);
    const nodeSources = entries.filter((e) => e.node).map((e) => sourceOf(e.source));
    if (nodeSources.length > 0) emit(nodeSources, { ...config.options, types: ['node'] });
    fs.mkdirSync(path.join(tmp, 'generated'), { recursive: true });
    fs.copyFileSync(path.join(root, 'generated/schema.d.ts'), path.join(tmp, 'generated/schema.d.ts'));

    const asCts = (from, to) => {
      for (const item of fs.readdirSync(from, { withFileTypes: true })) {
        const source = path.join(from, item.name);
        if (item.isDirectory()) asCts(source, path.join(to, item.name));
        else if (item.name.endsWith('.d.ts')) {
          fs.mkdirSync(to, { recursive: true });
          // Indented with tabs, one per level: four spaces a level were a quarter of schema.d.ts's bytes
          // (the tarball's budget), and an editor shows a tab at the width its user chose.
          const text = fs
            .readFileSync(source, 'utf8')
            .replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\.js\2/g, '$1$2$3.cjs$2')
            .replace(/^(?: {4})+/gm, (indent) => '\t'.repeat(indent.length / 4));
          fs.writeFileSync(path.join(to, item.name.replace(/\.d\.ts$/, '.d.cts')), text);
        }
      }
    };
    asCts(tmp, path.join(dist, 'types'));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  for (const e of entries) {
    const target = `./types/${e.source.replace(/\.ts$/, '.cjs')}`;
    const tree = fs.readFileSync(path.join(dist, 'types', e.source.replace(/\.ts$/, '.d.cts')), 'utf8');
    const text = `export * from '${target}';\n${/^export default /m.test(tree) ? `export { default } from '${target}';\n` : ''}`;
    fs.writeFileSync(path.join(dist, `${e.name}.d.ts`), text);
    fs.writeFileSync(path.join(dist, `${e.name}.d.cts`), text);
  }
  // tsc declares every module of src/; only those an entry's declarations import are kept.
  const kept = new Set();
  const keep = (file) => {
    if (kept.has(file) || !fs.existsSync(file)) return;
    kept.add(file);
    for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)\.cjs['"]/g)) keep(path.join(path.dirname(file), `${spec}.d.cts`));
  };
  entries.forEach((e) => keep(path.join(dist, `${e.name}.d.cts`)));
  const prune = (dir) => {
    for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, item.name);
      if (item.isDirectory()) {
        prune(full);
        if (fs.readdirSync(full).length === 0) fs.rmdirSync(full);
      } else if (!kept.has(full)) fs.rmSync(full);
    }
  };
  prune(path.join(dist, 'types'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await build();
