/**
 * The JSON Schema (2020-12) of the cross-document `index.json` a batch compile writes (see
 * index-file.ts for what each field means). Closed objects, so a field added to the index without
 * its schema fails the test that validates a written index.
 */
export const INDEX_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://policyc.dev/schema/index-1.json',
  title: 'policyc index: every unit with its tasks across documents',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'documents', 'units'],
  properties: {
    schemaVersion: { const: 1 },
    documents: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'registry', 'title', 'docNumber', 'tasks', 'units'],
        properties: {
          path: { type: 'string', minLength: 1 },
          registry: { type: 'string', minLength: 1, description: 'The folder of the document\'s registry, from the index\'s folder.' },
          title: { type: ['string', 'null'] },
          docNumber: { type: ['string', 'null'] },
          tasks: { type: 'integer', minimum: 0, description: 'The tasks of the document\'s registry.' },
          units: { type: 'integer', minimum: 0 },
        },
      },
    },
    units: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'aliases', 'declarations', 'counts', 'documents'],
        properties: {
          name: { type: 'string', minLength: 1 },
          aliases: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
          declarations: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['document', 'name', 'alias'],
              properties: { document: { type: 'string' }, name: { type: 'string', minLength: 1 }, alias: { type: 'string', minLength: 1 } },
            },
          },
          counts: {
            type: 'object',
            additionalProperties: false,
            required: ['documents', 'tasks', 'lead', 'assist', 'responsible'],
            properties: Object.fromEntries(['documents', 'tasks', 'lead', 'assist', 'responsible'].map((k) => [k, { type: 'integer', minimum: 0 }])),
          },
          documents: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['document', 'names', 'tasks'],
              properties: {
                document: { type: 'string', minLength: 1 },
                names: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
                tasks: {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['id', 'path', 'title', 'role'],
                    properties: {
                      id: { type: 'string', minLength: 1 },
                      path: { type: 'string' },
                      title: { type: 'string' },
                      role: { enum: ['lead', 'assist', 'responsible'] },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;
