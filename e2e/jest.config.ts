/**
 * Browser tests: the built app (API + web) on its embedded PostgreSQL, driven through real Chromium;
 * on two workers, each with its own app and database (support/global-setup.ts).
 */
export default {
  displayName: 'e2e',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    // Compiled file by file, without type checks: the typecheck target checks these files.
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: { isolatedModules: true, module: 'commonjs', moduleResolution: 'node10' } },
    ],
  },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
  testSequencer: '<rootDir>/support/sequencer.cjs',
};
