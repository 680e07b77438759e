/**
 * The web's unit tests: the app's and every web library's (libs/web/*), in one jest run. One run compiles
 * Angular and Material once and starts once, where one run per library did so fourteen times.
 * One library's tests: `npx nx test web -- libs/web/core`.
 */
export default {
  displayName: 'web',
  preset: '../../jest.preset.js',
  roots: ['<rootDir>/src', '<rootDir>/../../libs/web'],
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testEnvironment: 'jsdom',
  // The routes' spec loads every lazy feature; on a clean checkout (no transform cache) the first visit
  // compiles them through jest-preset-angular, which took 80 s on a loaded 2-core machine.
  testTimeout: 120_000,
  coverageDirectory: '../../coverage/web',
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
    ],
  },
  // ES modules with a .js extension: Angular's locale data (Dutch plurals in the tests), and ECharts and
  // zrender (the monitor's lazy route).
  transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$|@angular/common/locales/|echarts/|zrender/)'],
};
