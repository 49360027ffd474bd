/**
 * The TypeScript interfaces (`src/types.ts`) and the JSON Schema (`src/schema.ts`) describe the
 * same registry model: the same properties, the same optionality, the same value types. Then the
 * schema at work: a compiled registry validates, broken ones fail at the expected place.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registrySchema, validateRegistry, type Registry } from '@policyc/model';
import { compile } from 'policyc';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const typesFile = new Project({ skipAddingFilesFromTsConfig: true }).addSourceFileAtPath(join(here, '../src/types.ts'));

interface SchemaNode {
  type?: string;
  title?: string;
  $ref?: string;
  enum?: readonly unknown[];
  anyOf?: readonly SchemaNode[];
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: readonly string[];
}

const schema = registrySchema as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };
const MODEL = ['Registry', 'DocumentMeta', 'SourceFile', 'Section', 'Task', 'Evidence', 'TaskDeadline', 'Unit', 'Target', 'Span', 'Point'] as const;
const objectSchema = (name: string): SchemaNode => (name === 'Registry' ? schema : schema.$defs[name]!);

/** String-literal union aliases (Comparator, TargetKind, …) by name, with their values. */
const unions = new Map(
  typesFile.getTypeAliases()
    .filter((alias) => alias.getType().getUnionTypes().every((t) => t.isStringLiteral()) && alias.getType().isUnion())
    .map((alias) => [alias.getName(), alias.getType().getUnionTypes().map((t) => String(t.getLiteralValue()))]),
);

/** A TypeScript property type in a common notation: "string | null", "Span[]", "enum(a,b)". */
function tsKind(typeText: string): string {
  const parts = typeText.split('|').map((p) => p.trim());
  const nullable = parts.includes('null');
  const base = parts.filter((p) => p !== 'null');
  let kind: string;
  if (base.length === 1 && unions.has(base[0]!)) kind = `enum(${[...unions.get(base[0]!)!].sort().join(',')})`;
  else if (base.every((p) => /^'.*'$/u.test(p))) kind = `enum(${base.map((p) => p.slice(1, -1)).sort().join(',')})`;
  else kind = base.join(' | ');
  return nullable ? `${kind} | null` : kind;
}

/** A schema property in the same notation. */
function schemaKind(node: SchemaNode): string {
  // A schema with a title is the type alias of that name (TaskExtra); the schema at work below tests its values.
  if (node.title) return node.title;
  if (node.anyOf) {
    const nonNull = node.anyOf.filter((n) => n.type !== 'null');
    const kind = nonNull.map(schemaKind).join(' | ');
    return nonNull.length < node.anyOf.length ? `${kind} | null` : kind;
  }
  if (node.enum) return `enum(${node.enum.map(String).sort().join(',')})`;
  if (node.$ref) return node.$ref.replace('#/$defs/', '');
  if (node.type === 'array') return `${schemaKind(node.items!)}[]`;
  if (node.type === 'integer') return 'number';
  return node.type ?? '?';
}

