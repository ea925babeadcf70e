/**
 * The options of every ajv compile: at run time (`validators.ts`) and at build time, where
 * `scripts/gen-validators.ts` writes the precompiled validators (`precompiled/`), so that a
 * precompiled validator is exactly what a fresh compile would be (`verbose` keeps each error's
 * schema, which the messages read: the known keys of an object).
 */
export const AJV_OPTIONS = {
  allErrors: true,
  strict: true,
  allowUnionTypes: true,
  verbose: true,
} as const;
