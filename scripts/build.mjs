#!/usr/bin/env node
// Builds dist/: the library as ESM (index.js) and CommonJS (index.cjs), the validation entry point
// (validation.js / validation.cjs, loaded only when validateResponses is on), the Node-only mock
// subpath (mock.js / mock.cjs), the CLI (cli.js), and
// the .d.ts files (dist/types).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
fs.rmSync(dist, { recursive: true, force: true });

/**
 * Keeps client.ts's lazy `import('./validation.js')` and `import('./select-query.js')` run-time
 * imports of the sibling files in the given format, so neither is in the main bundle.
 */
const LAZY = /^\.\/(validation|select-query)\.js$/;
const validationAsSibling = (extension) => ({
  name: 'lazy-modules-as-siblings',
  setup(build) {
    build.onResolve({ filter: LAZY }, (args) =>
      args.importer.endsWith(path.join('src', 'client.ts')) ? { path: `./${LAZY.exec(args.path)[1]}${extension}`, external: true } : undefined,
    );
  },
});

const common = { bundle: true, sourcemap: true, target: 'es2022', logLevel: 'warning', absWorkingDir: root };
const library = { ...common, platform: 'neutral', external: ['openapi-fetch'], mainFields: ['module', 'main'] };

await Promise.all([
  esbuild.build({ ...library, entryPoints: { index: 'src/index.ts', validation: 'src/validation.ts', 'select-query': 'src/select-query.ts' }, format: 'esm', outdir: 'dist', outExtension: { '.js': '.js' }, plugins: [validationAsSibling('.js')] }),
  // The CommonJS build bundles openapi-fetch: esbuild's Node-mode interop (this package is
  // "type": "module") would otherwise take openapi-fetch's whole exports object for its default export.
  esbuild.build({ ...library, external: [], entryPoints: { index: 'src/index.ts', validation: 'src/validation.ts', 'select-query': 'src/select-query.ts' }, format: 'cjs', outdir: 'dist', outExtension: { '.js': '.cjs' }, plugins: [validationAsSibling('.cjs')] }),
  esbuild.build({
    ...common,
    entryPoints: { cli: 'src/cli.ts' },
    format: 'esm',
    platform: 'node',
    outdir: 'dist',
    packages: 'external',
    plugins: [validationAsSibling('.js')],
    banner: { js: '#!/usr/bin/env node' },
  }),
  // The Node-only /mock subpath, ESM and CommonJS (import.meta.url, to find generated/openapi.json,
  // defined from __filename in the CommonJS file).
  ...['esm', 'cjs'].map((format) =>
    esbuild.build({
      ...common,
      entryPoints: { mock: 'src/mock.ts' },
      format,
      platform: 'node',
      outdir: 'dist',
      outExtension: { '.js': format === 'esm' ? '.js' : '.cjs' },
      packages: 'external',
      ...(format === 'cjs' ? { define: { 'import.meta.url': '__importMetaUrl' }, banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" } } : {}),
    }),
  ),
]);
fs.chmodSync(path.join(dist, 'cli.js'), 0o755);

// Declarations: tsc emits dist/types/src/*.d.ts (and generated/*.d.ts for generated .ts files);
// generated/schema.d.ts is a declaration file already, so it is copied beside them.
execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.lib.json'], { cwd: root, stdio: 'inherit' });
// The Node-only /mock subpath is declared with Node's types (tsconfig.lib.json has none).
const nodeEntryFlags = ['--declaration', '--emitDeclarationOnly', '--types', 'node', '--rootDir', '.', '--declarationDir', 'dist/types', '--target', 'ES2022', '--module', 'ESNext', '--moduleResolution', 'Bundler', '--strict', '--skipLibCheck', '--resolveJsonModule'];
execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), ...nodeEntryFlags, 'src/mock.ts'], { cwd: root, stdio: 'inherit' });
fs.copyFileSync(path.join(root, 'generated/schema.d.ts'), path.join(dist, 'types/generated/schema.d.ts'));

// The same declarations as .d.cts for `require` (TypeScript takes .d.ts in a "type": "module"
// package for ES modules, which a CommonJS consumer may not require), relative imports pointing at .cjs.
const copyAsCts = (from, to) => {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    if (entry.isDirectory()) {
      fs.mkdirSync(path.join(to, entry.name), { recursive: true });
      copyAsCts(source, path.join(to, entry.name));
    } else if (entry.name.endsWith('.d.ts')) {
      const text = fs.readFileSync(source, 'utf8').replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\.js\2/g, '$1$2$3.cjs$2');
      fs.writeFileSync(path.join(to, entry.name.replace(/\.d\.ts$/, '.d.cts')), text);
    }
  }
};
fs.mkdirSync(path.join(dist, 'types-cjs'), { recursive: true });
copyAsCts(path.join(dist, 'types'), path.join(dist, 'types-cjs'));
// Quiet on stdout: `npm start` prints the created entity there, and nothing else.
console.error('built dist/: index.js index.cjs validation.js validation.cjs select-query.js select-query.cjs mock.js mock.cjs cli.js types/ types-cjs/');