describe('types.ts and schema.ts describe the same model', () => {
  it('every interface of the model has a schema, and every $defs entry an interface', () => {
    expect(Object.keys(schema.$defs).sort()).toEqual(MODEL.filter((n) => n !== 'Registry').sort());
    for (const name of MODEL) expect(typesFile.getInterface(name), name).toBeDefined();
  });

  describe.each(MODEL)('%s', (name) => {
    const properties = typesFile.getInterfaceOrThrow(name).getProperties();
    const object = objectSchema(name);

    it('has the same property names', () => {
      expect(properties.map((p) => p.getName()).sort()).toEqual(Object.keys(object.properties!).sort());
    });

    it('requires exactly the properties that are not optional', () => {
      expect(properties.filter((p) => !p.hasQuestionToken()).map((p) => p.getName()).sort()).toEqual([...object.required!].sort());
    });

    it('gives each property the same type (nullability, arrays, references, enums)', () => {
      const ts = Object.fromEntries(properties.map((p) => [p.getName(), tsKind(p.getTypeNodeOrThrow().getText())]));
      const json = Object.fromEntries(Object.entries(object.properties!).map(([key, node]) => [key, schemaKind(node)]));
      expect(ts).toEqual(json);
    });

    it('allows no other properties', () => {
      expect((object as { additionalProperties?: unknown }).additionalProperties).toBe(false);
    });
  });

  it('the notation tells types apart (a self-check of this test)', () => {
    expect(tsKind('string | null')).not.toBe(tsKind('string'));
    expect(tsKind('Comparator')).toBe("enum(approx,eq,gt,gte,lt,lte,range)");
    expect(tsKind('TaskForm | null')).toBe('enum(clause,prose,table) | null');
    expect(schemaKind({ anyOf: [{ $ref: '#/$defs/Evidence' }, { type: 'null' }] })).toBe('Evidence | null');
    expect(schemaKind({ anyOf: [{ type: 'string' }, { type: 'null' }] })).toBe('string | null');
    expect(schemaKind({ type: 'array', items: { $ref: '#/$defs/Span' } })).toBe('Span[]');
  });
});

/** The JSON pointer of every property schema in `node` (and below) that has no `description`. */
function undescribed(node: unknown, pointer = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => undescribed(item, `${pointer}/${index}`));
  if (node === null || typeof node !== 'object') return [];
  const object = node as Record<string, unknown>;
  const missing = Object.entries((object['properties'] ?? {}) as Record<string, Record<string, unknown>>)
    .filter(([, property]) => typeof property['description'] !== 'string' || property['description'].trim() === '')
    .map(([key]) => `${pointer}/properties/${key}`);
  return [...missing, ...Object.entries(object).flatMap(([key, value]) => undescribed(value, `${pointer}/${key}`))];
}

describe('every property of the schema is described', () => {
  it('has a description on every property, in the registry and in each $defs entry', () => {
    expect(undescribed(registrySchema)).toEqual([]);
  });

  it('finds a property without one (a self-check of this test)', () => {
    const schemaWithGap = { properties: { a: { type: 'string', description: 'A.' } }, $defs: { B: { properties: { c: { type: 'string' } } } } };
    expect(undescribed(schemaWithGap)).toEqual(['/$defs/B/properties/c']);
  });
});

