import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Modules own their tables (docs/architecture.md, "Modules own their tables"): a module reads and writes
 * the tables of the `@Entity('…')` classes in its own folder; another module's data comes from that
 * module's service or through a seam (`common/seams`). Users and organisations are shared reference data:
 * every module reads them; beside their owners (users, organisations) only these modules write them.
 */
const SHARED: Record<string, readonly string[]> = {
  app_user: ['auth', 'invitations'], // an account's edit, (de)activation and second factor; new accounts
  organisation: [],
};

/**
 * The exceptions that stand today, each with why (docs/architecture.md explains them). A new one needs a
 * reason as good as these; one that nothing needs any more fails a test, so the list only shrinks.
 */
const ALLOWED: readonly { file: string; tables: readonly string[]; why: string }[] = [
  {
    file: 'cases/case-access.service.ts',
    tables: ['tafel', 'tafel_participant'],
    why: 'need-to-know: who sits at a tafel may read its case (tafels builds on cases, so cases cannot ask it)',
  },
  {
    file: 'audit/access-log-queries.service.ts',
    tables: ['family_case', 'case_member'],
    why: "the privacy officer's log search names each row's family and person in its one paged query",
  },
  {
    file: 'monitor/monitor-projection.service.ts',
    tables: ['chain_event', 'family_case', 'destroyed_case'],
    why: 'spans are re-derived from the append-only chain events; the rebuild walks every case, destroyed too',
  },
  {
    file: 'tafel-room/tafel-room.service.ts',
    tables: ['tafel'],
    why: "the room's state is read and changed together with its tafel's status, in one statement",
  },
];

interface Source {
  module: string;
  file: string;
  text: string;
}

/** What the entities declare: each table and each entity class with the module that owns it. */
interface Owners {
  tables: Map<string, string>;
  classes: Map<string, string>;
}

