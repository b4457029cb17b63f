/**
 * fast-check arbitraries from the JSON schemas of the OpenAPI document the app generates: values
 * that mostly follow the schema (so requests get past validation into the use cases), with wrong
 * types, extremes and odd Unicode mixed in at every level.
 */
import fc from 'fast-check';

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
};

/** Ids that exist, so that references in a body name real rows (and the use cases go deeper). */
export type IdSource = () => readonly string[];

/** Code units and sequences that have broken text handling somewhere. */
export const oddUnits = [
  '\u0000', '\ud800', '\udbff', '\udc00', '\udfff', '\ufffe', '\uffff', '\ufeff', '\u202e', '\u200b', '\u200d',
  '\u0085', '\u2028', '\u2029', '\u0001', '\u001b', '\u007f', '\t', '\n', '\r', 'e\u0301', '🏠', '👩‍👩‍👧', '\u{10ffff}',
  'Ø', 'å', 'ß', 'İ', 'ﬃ', '\\', '"', "'", '%00', '${x}', '{{x}}', '<script>', '../', ';--', ' ', 'a',
];

export const oddString = (maxLength = 30): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: fc.constantFrom(...oddUnits), maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
  );

const bigNumbers = [
  -1, 0, 1, 1.5, -0.5, 2 ** 31, 2 ** 31 - 1, -(2 ** 31), 2 ** 53, 2 ** 53 - 1, -(2 ** 53), Number.MAX_SAFE_INTEGER,
  10_000_000_000_000, 10_000_000_000_001, 1e21, 1e308, -1e308, Number.MIN_VALUE, Number.EPSILON,
];

/** Anything but what the schema asks for: another JSON type, an extreme, a deep or huge value. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, '', ' ', '0', 'null', 'true', '[]', '{}', [], {}, [null], { __proto__: null }),
  fc.constantFrom(...bigNumbers),
  fc.double({ noNaN: true }),
  oddString(),
  fc.constant('x'.repeat(70_000)),
  fc.constant(Array.from({ length: 6000 }, () => 0)),
  fc.constant(JSON.parse('{"a":'.repeat(60) + '1' + '}'.repeat(60)) as unknown),
  fc.constant({ constructor: { prototype: { polluted: true } }, ['__proto__']: { polluted: true } }),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.dictionary(oddString(8), fc.oneof(fc.string(), fc.integer()), { maxKeys: 3 }),
);

const dateString = fc.oneof(
  fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2013-02-29', '2012-02-29', '2013-13-01', '0000-01-01', '9999-12-31', '2013-1-1', '20130101', '2013-01-01T00:00:00Z'),
);

const dateTimeString = fc.oneof(
  fc.date({ min: new Date('1970-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2013-01-01T24:00:00Z', '2013-01-01T00:00:00+14:00', '275760-09-13T00:00:00Z'),
);

function uuidArb(ids: IdSource): fc.Arbitrary<string> {
  const known = fc.nat().map((n) => {
    const all = ids();
    return all.length === 0 ? '00000000-0000-4000-8000-000000000000' : all[n % all.length]!;
  });
  return fc.oneof(
    { arbitrary: known, weight: 6 },
    { arbitrary: known.map((id) => id.toUpperCase()), weight: 1 },
    { arbitrary: fc.uuid(), weight: 1 },
    { arbitrary: fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'), weight: 1 },
  );
}

function stringArb(s: JsonSchema, ids: IdSource): fc.Arbitrary<string> {
  if (s.format === 'uuid') return uuidArb(ids);
  if (s.format === 'date') return dateString;
  if (s.format === 'date-time') return dateTimeString;
  if (s.format === 'email') return fc.oneof(fc.emailAddress(), oddString().map((x) => `${x}@demo.example`));
  const max = s.maxLength ?? 200;
  const min = s.minLength ?? 0;
  const fitting = fc.oneof(
    { arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, 40) }), weight: 4 },
    { arbitrary: oddString(Math.min(max, 30)), weight: 2 },
    { arbitrary: fc.constantFrom('x'.repeat(max), 'x'.repeat(max + 1), ' '.repeat(Math.max(min, 1)), 'æ'.repeat(max)), weight: 1 },
  );
  if (!s.pattern) return fitting;
  const matching = fc.stringMatching(new RegExp(s.pattern), { size: 'small' });
  return fc.oneof({ arbitrary: matching, weight: 3 }, { arbitrary: fitting, weight: 1 });
}

function integerArb(s: JsonSchema, number: boolean): fc.Arbitrary<number> {
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -1000);
  const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : Math.max(min, 0) + 1_000_000);
  const lo = Math.max(min, Number.MIN_SAFE_INTEGER);
  const hi = Math.min(max, Number.MAX_SAFE_INTEGER);
  const inRange = number ? fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true }) : fc.integer({ min: Math.max(lo, -(2 ** 31)), max: Math.min(hi, 2 ** 31 - 1) });
  const bigInRange = fc.bigInt({ min: BigInt(Math.ceil(lo)), max: BigInt(Math.floor(hi)) }).map(Number);
  return fc.oneof(
    { arbitrary: inRange, weight: 6 },
    { arbitrary: fc.constantFrom(lo, hi, lo - 1, hi + 1, Math.trunc((lo + hi) / 2)), weight: 2 },
    { arbitrary: bigInRange, weight: 1 },
    { arbitrary: fc.constantFrom(...bigNumbers), weight: 1 },
  );
}

/** An arbitrary for `schema`; at each level a wrong value with probability 1 / (1 + validWeight). */
export function fromSchema(schema: JsonSchema, ids: IdSource, depth = 0, validWeight = 12): fc.Arbitrary<unknown> {
  const valid = validFor(schema, ids, depth, validWeight);
  return fc.oneof({ arbitrary: valid, weight: validWeight }, { arbitrary: wrongValue, weight: 1 });
}

