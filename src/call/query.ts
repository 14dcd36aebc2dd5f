// Query parameters: what each must hold (checked by checks/query-values.ts, loaded with the lazy
// checks when a call has query parameters). Path parameters are checked in path-params.ts.

/** What a query parameter holds: text, an int32, a non-negative int32, a boolean, or one of some names. */
export type QueryKind = 'string' | 'int32' | 'count' | 'boolean' | readonly string[];
export type QuerySpec = Readonly<Record<string, QueryKind>>;

/** The OData-style parameters of the archive lists (`$select` is the `select` option). */
export const ARCHIVE_QUERY: QuerySpec = {
  $filter: 'string',
  $orderBy: 'string',
  $entities: 'string',
  $top: 'count',
  $skip: 'count',
  $mode: ['Slim', 'Wide', 'Full'],
  $options: 'string',
  $context: 'string',
  $format: 'string',
  $jsonSafe: 'boolean',
  $output: ['Logical', 'Display'],
};
