/**
 * Patterns of the format's text fields, shared by the schema (schema.ts) and the quick look
 * (shape.ts) without either pulling in the other: the quick look is in the module, the schema
 * and valibot load only when a dataset needs them.
 */

/** A key of localised text: a BCP 47 language tag such as `id`, `en` or `en-GB`. */
export const LANGUAGE_KEY = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** A category colour: `#0b6e4f`. */
export const COLOR = /^#[0-9a-fA-F]{6}$/;
