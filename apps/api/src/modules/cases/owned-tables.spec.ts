import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The cases module's own tables (docs/architecture.md, "Modules own their tables"). */
const OWN = [
  'family_case',
  'case_member',
  'case_professional',
  'coordinator_assignment',
  'chain_event',
  'emergency_access',
];
/** Shared reference data every module reads, and who sits at a tafel (need-to-know, `CaseAccessService`). */
const ALLOWED = [...OWN, 'app_user', 'organisation', 'tafel', 'tafel_participant', 'unnest'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the cases module owns its tables', () => {
  it('names no other module’s table in its raw SQL (it asks the owner’s service instead)', () => {
    const named = sources(__dirname).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+"?([a-z_]+)"?/g)].map(
        ([, table]) => `${file.slice(__dirname.length + 1)}: ${table}`,
      ),
    );
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((n) => !ALLOWED.includes(n.split(': ')[1] as string))).toEqual([]);
  });
});
