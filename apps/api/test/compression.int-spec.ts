import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { IncomingHttpHeaders, Server, get as httpGet } from 'node:http';
import { AddressInfo } from 'node:net';
import { TestApp, createTestApp } from './support/test-app';

describe('compressed and cached answers', () => {
  let t: TestApp;
  let webRoot: string;
  /** The app's starter (apps/web/public/start.js), as the build copies it next to the index. */
  const starter = 'document.currentScript;';
  const script = `console.log(${JSON.stringify('Tafel '.repeat(2000))});`;
  const styles = `body { margin: 0; } ${'p { color: #111; } '.repeat(200)}`;
  /** V8's compile hint, which the server puts in front of every hashed script (hashed-assets.ts). */
  const hinted = (js: string) => `//# allFunctionsCalledOnLoad\n${js}`;
  // Varied enough that brotli's highest quality (11) beats the on-the-fly quality 4 clearly.
  const chunk = Array.from({ length: 3000 }, (_, i) => `export const v${i} = ${(i * 7919) % 10007};`).join(
    '\n',
  );

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'tafel-web-'));
    // As the build writes them: the app's scripts and their modulepreloads at the end of the body.
    const html = (text: string) =>
      `<!doctype html><title>${text}</title><link rel="stylesheet" href="styles-IJKL9012.css">` +
      `${'<p>x</p>'.repeat(300)}<link rel="modulepreload" href="chunk-EFGH5678.js">` +
      `<script src="polyfills-MNOP3456.js" type="module"></script>` +
      `<script src="main-ABCD1234.js" type="module"></script>` +
      `<script id="ng-state" type="application/json">{}</script>`;
    writeFileSync(join(webRoot, 'index.csr.html'), html('Tafel'));
    // What the build prerenders: a page's own index.html, per locale.
    for (const [dir, title] of [
      ['login', 'Inloggen'],
      ['en/login', 'Sign in'],
    ]) {
      mkdirSync(join(webRoot, dir), { recursive: true });
      writeFileSync(join(webRoot, dir, 'index.html'), html(title));
    }
    writeFileSync(join(webRoot, 'en', 'index.csr.html'), html('Tafel (en)'));
    writeFileSync(join(webRoot, 'main-ABCD1234.js'), script);
    writeFileSync(join(webRoot, 'start.js'), starter);
    writeFileSync(join(webRoot, 'chunk-EFGH5678.js'), chunk);
    writeFileSync(join(webRoot, 'styles-IJKL9012.css'), styles);
    writeFileSync(join(webRoot, 'favicon.ico'), 'icon');
    t = await createTestApp({ WEB_ROOT: webRoot });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  /** The raw bytes as sent (supertest would decompress them). */
  const get = async (path: string, encoding: string, accept = '*/*') => {
    const server = t.app.getHttpServer() as Server;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      httpGet(
        { host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': encoding, Accept: accept } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        },
      ).on('error', reject);
    });
  };

  it('sends a hashed script brotli- or gzip-compressed, cached for a year as immutable', async () => {
    const br = await get('/main-ABCD1234.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(br.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(hinted(script));

    const gzip = await get('/main-ABCD1234.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(hinted(script));

    const plain = await get('/main-ABCD1234.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(hinted(script));
  });

  it('sends a hashed script at brotli quality 11 once it has been compressed in the background', async () => {
    const quality = (q: number) =>
      brotliCompressSync(hinted(chunk), { params: { [constants.BROTLI_PARAM_QUALITY]: q } });
    const best = quality(11);
    expect(best.length).toBeLessThan(quality(4).length * 0.8);
    // The first answer is compressed on the fly; it starts the slow compression, whose result follows.
    let answer = await get('/chunk-EFGH5678.js', 'gzip, deflate, br');
    for (let i = 0; i < 50 && !answer.body.equals(best); i++) {
      expect(brotliDecompressSync(answer.body).toString()).toBe(hinted(chunk));
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await get('/chunk-EFGH5678.js', 'gzip, deflate, br');
    }
    expect(answer.body.equals(best)).toBe(true);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(answer.headers['content-length']).toBe(String(best.length));
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers['vary']).toMatch(/Accept-Encoding/i);

    // A browser without brotli still gets gzip, and one without compression the plain file.
    const gzip = await get('/chunk-EFGH5678.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(hinted(chunk));
    const plain = await get('/chunk-EFGH5678.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(hinted(chunk));
  });

  it("puts V8's compile hint in front of a hashed script only, not of a stylesheet", async () => {
    const js = await get('/main-ABCD1234.js', 'identity');
    expect(js.body.toString().startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    const css = await get('/styles-IJKL9012.css', 'identity');
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(css.body.toString()).toBe(styles);
    expect((await get('/missing-ABCD1234.js', 'identity', 'text/javascript')).status).toBe(404);
  });

  it("revalidates the app's index on every load and caches an unhashed file briefly", async () => {
    const page = await get('/tafels/123', 'br', 'text/html');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.body).toString()).toContain('<title>Tafel</title>');
    const icon = await get('/favicon.ico', 'br');
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
  });

  it("sends a prerendered page its own index.html, revalidated and compressed like the app's index", async () => {
    for (const [path, title] of [
      ['/login', 'Inloggen'],
      ['/login/', 'Inloggen'],
      ['/login?terug=/gezinnen', 'Inloggen'],
      ['/en/login', 'Sign in'],
      ['/en/tafels/123', 'Tafel (en)'],
    ]) {
      const page = await get(path, 'gzip, deflate, br', 'text/html');
      expect({ path, status: page.status }).toEqual({ path, status: 200 });
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(page.body).toString()).toContain(`<title>${title}</title>`);
    }
  });

  it("has a page's scripts fetched at low priority, after its HTML and stylesheet, and run by the app's starter", async () => {
    const version = createHash('sha256').update(starter).digest('hex').slice(0, 12);
    for (const path of ['/login', '/tafels/123']) {
      const html = brotliDecompressSync((await get(path, 'br', 'text/html')).body).toString();
      expect(html).toContain('<link rel="stylesheet" href="styles-IJKL9012.css">');
      expect(html).toContain(
        '<link fetchpriority="low" rel="modulepreload" href="chunk-EFGH5678.js">' +
          `<script src="start.js?v=${version}" defer data-modules="polyfills-MNOP3456.js main-ABCD1234.js"></script>` +
          '<link fetchpriority="low" rel="modulepreload" href="polyfills-MNOP3456.js">' +
          '<link fetchpriority="low" rel="modulepreload" href="main-ABCD1234.js">',
      );
      expect(html).not.toContain('type="module"');
      expect(html).toContain('<script id="ng-state" type="application/json">{}</script>');
    }
    const served = await get(`/start.js?v=${version}`, 'identity');
    expect(served.body.toString()).toBe(starter);
  });

  it('compresses API answers too, which stay uncached', async () => {
    const openapi = await get('/api/v1/openapi.json', 'gzip');
    expect(openapi.headers['content-encoding']).toBe('gzip');
    expect(openapi.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(gunzipSync(openapi.body).toString())).toHaveProperty('openapi');
  });
});
