export default {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      // Compiled file by file, without type checks: the typecheck target checks these files (npm test
      // runs it first), and a type checker in every worker costs more than the tests.
      { tsconfig: { isolatedModules: true, module: 'commonjs', moduleResolution: 'node10' } },
    ],
  },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  coverageDirectory: '../../coverage/apps/api',
};
