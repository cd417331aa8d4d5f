import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';
import { readFileSync } from 'node:fs';
import { EnvironmentVariables } from '../../src/config/environment.schema.js';

/** Every variable the configuration schema validates, read from its validation metadata. */
const variables = [
  ...new Set(getMetadataStorage().getTargetValidationMetadatas(EnvironmentVariables, '', true, false).map((m) => m.propertyName)),
].sort();

/** The `## Configuration` section of the README, up to the next heading. */
function readmeConfiguration(): string {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('\n## Configuration');
  return readme.slice(start, readme.indexOf('\n## ', start + 1));
}

describe('configuration documentation', () => {
  it('reads the variables from the schema', () => {
    expect(variables).toEqual(expect.arrayContaining(['DATABASE_URL', 'JWT_ACCESS_SECRET', 'METRICS_TOKEN', 'PORT']));
  });

  it('documents every variable in .env.example', () => {
    const example = readFileSync('.env.example', 'utf8');
    const missing = variables.filter((name) => !new RegExp(`^#? ?${name}=`, 'm').test(example));
    expect(missing).toEqual([]);
  });

  it('documents every variable in the README configuration table (by name or as PREFIX_*)', () => {
    const section = readmeConfiguration();
    const prefixes = [...section.matchAll(/`([A-Z_]+_)\*`/g)].map((match) => match[1]);
    const missing = variables.filter((name) => !section.includes(`\`${name}\``) && !prefixes.some((prefix) => name.startsWith(prefix)));
    expect(missing).toEqual([]);
  });
});
