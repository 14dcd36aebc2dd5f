// Measures what a generated client gives for the README's table, with the TypeScript compiler
// (5.9.3, the matrix's pin) on out/<id>/probe.ts, which exports the generated entity type
// (ChatSessionEntity), result type (ChatSessionEntityWithLinks) and the operation (Operation).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const MAX_DEPTH = 3;

/** A short, stable description of a type: names of named types, counts for long literal unions. */
function describer(checker) {
  const describe = (type) => {
    if (type.isUnion()) {
      const members = type.types.filter((m) => !(m.flags & ts.TypeFlags.Undefined));
      const literals = members.filter((m) => m.isStringLiteral());
      const isNull = (m) => Boolean(m.flags & ts.TypeFlags.Null);
      const parts = members.filter((m) => !m.isStringLiteral() && !isNull(m)).map(describe);
      if (literals.length > 0) parts.unshift(literals.length > 3 ? `union of ${literals.length} string literals` : literals.map((l) => JSON.stringify(l.value)).join(' | '));
      if (members.some(isNull)) parts.push('null');
      return parts.join(' | ');
    }
    if (type.isStringLiteral()) return JSON.stringify(type.value);
    if (type.aliasSymbol && type.aliasTypeArguments?.length) return `${type.aliasSymbol.name}<${type.aliasTypeArguments.map(describe).join(', ')}>`;
    if (type.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) {
      const name = type.aliasSymbol?.name ?? (type.flags & ts.TypeFlags.Object ? type.symbol?.name : undefined);
      if (name && !name.startsWith('__')) return name;
      const properties = checker.getPropertiesOfType(type);
      const [index] = checker.getIndexInfosOfType(type);
      if (index && properties.length === 0) return `{ [key: string]: ${describe(index.type)} }`;
      return `{ ${properties.length} properties }`;
    }
    return checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
  };
  return describe;
}

/** Every property (to MAX_DEPTH) under a type whose name passes `wanted`, as { path, type, optional }. */
function findProperties(checker, describe, type, wanted, at, depth = 0, seen = new Set()) {
  if (depth > MAX_DEPTH || seen.has(type)) return [];
  seen.add(type);
  if (type.isUnion() || type.isIntersection()) return type.types.flatMap((m) => findProperties(checker, describe, m, wanted, at, depth, seen));
  if (!(type.flags & ts.TypeFlags.Object) || checker.getSignaturesOfType(type, ts.SignatureKind.Call).length > 0) return [];
  return checker.getPropertiesOfType(type).flatMap((prop) => {
    const propType = checker.getTypeOfSymbol(prop);
    const here = `${at}.${prop.name}`;
    const found = wanted(prop.name, propType) ? [{ path: here, type: describe(propType), optional: Boolean(prop.flags & ts.SymbolFlags.Optional) }] : [];
    return [...found, ...findProperties(checker, describe, propType, wanted, here, depth + 1, seen)];
  });
}

/** The generated types of out/<id>: see the README's "Regenerating clients" table for what each row means. */
export function measureTypes(dir, patterns) {
  const probe = path.join(dir, 'probe.ts');
  const program = ts.createProgram([probe], {
    strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: ['node'], skipLibCheck: true, esModuleInterop: true, noEmit: true,
  });
  const checker = program.getTypeChecker();
  const describe = describer(checker);
  const exported = Object.fromEntries(
    checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(probe))).map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return [symbol.name, checker.getDeclaredTypeOfSymbol(target)];
    }),
  );
  const property = (type, name) => {
    const symbol = checker.getPropertyOfType(type, name);
    return symbol ? describe(checker.getTypeOfSymbol(symbol)) : 'absent';
  };
  const entity = exported.ChatSessionEntity;
  const result = exported.ChatSessionEntityWithLinks;
  const operation = exported.Operation;
  const [signature] = checker.getSignaturesOfType(operation, ts.SignatureKind.Call);
  if (!signature) throw new Error(`${probe}: Operation is not callable`);
  const params = signature.getParameters().map((p) => ({ name: p.name, type: checker.getTypeOfSymbol(p), optional: Boolean(p.valueDeclaration?.questionToken || p.valueDeclaration?.initializer) }));
  const inParams = (wanted) =>
    params.flatMap((p) => [
      ...(wanted(p.name, p.type) ? [{ path: p.name, type: describe(p.type), optional: p.optional }] : []),
      ...findProperties(checker, describe, p.type, wanted, p.name),
    ]);
  const isEntity = (_name, type) => {
    const members = type.isUnion() ? type.types : [type];
    return members.some((m) => checker.getPropertyOfType(m, 'CustomerName') && !checker.getPropertyOfType(m, '_Links'));
  };
  const body = inParams(isEntity).filter((hit) => !/\.(User|TransferTo)$/.test(hit.path))[0];
  const unique = (hits) => [...new Map(hits.map((hit) => [hit.path, hit])).values()];
  const select = unique(inParams((name) => name === '$select'));
  const soHeaders = unique(inParams((name) => /^SO-/.test(name)));
  const optional = (hit) => (hit.optional ? '?' : '');
  return {
    'request body': body ? `\`${body.path}${optional(body)}: ${body.type}\`` : 'not in the signature',
    'nullable carriers (`User`)': `\`${property(entity, 'User')}\``,
    '`Status`': `\`${property(entity, 'Status')}\``,
    '`Flags`': `\`${property(entity, 'Flags')}\``,
    'date-times (`WhenRequested`)': `\`${property(entity, 'WhenRequested')}\``,
    '`FieldProperties`': `\`${property(result, 'FieldProperties')}\``,
    '`$select`': select.length ? select.map((hit) => `\`${hit.path}${optional(hit)}: ${hit.type}\``).join(', ') : 'not in the signature',
    'SO-* headers': soHeaders.length ? `${soHeaders.map((hit) => hit.path.split('.').pop()).join(', ')} in \`${soHeaders[0].path.replace(/\.[^.]+$/, '')}\`` : 'not in the signature',
    'security schemes': securityIn(dir),
    'patterns checked at run time': patternsIn(dir, patterns),
  };
}

const generatedCode = (dir) =>
  fs.readdirSync(path.join(dir, 'client'), { recursive: true })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => fs.readFileSync(path.join(dir, 'client', f), 'utf8'))
    .join('\n');

/** Which of the named patterns ({ name: pattern }) the generated code holds as a regular expression literal. */
function patternsIn(dir, patterns) {
  const code = generatedCode(dir);
  const found = Object.entries(patterns).filter(([, pattern]) => code.includes(`/${pattern}/`)).map(([name]) => name);
  return found.length ? found.join(', ') : 'none';
}

/** Which of the spec's security schemes the generated code carries for the operation. */
function securityIn(dir) {
  const code = generatedCode(dir);
  const schemes = [
    ['Basic', /scheme:\s*['"]basic['"]/],
    ['SoTicket', /name:\s*['"]Authorization['"],\s*type:\s*['"]apiKey['"]|type:\s*['"]apiKey['"],\s*name:\s*['"]Authorization['"]/],
    ['Bearer', /scheme:\s*['"]bearer['"]/],
    ['XsrfToken', /name:\s*['"]X-XSRF-TOKEN['"]/],
  ].filter(([, re]) => re.test(code)).map(([name]) => name);
  if (schemes.length > 0) return `${schemes.join(', ')} (per operation)`;
  if (/secure:\s*true/.test(code)) return '`secure: true` only (a securityWorker adds headers)';
  return 'none (add the Authorization header yourself)';
}
