import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { permissionTableMarkdown } from './permission-table';

describe('docs/security.md', () => {
  it('holds the permission table exactly as the code grants it', () => {
    const doc = readFileSync(join(__dirname, '../../../../../docs/security.md'), 'utf8');
    expect(doc).toContain(permissionTableMarkdown());
  });
});
