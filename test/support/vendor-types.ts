// Assertions that a spec property says what a vendor table (a reference page or a carrier file) says:
// its name, its type and its description. Shared by the transcription tests of every page.
import { unescapeHtml } from './reference';
import { deref, type Json } from './spec';

export const refName = (node: Json): string | undefined => node?.$ref?.replace('#/components/schemas/', '');
export const nullableRefName = (node: Json): string | undefined => {
  const [first, second, ...rest] = node.oneOf ?? [];
  return rest.length === 0 && second?.type === 'null' ? refName(first) : undefined;
};
const typesOf = (node: Json): string[] => [deref(node).type].flat();

/** Asserts that a spec property has the type the vendor wrote (page or carrier table). */
export function expectVendorType(vendorType: string, prop: Json): void {
  const t = vendorType.trim();
  let m: RegExpExecArray | null;
  if (/^(Integer|int32)$/.test(t)) expect(deref(prop)).toMatchObject({ type: 'integer', format: 'int32' });
  else if (t === 'int16') expect(deref(prop)).toMatchObject({ type: 'integer', format: 'int16', minimum: -32768, maximum: 32767 });
  else if (/^(String|string)$/.test(t)) expect(typesOf(prop)).toEqual(['string']);
  else if (/^(Boolean|bool)$/.test(t)) expect(typesOf(prop)).toEqual(['boolean']);
  else if (t === 'date-time') expect(refName(prop)).toBe('DateTime');
  else if (t === 'double') expect(deref(prop)).toMatchObject({ type: 'number', format: 'double' });
  else if (t.startsWith('number (int/double not stated')) expect(deref(prop)).toEqual(expect.objectContaining({ type: 'number' }));
  else if (t === 'object') expect(typesOf(prop)).toContain('object');
  else if (t === 'array') expect(typesOf(prop)).toContain('array');
  else if (t === 'Object') expect(deref(prop).type).toBeUndefined(); // "string or object": any JSON value
  else if ((m = /^(\w+) \((?:flags )?enum\), nullable in C#$/.exec(t))) expect(nullableRefName(prop)).toBe(m[1]);
  else if (t.startsWith('map string→string')) expect(refName(prop)).toBe('StringDictionary');
  else if (t.startsWith('map string→FieldProperty')) expect(refName(prop)).toBe('FieldPropertyDictionary');
  else if (t === 'array of array of LocalizedField') expect(refName(deref(prop).items.items)).toBe('LocalizedField');
  else if (/^[A-Z]\w+$/.test(t)) expect(nullableRefName(prop)).toBe(t);
  else throw new Error(`no mapping for vendor type "${t}"`);
}

/**
 * The spec's description of a property the vendor describes as `vendor`: the vendor's text verbatim, alone
 * or followed by a paragraph of the spec's own (what the spec models where the vendor is wrong or silent).
 */
export const describedAs = (vendor: string): unknown => expect.stringMatching(new RegExp(`^${vendor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\n\\n[\\s\\S]+)?$`));

/**
 * Asserts name, type and description of every row of a vendor property table. `typeOf` may map a vendor
 * type to the one the spec models (for example the pages' `RecurrenceInfo` for TableRight), and a row
 * without description must have one in the spec (by default the "No description in the vendor's
 * reference." note; `emptyDescription` may allow another).
 */
export function expectProperties(
  rows: Record<string, string>[],
  props: Record<string, Json>,
  nameKey: string,
  { typeOf = (type: string) => type, emptyDescription = /^No description in the vendor's reference\./ }: { typeOf?: (type: string, name: string) => string; emptyDescription?: RegExp } = {},
): void {
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const name = row[nameKey]!;
    const prop = props[name];
    if (prop === undefined) throw new Error(`property ${name} is missing from the spec`);
    const description = unescapeHtml(row.Description ?? '');
    if (description) expect({ name, description: prop.description }).toEqual({ name, description: describedAs(description) });
    else expect({ name, description: prop.description }).toEqual({ name, description: expect.stringMatching(emptyDescription) });
    try {
      expectVendorType(typeOf(row.Type!, name), prop);
    } catch (error) {
      throw new Error(`property ${name} (vendor type ${row.Type}): ${(error as Error).message}`);
    }
  }
}