function validFor(s: JsonSchema, ids: IdSource, depth: number, validWeight: number): fc.Arbitrary<unknown> {
  const inner = (x: JsonSchema) => fromSchema(x, ids, depth + 1, validWeight);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.oneof({ arbitrary: fc.constantFrom(...s.enum), weight: 8 }, { arbitrary: fc.constantFrom(...s.enum).map((v) => (typeof v === 'string' ? v.toUpperCase() : v)), weight: 1 });
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((a) => validFor(a, ids, depth, validWeight)));
  if (s.allOf && s.allOf.length > 0) return validFor(Object.assign({}, ...s.allOf) as JsonSchema, ids, depth, validWeight);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'object': {
      const props = s.properties ?? {};
      const required = new Set(s.required ?? []);
      const keys = Object.keys(props);
      if (keys.length === 0 || depth > 6) return fc.constant({});
      const record = fc.record(Object.fromEntries(keys.map((k) => [k, inner(props[k]!)])), { requiredKeys: keys.filter((k) => required.has(k)) });
      return fc.oneof(
        { arbitrary: record, weight: 10 },
        // A required key left out, or an extra key (strict objects refuse it).
        { arbitrary: fc.tuple(record, fc.constantFrom(...keys)).map(([r, k]) => Object.fromEntries(Object.entries(r).filter(([key]) => key !== k))), weight: 1 },
        { arbitrary: fc.tuple(record, oddString(10)).map(([r, k]) => ({ ...r, [k || 'extra']: 1 })), weight: 1 },
      );
    }
    case 'array': {
      const maxItems = s.maxItems ?? 50;
      const items = s.items ? inner(s.items) : wrongValue;
      const arrays = [
        { arbitrary: fc.array(items, { minLength: Math.min(s.minItems ?? 0, 3), maxLength: Math.min(maxItems, 4) }), weight: 10 },
        // The same items twice (lists of ids are unique), and one item too many.
        { arbitrary: s.items ? fc.array(validFor(s.items, ids, depth + 1, validWeight), { maxLength: 2 }).map((a) => [...a, ...a]) : fc.constant([]), weight: 1 },
      ];
      if (maxItems <= 100) arrays.push({ arbitrary: fc.array(items, { minLength: maxItems + 1, maxLength: maxItems + 1 }), weight: 1 });
      return fc.oneof(...arrays);
    }
    case 'string':
      return stringArb(s, ids);
    case 'integer':
      return integerArb(s, false);
    case 'number':
      return integerArb(s, true);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return wrongValue;
  }
}
