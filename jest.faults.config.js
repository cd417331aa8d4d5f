import base from './jest.config.js';

/** `npm run test:faults`: the built server as a child process under faults (slow; needs `npm run build`). */
export default { ...base, testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'] };
