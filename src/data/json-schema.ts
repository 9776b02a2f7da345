import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema, LocalizedTextSchema } from './schema.js';

/**
 * The dataset format as JSON Schema, derived from the same definition the widget validates
 * with. Build-time only: the widget itself never imports this module.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...toJsonSchema(DatasetSchema, {
      errorMode: 'ignore',
      definitions: { LocalizedText: LocalizedTextSchema },
      // The media check (a quote needs `quote`, any other kind `src`) as JSON Schema says it.
      overrideAction: ({ valibotAction, jsonSchema }) =>
        valibotAction.type === 'check' && jsonSchema.properties?.quote
          ? {
              ...jsonSchema,
              if: { properties: { kind: { const: 'quote' } }, required: ['kind'] },
              then: { required: ['quote'] },
              else: { required: ['src'] },
            }
          : undefined,
    }),
    title: 'diplomacy-timeline dataset',
    description:
      'Dated events for <diplomacy-timeline>. Dates are ISO 8601 prefixes (2002, 2017-01, 2017-01-10) or a decade such as 200X; text is a string or an object keyed by language.',
  };
}
