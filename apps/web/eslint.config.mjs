import { angularConfig } from '../../eslint.angular.mjs';

export default [
  // index.html is the host page, not an Angular template.
  { ignores: ['**/src/index.html'] },
  ...angularConfig,
];
