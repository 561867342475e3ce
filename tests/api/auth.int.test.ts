import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { startTestServer, type TestServer } from '../helpers/server';

const secret = 'test-secret-of-more-than-thirty-two-characters';
const issuer = 'https://id.nkss.test';
const audience = 'nkss-graph';
const apiKey = 'nkss-key-for-the-importer-script';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nkss-auth-'));

let server: TestServer;
let closed: TestServer;
let rsa: { privateKey: KeyLike; publicKey: KeyLike };
let ec: { privateKey: KeyLike; publicKey: KeyLike };

type Answer = {
  status: number;
  wwwAuthenticate: string | null;
  body: { data?: { viewer: unknown } | null; errors?: { message: string; extensions: Record<string, unknown> }[] };
};

async function ask(target: TestServer, headers: Record<string, string>, query = '{ viewer { id roles via } }'): Promise<Answer> {
  const res = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, wwwAuthenticate: res.headers.get('www-authenticate'), body: (await res.json()) as Answer['body'] };
}

function token(claims: Record<string, unknown> = {}, options: { expires?: string; issuer?: string; audience?: string } = {}) {
  return new SignJWT({ roles: ['editor'], ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('ana')
    .setIssuedAt()
    .setIssuer(options.issuer ?? issuer)
    .setAudience(options.audience ?? audience)
    .setExpirationTime(options.expires ?? '10m');
}

const hs256 = (jwt: SignJWT) => jwt.sign(new TextEncoder().encode(secret));
const bearer = (jwt: string) => ({ authorization: `Bearer ${jwt}` });

beforeAll(async () => {
  rsa = await generateKeyPair('RS256');
  ec = await generateKeyPair('ES256');
  const pemFile = path.join(dir, 'public.pem');
  fs.writeFileSync(pemFile, (rsa.publicKey as crypto.KeyObject).export({ type: 'spki', format: 'pem' }));
  const jwksFile = path.join(dir, 'jwks.json');
  fs.writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256' }] }));
  const env = {
    AUTH_JWT_SECRET: secret,
    AUTH_JWT_PUBLIC_KEY_FILE: pemFile,
    AUTH_JWKS_FILE: jwksFile,
    AUTH_JWT_ISSUER: issuer,
    AUTH_JWT_AUDIENCE: audience,
    AUTH_API_KEYS: `importer:admin:${crypto.createHash('sha256').update(apiKey).digest('hex')}`,
  };
  server = await startTestServer({ nodeEnv: 'production', env });
  closed = await startTestServer({ nodeEnv: 'production', env: { ...env, AUTH_ANONYMOUS_READS: 'false' } });
});

afterAll(async () => {
  await server.stop();
  await closed.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('credentials that verify', () => {
  test('none: an anonymous read, viewer null', async () => {
    expect(await ask(server, {})).toMatchObject({ status: 200, body: { data: { viewer: null } } });
  });

  test('an HS256 token with the configured issuer and audience', async () => {
    const answer = await ask(server, bearer(await hs256(token())));
    expect(answer.body.data).toEqual({ viewer: { id: 'ana', roles: ['editor'], via: 'jwt' } });
  });

  test('admin includes editor; roles the server does not know are ignored', async () => {
    const answer = await ask(server, bearer(await hs256(token({ roles: ['admin', 'superuser'] }))));
    expect(answer.body.data).toEqual({ viewer: { id: 'ana', roles: ['editor', 'admin'], via: 'jwt' } });
  });

  test('an RS256 token checked with the PEM public key', async () => {
    const jwt = await token().setProtectedHeader({ alg: 'RS256' }).sign(rsa.privateKey);
    expect((await ask(server, bearer(jwt))).body.data).toEqual({ viewer: { id: 'ana', roles: ['editor'], via: 'jwt' } });
  });

  test('an ES256 token checked with the JWKS file', async () => {
    const jwt = await token().setProtectedHeader({ alg: 'ES256', kid: 'ec-1' }).sign(ec.privateKey);
    expect((await ask(server, bearer(jwt))).body.data).toEqual({ viewer: { id: 'ana', roles: ['editor'], via: 'jwt' } });
  });

  test('an API key from the configured hashes', async () => {
    const answer = await ask(server, { 'x-api-key': apiKey });
    expect(answer.body.data).toEqual({ viewer: { id: 'api-key:importer', roles: ['editor', 'admin'], via: 'api-key' } });
  });
});

describe('credentials that do not verify: 401 UNAUTHENTICATED for the whole request, even a read', () => {
  const unsigned = (payload: Record<string, unknown>) =>
    `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.`;
  const now = () => Math.floor(Date.now() / 1000);

  test.each<[string, () => Promise<Record<string, string>>, RegExp]>([
    ['an expired token', async () => bearer(await hs256(token({}, { expires: '-1m' }))), /expired/],
    [
      'a bad signature',
      async () => bearer(await token().sign(new TextEncoder().encode('another-secret-of-thirty-two-characters!'))),
      /signature/,
    ],
    [
      'alg: none',
      async () => bearer(unsigned({ sub: 'ana', roles: ['admin'], exp: now() + 600, iss: issuer, aud: audience })),
      /none|algorithm/,
    ],
    ['a wrong issuer', async () => bearer(await hs256(token({}, { issuer: 'https://evil.test' }))), /iss/],
    ['a wrong audience', async () => bearer(await hs256(token({}, { audience: 'other-api' }))), /aud/],
    [
      'no exp',
      async () =>
        bearer(
          await new SignJWT({ roles: ['editor'] })
            .setProtectedHeader({ alg: 'HS256' })
            .setSubject('ana')
            .setIssuer(issuer)
            .setAudience(audience)
            .sign(new TextEncoder().encode(secret)),
        ),
      /exp/,
    ],
    [
      'an ES256 token whose key is not in the JWKS',
      async () =>
        bearer(
          await token()
            .setProtectedHeader({ alg: 'ES256', kid: 'ec-2' })
            .sign((await generateKeyPair('ES256')).privateKey),
        ),
      /key/,
    ],
    ['not a JWT', async () => bearer('not.a.token'), /not a valid JWT/],
    ['a Basic header', async () => ({ authorization: 'Basic YW5hOnB3' }), /Bearer/],
    ['an unknown API key', async () => ({ 'x-api-key': 'guess' }), /API key/],
  ])('%s', async (_name, headers, message) => {
    const answer = await ask(server, await headers());
    expect(answer.status).toBe(401);
    expect(answer.wwwAuthenticate).toMatch(/^Bearer/);
    expect(answer.body.data ?? null).toBeNull();
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(answer.body.errors![0].message).toMatch(message);
  });
});

describe('AUTH_ANONYMOUS_READS=false', () => {
  test('a read without credentials is 401', async () => {
    const answer = await ask(closed, {}, '{ regions { slug } }');
    expect(answer.status).toBe(401);
    expect(answer.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  test('the same read with a token is answered', async () => {
    const answer = await ask(closed, bearer(await hs256(token())), '{ regions { slug } }');
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({ regions: expect.arrayContaining([{ slug: 'region-vojvodine' }]) });
  });
});
