const { nxPreset } = require('@nx/jest/preset');
const { register } = require('tsconfig-paths');
const { compilerOptions } = require('./tsconfig.base.json');

// Global setup and teardown run with Node's own resolver, outside jest's: teach it the workspace aliases.
register({ baseUrl: __dirname, paths: compilerOptions.paths });

module.exports = { ...nxPreset };
