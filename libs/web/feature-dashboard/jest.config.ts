export default {
  displayName: 'web-feature-dashboard',
  preset: '../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testEnvironment: 'jsdom',
  coverageDirectory: '../../../coverage/libs/web/feature-dashboard',
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
    ],
  },
  // Angular's locale data (for Dutch plurals in the tests) ships as ES modules with a .js extension.
  transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$|@angular/common/locales/)'],
};