describe('the schema at work', () => {
  const example = join(here, '../../../examples/qinghai-pharma/qinghai-pharma.txt');
  const compiled = compile({ path: example, value: readFileSync(example, 'utf8') }).registry;
  const broken = (edit: (r: Registry & Record<string, unknown>) => void) => {
    const copy = structuredClone(compiled) as Registry & Record<string, unknown>;
    edit(copy);
    return validateRegistry(copy).errors.map((e) => [e.instancePath, e.keyword]);
  };

  it('a compiled registry (examples/qinghai-pharma) validates, also after a JSON round trip', () => {
    expect(compiled.sections.length).toBeGreaterThan(0);
    expect(compiled.targets.length).toBeGreaterThan(0);
    expect(validateRegistry(compiled)).toEqual({ valid: true, errors: [] });
    expect(validateRegistry(JSON.parse(JSON.stringify(compiled)))).toEqual({ valid: true, errors: [] });
  });

  it.each<[string, (r: Registry & Record<string, unknown>) => void, [string, string][]]>([
    ['a missing top-level field', (r) => { delete (r as Partial<Registry>).units; }, [['', 'required']]],
    ['a missing document field', (r) => { delete (r.document as Partial<Registry['document']>).title; }, [['/document', 'required']]],
    ['a missing section field', (r) => { delete (r.sections[0] as Partial<Registry['sections'][0]>).position; }, [['/sections/0', 'required']]],
    ['a comparator outside the enum', (r) => { (r.targets[0] as { comparator: string }).comparator = 'about'; }, [['/targets/0/comparator', 'enum']]],
    ['a kind outside the enum', (r) => { (r.targets[0] as { kind: string }).kind = 'ratio'; }, [['/targets/0/kind', 'enum']]],
    ['an extra property on a section', (r) => { Object.assign(r.sections[0]!, { note: 'x' }); }, [['/sections/0', 'additionalProperties']]],
    ['an extra top-level property', (r) => { r.extra = true; }, [['', 'additionalProperties']]],
    ['a section path that is not a path', (r) => { r.sections[0]!.path = '1..2'; }, [['/sections/0/path', 'pattern']]],
    ['a path with a zero ordinal', (r) => { r.tasks[0]!.path = '0.1'; }, [['/tasks/0/path', 'pattern']]],
    ['a schemaVersion that is not major.minor.patch', (r) => { r.schemaVersion = 'v1'; }, [['/schemaVersion', 'pattern']]],
    ['a line number below 1', (r) => { r.sections[0]!.position.start.line = 0; }, [['/sections/0/position/start/line', 'minimum']]],
    ['a depth that is not an integer', (r) => { r.sections[0]!.depth = 1.5; }, [['/sections/0/depth', 'type']]],
    ['a task form outside the enum', (r) => { (r.tasks[0] as { form: string }).form = 'sentence'; }, [['/tasks/0/form', 'enum'], ['/tasks/0/form', 'type'], ['/tasks/0/form', 'anyOf']]],
    ['evidence without its position', (r) => { r.tasks[0]!.evidence = { text: '（省财政厅负责）' } as Registry['tasks'][0]['evidence']; }, [['/tasks/0/evidence', 'required'], ['/tasks/0/evidence', 'type'], ['/tasks/0/evidence', 'anyOf']]],
    ['a task without its form', (r) => { delete (r.tasks[0] as Partial<Registry['tasks'][0]>).form; }, [['/tasks/0', 'required']]],
    ['a task without its deadline', (r) => { delete (r.tasks[0] as Partial<Registry['tasks'][0]>).deadline; }, [['/tasks/0', 'required']]],
    ['a task deadline whose year is not a year', (r) => { r.tasks[0]!.deadline = { text: '2020年底前', year: '2020年', position: r.tasks[0]!.position }; }, [['/tasks/0/deadline/year', 'pattern'], ['/tasks/0/deadline/year', 'type'], ['/tasks/0/deadline/year', 'anyOf'], ['/tasks/0/deadline', 'type'], ['/tasks/0/deadline', 'anyOf']]],
    ['a nested object among a task\'s extra fields', (r) => { r.tasks[0]!.extra = { 状态: '进行中', 督办: { 人: '张三' } as never }; }, [['/tasks/0/extra/督办', 'type'], ['/tasks/0/extra/督办', 'type'], ['/tasks/0/extra/督办', 'anyOf']]],
    ['a unit id list with a number in it', (r) => { (r.tasks[0]!.lead as unknown[]).push(7); }, [[`/tasks/0/lead/${compiled.tasks[0]!.lead.length}`, 'type']]],
  ])('%s is refused at its place', (_what, edit, expected) => {
    expect(broken(edit)).toEqual(expected);
  });

  it('a task\'s extra fields may be strings, numbers, booleans, null and lists of those', () => {
    const copy = structuredClone(compiled);
    copy.tasks[0]!.extra = { 状态: '进行中', 进度: 0.5, 已督办: true, 备注: null, 督办人: ['张三', '李四'] };
    expect(validateRegistry(copy)).toEqual({ valid: true, errors: [] });
  });

  it('a nullable field with a wrong value fails both branches of its anyOf', () => {
    const errors = broken((r) => { r.targets[0]!.deadline = '2020年'; });
    expect(errors).toEqual([
      ['/targets/0/deadline', 'pattern'],
      ['/targets/0/deadline', 'type'],
      ['/targets/0/deadline', 'anyOf'],
    ]);
  });
});
