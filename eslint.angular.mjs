import angular from 'angular-eslint';
import baseConfig from './eslint.config.mjs';

const ts = ['**/*.ts'];
const html = ['**/*.html'];

/** The Angular rules every web project shares (apps/web and libs/web/*). */
export const angularConfig = [
  ...baseConfig,
  ...angular.configs.tsRecommended.map((config) => ({ ...config, files: ts })),
  {
    files: ts,
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'tafel', style: 'kebab-case' },
      ],
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'tafel', style: 'camelCase' },
      ],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
    },
  },
  ...angular.configs.templateRecommended.map((config) => ({ ...config, files: html })),
  ...angular.configs.templateAccessibility.map((config) => ({ ...config, files: html })),
  {
    files: html,
    rules: {
      // Every visible text and attribute needs an explicit i18n id; these attributes are never shown.
      '@angular-eslint/template/i18n': [
        'error',
        {
          checkId: true,
          checkText: true,
          checkAttributes: true,
          ignoreAttributes: [
            'align',
            'appearance',
            'aria-labelledby',
            'aria-describedby',
            'aria-live',
            'ariaCurrentWhenActive',
            'matColumnDef',
            'mode',
            'rows',
            'scope',
          ],
        },
      ],
    },
  },
  {
    // Test hosts in specs are never shipped: no translations, and their change detection is the test's.
    files: ['**/*.spec.ts', '**/*.spec.ts/*.html'],
    rules: {
      '@angular-eslint/prefer-on-push-component-change-detection': 'off',
      '@angular-eslint/template/i18n': 'off',
    },
  },
];
