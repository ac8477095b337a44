// One generator for benchmarks and tests: the plain-JS one in bench/, typed by its .d.ts.
export type { GenerateOptions, SyntheticOrg, SyntheticUnit } from '../../bench/synthetic-org.js';
export { generateOrg, INDICATORS, YEAR } from '../../bench/synthetic-org.js';
