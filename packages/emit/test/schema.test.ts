import { compileSchema, toSchemaErrors } from '@policyc/model';
import { describe, expect, it } from 'vitest';
import { emitJson, emitSchema } from '../src/index.js';
import { preambleDuty, smallRegistry } from './fixtures/small.js';

function validate(schemaText: string, data: unknown) {
  const validator = compileSchema(JSON.parse(schemaText));
  validator(data);
  return toSchemaErrors(validator.errors);
}

describe('emitSchema', () => {
  it('loads into ajv (strict) and accepts its own registry', () => {
    const registry = smallRegistry();
    expect(validate(emitSchema(registry), JSON.parse(emitJson(registry)))).toEqual([]);
  });

  it('rejects a task that names a unit the policy does not have', () => {
    const registry = smallRegistry();
    const schema = emitSchema(registry);
    registry.tasks[2]!.lead = ['省不存在厅'];
    const errors = validate(schema, JSON.parse(emitJson(registry)));
    expect(errors.map((e) => [e.instancePath, e.keyword])).toEqual([['/tasks/2/lead/0', 'enum']]);
  });

  it('rejects a target placed in a section the policy does not have', () => {
    const registry = smallRegistry();
    const schema = emitSchema(registry);
    registry.targets[0]!.path = '9';
    expect(validate(schema, JSON.parse(emitJson(registry))).map((e) => e.instancePath)).toEqual(['/targets/0/path']);
  });

  it('accepts a deadline with no year ("长期") and refuses a year that is not one', () => {
    const registry = smallRegistry();
    const schema = emitSchema(registry);
    registry.tasks[1]!.deadline = { ...registry.tasks[1]!.deadline!, text: '长期', year: null };
    expect(validate(schema, JSON.parse(emitJson(registry)))).toEqual([]);
    registry.tasks[1]!.deadline.year = '2020年';
    expect(validate(schema, JSON.parse(emitJson(registry))).map((e) => e.instancePath)).toContain('/tasks/1/deadline/year');
  });

  it('accepts a task before the first heading (path ""), and no task outside the policy\'s sections', () => {
    const registry = smallRegistry();
    registry.tasks.unshift(preambleDuty());
    registry.units.find((u) => u.id === '省财政厅')!.leads.push('task-preamble-1');
    const schema = emitSchema(registry);
    expect(validate(schema, JSON.parse(emitJson(registry)))).toEqual([]);
    registry.tasks[0]!.path = '9';
    expect(validate(schema, JSON.parse(emitJson(registry))).map((e) => e.instancePath)).toEqual(['/tasks/0/path']);
  });

  it('accepts nothing where the policy has no ids at all', () => {
    const registry = smallRegistry();
    registry.units = [];
    for (const task of registry.tasks) task.lead = task.assist = task.responsible = [];
    const schema = emitSchema(registry);
    registry.tasks[0]!.lead = ['省任何厅'];
    expect(validate(schema, JSON.parse(emitJson(registry))).map((e) => e.instancePath)).toEqual(['/tasks/0/lead/0']);
  });

  it('names the policy in its title and has no $id of its own', () => {
    const schema = JSON.parse(emitSchema(smallRegistry()));
    expect(schema.title).toBe('policyc registry: 关于加快发展示范产业的实施意见');
    expect(schema.$id).toBeUndefined();
  });

  it('keeps the published description on every property it narrows to an enum', () => {
    const schema = JSON.parse(emitSchema(smallRegistry()));
    const undescribed = Object.entries(schema.$defs as Record<string, { properties: Record<string, { description?: string }> }>)
      .flatMap(([name, def]) => Object.entries(def.properties).filter(([, p]) => !p.description).map(([key]) => `${name}.${key}`));
    expect(undescribed).toEqual([]);
    expect(schema.$defs.Unit.properties.id).toEqual({ enum: smallRegistry().units.map((u) => u.id), description: expect.stringContaining('Stable id') });
  });
});
