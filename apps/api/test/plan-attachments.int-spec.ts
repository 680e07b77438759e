import { PLAN_ATTACHMENT_MAX_BYTES } from '@tafel/shared/contracts';
import { TEST_PASSWORD, addMember, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x20), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
/** An ELF executable renamed to .pdf. */
const EXECUTABLE = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]),
  Buffer.alloc(512),
]);

describe('the familiegroepsplan file', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function scene() {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, coordinator);
    const parentUser = await makeUser(t.dataSource, 'parent');
    await addMember(t.dataSource, theCase.id, 'parent', parentUser);
    const stranger = await makeUser(t.dataSource, 'coordinator');
    return {
      theCase,
      url: `/api/v1/cases/${theCase.id}/plan/attachments`,
      parent: await loginAs(t.app, parentUser.email, TEST_PASSWORD),
      coordinator: await loginAs(t.app, coordinator.email, TEST_PASSWORD),
      stranger: await loginAs(t.app, stranger.email, TEST_PASSWORD),
    };
  }

  const count = async (caseId: string) =>
    (
      await t.dataSource.query('SELECT count(*)::int AS n FROM plan_attachment WHERE case_id = $1', [caseId])
    )[0].n;

  it('stores a PDF a parent sends and serves it only through the access check, as an attachment', async () => {
    const s = await scene();
    const up = await s.parent
      .post(`${s.url}?name=${encodeURIComponent('ons plan.pdf')}`)
      .set('Content-Type', 'application/octet-stream')
      .send(PDF);
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      fileName: 'ons plan.pdf',
      mediaType: 'application/pdf',
      size: PDF.length,
    });

    const down = await s.coordinator.get(`${s.url}/${up.body.id}`).buffer(true);
    expect(down.status).toBe(200);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.headers['content-disposition']).toBe('attachment; filename="ons plan.pdf"');
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(down.body as Buffer, PDF)).toBe(0);

    const other = await s.stranger.get(`${s.url}/${up.body.id}`);
    expect(other.status).toBe(404);
    expect(other.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('serves a file whose name is not ASCII under that name, with an ASCII fallback (RFC 6266)', async () => {
    const s = await scene();
    const name = 'Plan Yılmaz–Wiśniewski 📄.pdf';
    const up = await s.coordinator
      .post(`${s.url}?name=${encodeURIComponent(name)}`)
      .set('Content-Type', 'application/octet-stream')
      .send(PDF);
    expect(up.body.fileName).toBe(name);
    const down = await s.parent.get(`${s.url}/${up.body.id}`).buffer(true);
    expect(down.status).toBe(200);
    const disposition = down.headers['content-disposition'];
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+\.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe(name);
    expect(Buffer.compare(down.body as Buffer, PDF)).toBe(0);
  });

  it('decides the type by content: a PNG called .pdf is a PNG, an executable called .pdf is refused', async () => {
    const s = await scene();
    const png = await s.coordinator
      .post(`${s.url}?name=scan.pdf`)
      .set('Content-Type', 'application/pdf')
      .send(PNG);
    expect(png.body.mediaType).toBe('image/png');
    const exe = await s.coordinator
      .post(`${s.url}?name=plan.pdf`)
      .set('Content-Type', 'application/pdf')
      .send(EXECUTABLE);
    expect(exe.status).toBe(415);
    expect(exe.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await count(s.theCase.id)).toBe(1);
  });

  it('refuses a 20 MB file with 413 and stores nothing', async () => {
    const s = await scene();
    const big = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]);
    expect(big.length).toBeGreaterThan(PLAN_ATTACHMENT_MAX_BYTES);
    const res = await s.coordinator
      .post(`${s.url}?name=groot.pdf`)
      .set('Content-Type', 'application/pdf')
      .send(big);
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await count(s.theCase.id)).toBe(0);
  });

  it('refuses an upload by someone without a relationship, and a JSON body elsewhere is still JSON only', async () => {
    const s = await scene();
    const res = await s.stranger.post(`${s.url}?name=x.pdf`).set('Content-Type', 'application/pdf').send(PDF);
    expect(res.status).toBe(404);
    const notJson = await s.coordinator
      .put(`/api/v1/cases/${s.theCase.id}/plan`)
      .set('Content-Type', 'application/pdf')
      .send(PDF);
    expect(notJson.status).toBe(415);
    expect(await count(s.theCase.id)).toBe(0);
  });
});
