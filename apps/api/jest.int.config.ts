const ESM_PACKAGES = 'openid-client|oauth4webapi|jose';

/**
 * Integration tests: the real API against a real PostgreSQL (DATABASE_URL, or an embedded instance),
 * on two workers, each on its own copy of the migrated database (test/support/global-setup.ts).
 */
export default {
  displayName: 'api-integration',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      // Compiled file by file, without type checks: the typecheck target checks these files (npm test
      // runs it first), and a type checker in every worker costs more than the tests.
      { tsconfig: { isolatedModules: true, module: 'commonjs', moduleResolution: 'node10' } },
    ],
    // openid-client and its dependencies are ES modules, which jest's CommonJS sandbox cannot load
    // (plain Node loads them through require(esm)); the app under test gets them as CommonJS.
    [`/node_modules/(${ESM_PACKAGES})/.+\\.js$`]: [
      'ts-jest',
      {
        tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022', isolatedModules: true },
        diagnostics: false,
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES})/)`],
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
