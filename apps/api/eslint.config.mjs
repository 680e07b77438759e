import baseConfig from '../../eslint.config.mjs';

/**
 * Modules own their tables: a module never imports another module's `entities/` — it calls the
 * owner's public service (e.g. `CasesApi`). Composition code (`src/database`, the seed) and the
 * integration tests may, as they assemble the whole.
 */
const OTHER_MODULES_ENTITIES = {
  regex: '^(\\.\\./)+(modules/)?[^./][^/]*/entities/',
  message:
    "Another module's entities are its own: call its public service (see docs/architecture.md, 'Seams').",
};

export default [
  ...baseConfig,
  {
    files: ['src/modules/**/*.ts', 'src/common/**/*.ts', 'src/realtime/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [OTHER_MODULES_ENTITIES] }],
    },
  },
];