const ENTITY = /@Entity\(\s*'([a-z_]+)'[\s\S]*?\bclass\s+(\w+)/g;
/** A table in raw SQL, read (FROM, JOIN) or written (INTO, UPDATE, DELETE FROM, TRUNCATE). */
const SQL_TABLE =
  /\b(DELETE\s+FROM|FROM|JOIN|INTO|UPDATE|TRUNCATE)\s+(?:ONLY\s+)?"?(?:public"?\."?)?([a-z_]+)\b/g;
/** An entity class handed to TypeORM: repositories, the entity manager's methods, query builders. */
const ENTITY_USE =
  /\b(InjectRepository|getRepository|withRepository|createQueryBuilder|find\w*|count\w*|exist\w*|sum|average|minimum|maximum|create|merge|preload|insert|update|upsert|save|delete|remove|softDelete|restore|increment|decrement)\s*\(\s*(\w+)\b/g;
const WRITES =
  /^(DELETE|INTO|UPDATE|TRUNCATE|insert|update|upsert|save|delete|remove|softDelete|restore|increment|decrement)/;
/** Entities in a list (`TypeOrmModule.forFeature([…])`) or at the other end of a relation. */
const FOR_FEATURE = /\bforFeature\(\s*\[([^\]]*)\]/g;
const RELATION = /@(?:ManyToOne|OneToOne|OneToMany|ManyToMany)\(\s*\(\)\s*=>\s*(\w+)/g;

function ownersOf(sources: readonly Source[]): Owners {
  const owners: Owners = { tables: new Map(), classes: new Map() };
  for (const { module, text } of sources) {
    for (const [, table, name] of text.matchAll(ENTITY)) {
      owners.tables.set(table as string, module);
      owners.classes.set(name as string, table as string);
    }
  }
  return owners;
}

/** Without comments, so prose ("read from tafel …") is no SQL; a `//` inside a string stays. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** How a table is used (the SQL keyword or the TypeORM call) and which table, when it is one. */
type Use = [how: string, table: string | undefined];

/** Every table of another module these sources use, as `file: table` (a file's path starts with its module). */
function foreignTables(sources: readonly Source[], owners: Owners): string[] {
  return sources.flatMap(({ module, file, text }) => {
    const body = code(text);
    const entity = (how: string, name: string | undefined): Use => [
      how,
      owners.classes.get(name?.trim() ?? ''),
    ];
    const uses: Use[] = [
      ...[...body.matchAll(SQL_TABLE)].map(([, how, table]): Use => [how as string, table]),
      ...[...body.matchAll(ENTITY_USE)].map(([, how, name]) => entity(how as string, name)),
      ...[...body.matchAll(FOR_FEATURE)].flatMap(([, list]) =>
        (list as string).split(',').map((name) => entity('forFeature', name)),
      ),
      ...[...body.matchAll(RELATION)].map(([, name]) => entity('relation', name)),
    ];
    const foreign = uses.flatMap(([how, table]) => {
      const owner = table === undefined ? undefined : owners.tables.get(table);
      if (owner === undefined || owner === module) return [];
      const shared = SHARED[table as string];
      return shared && (!WRITES.test(how) || shared.includes(module)) ? [] : [table as string];
    });
    return [...new Set(foreign)].map((table) => `${file}: ${table}`);
  });
}

function sourcesOf(dir: string, root = dir): Source[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesOf(path, root);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.spec.ts')) return [];
    const file = relative(root, path);
    return [{ module: file.split('/')[0] as string, file, text: readFileSync(path, 'utf8') }];
  });
}

const sources = sourcesOf(__dirname).filter((source) => source.file.includes('/'));
const owners = ownersOf(sources);
const found = foreignTables(sources, owners);
const allowed = ALLOWED.flatMap(({ file, tables }) => tables.map((table) => `${file}: ${table}`));

describe('every module owns its tables', () => {
  it('knows each module’s tables from its entities', () => {
    expect(owners.tables.get('invitation')).toBe('invitations');
    expect(owners.tables.get('family_case')).toBe('cases');
    expect(owners.tables.get('app_user')).toBe('users');
    expect(owners.classes.get('InvitationEntity')).toBe('invitation');
    const declared = sources.flatMap((source) => source.text.match(/@Entity\(/g) ?? []);
    expect(owners.tables.size).toBe(declared.length);
  });

  it('uses no other module’s table, in raw SQL or through its entity, beyond the exceptions', () => {
    expect(found.filter((use) => !allowed.includes(use))).toEqual([]);
  });

  it('keeps no exception that nothing needs any more', () => {
    expect(allowed.filter((use) => !found.includes(use))).toEqual([]);
  });

  it('finds another module’s table in a sample', () => {
    const scan = (module: string, text: string) => {
      const sample = [...sources, { module, file: `${module}/sample.ts`, text }];
      return foreignTables(sample, ownersOf(sample)).filter((use) => use.startsWith(`${module}/sample.ts`));
    };
    const caught = (table: string) => [`admin/sample.ts: ${table}`];
    expect(scan('admin', '`SELECT u.id FROM app_user u WHERE EXISTS (SELECT 1 FROM invitation i)`')).toEqual(
      caught('invitation'),
    );
    expect(scan('admin', '`SELECT 1\n  FROM app_user u\n  JOIN "tafel" t ON t.id = $1`')).toEqual(
      caught('tafel'),
    );
    expect(scan('admin', '`UPDATE invitation SET revoked_at = now()`')).toEqual(caught('invitation'));
    expect(scan('admin', '`DELETE FROM invitation WHERE id = $1`')).toEqual(caught('invitation'));
    expect(scan('admin', '@InjectRepository(InvitationEntity) private readonly r: Repository<X>')).toEqual(
      caught('invitation'),
    );
    expect(scan('admin', 'manager.findOneBy(InvitationEntity, { id })')).toEqual(caught('invitation'));
    expect(scan('admin', "manager.createQueryBuilder(InvitationEntity, 'i')")).toEqual(caught('invitation'));
    expect(scan('admin', 'this.dataSource.getRepository(InvitationEntity)')).toEqual(caught('invitation'));
    expect(scan('admin', 'TypeOrmModule.forFeature([UserEntity, InvitationEntity])')).toEqual(
      caught('invitation'),
    );
    expect(scan('admin', '@ManyToOne(() => TafelEntity) tafel: TafelEntity;')).toEqual(caught('tafel'));
    // Shared reference data is read by all and written by its writers only.
    expect(scan('admin', '`UPDATE app_user SET active = false`')).toEqual(caught('app_user'));
    expect(scan('admin', 'manager.update(UserEntity, id, { active: false })')).toEqual(caught('app_user'));
    expect(scan('auth', '`UPDATE app_user SET active = false`')).toEqual([]);
    expect(
      scan('admin', '`SELECT 1 FROM app_user u JOIN organisation o ON true, unnest($1::uuid[])`'),
    ).toEqual([]);
    // A module's own tables, prose and names that are no table are not.
    expect(scan('invitations', '`DELETE FROM invitation WHERE id = $1`')).toEqual([]);
    expect(
      scan('admin', '// read from invitation through its owner\nmanager.findOneBy(UserEntity, { id })'),
    ).toEqual([]);
  });
});
