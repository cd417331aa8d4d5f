/**
 * Jest runs the TypeScript sources as CommonJS compiled by SWC. NestJS 12 ships ES modules only,
 * and some Nest libraries (@nestjs/throttler) are CommonJS that `require` them, which Jest's ESM
 * mode cannot load on Node 20; so the ES-module packages are compiled to CommonJS too.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

export default {
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/test/**/*.e2e-spec.ts', '<rootDir>/test/**/*.spec.ts', '<rootDir>/src/**/*.spec.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.(t|j|mj)s$': swc },
  // cookie (ES module) is what light-my-request, behind fastify.inject(), loads.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|cookie)/)'],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  testTimeout: 60000,
};
