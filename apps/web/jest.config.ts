export default {
  displayName: 'web',
  preset: '../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testEnvironment: 'jsdom',
  // The routes' spec loads every lazy feature; on a clean checkout (no transform cache) the first visit
  // compiles them through jest-preset-angular, which took 80 s on a loaded 2-core machine.
  testTimeout: 120_000,
  coverageDirectory: '../../coverage/apps/web',
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
    ],
  },
  // ECharts and zrender (the monitor's lazy route) ship as ES modules with a .js extension.
  transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$|echarts/|zrender/)'],
};
