import crypto from 'node:crypto';
import fs from 'node:fs';
import {
  createLocalJWKSet,
  decodeProtectedHeader,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
  type KeyLike,
} from 'jose';
import type { AuthConfig, Role } from '../config';
import { roles as knownRoles } from '../config';
import { UnauthenticatedError } from '../errors';

/** Who is asking: a token's subject or an API key's name, and the roles it holds. */
export interface Viewer {
  id: string;
  roles: Role[];
  via: 'jwt' | 'api-key';
}

export interface CredentialHeaders {
  authorization?: string;
  apiKey?: string;
}

export type Authenticate = (headers: CredentialHeaders) => Promise<Viewer | null>;

/** Thrown at start when a configured key file cannot be read or parsed. */
export class AuthConfigError extends Error {}

const ASYMMETRIC = ['RS256', 'ES256'];

function readFile(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AuthConfigError(`Cannot read ${what} ${file}: ${(error as Error).message}`);
  }
}

function publicKey(file: string): { key: KeyLike; algorithm: string } {
  let key: crypto.KeyObject;
  try {
    key = crypto.createPublicKey(readFile(file, 'AUTH_JWT_PUBLIC_KEY_FILE'));
  } catch (error) {
    if (error instanceof AuthConfigError) throw error;
    throw new AuthConfigError(`AUTH_JWT_PUBLIC_KEY_FILE ${file} is not a PEM public key`);
  }
  if (key.asymmetricKeyType === 'rsa') return { key, algorithm: 'RS256' };
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return { key, algorithm: 'ES256' };
  throw new AuthConfigError(`AUTH_JWT_PUBLIC_KEY_FILE ${file} must be an RSA key (RS256) or an EC P-256 key (ES256)`);
}

function jwks(file: string): JWTVerifyGetKey {
  try {
    return createLocalJWKSet(JSON.parse(readFile(file, 'AUTH_JWKS_FILE')) as Parameters<typeof createLocalJWKSet>[0]);
  } catch (error) {
    if (error instanceof AuthConfigError) throw error;
    throw new AuthConfigError(`AUTH_JWKS_FILE ${file} is not a JWKS document: ${(error as Error).message}`);
  }
}

function rolesOf(claim: unknown): Role[] {
  const list = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  return knownRoles.filter((role) => list.includes(role));
}

function sha256(text: string): Buffer {
  return crypto.createHash('sha256').update(text, 'utf8').digest();
}

/** Why a token failed, in words a client can act on; never the token itself. */
function reason(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'The token has expired.';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'The token signature does not verify.';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `The token's ${error.claim} claim is not accepted.`;
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'The token is signed with an algorithm this server does not accept.';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'No configured key matches the token.';
  return 'The token is not a valid JWT.';
}

/**
 * Checks `Authorization: Bearer <jwt>` or `X-API-Key`. No credentials: null (anonymous). Credentials that do not verify
 * (bad signature, expired, alg none, an algorithm without a configured key, an unknown API key): UnauthenticatedError.
 */
export function createAuthenticator(config: AuthConfig): Authenticate {
  const secret = config.jwtSecret === null ? null : new TextEncoder().encode(config.jwtSecret);
  const pem = config.jwtPublicKeyFile === null ? null : publicKey(config.jwtPublicKeyFile);
  const keySet = config.jwksFile === null ? null : jwks(config.jwksFile);
  const apiKeys = config.apiKeys.map((entry) => ({ ...entry, hash: Buffer.from(entry.sha256, 'hex') }));
  const claims = { issuer: config.issuer ?? undefined, audience: config.audience ?? undefined, requiredClaims: ['sub', 'exp'] };

  async function verify(token: string): Promise<Viewer> {
    let algorithm: string | undefined;
    try {
      algorithm = decodeProtectedHeader(token).alg;
    } catch {
      throw new UnauthenticatedError('The token is not a valid JWT.');
    }
    try {
      let payload: JWTPayload;
      if (algorithm === 'HS256' && secret !== null) {
        ({ payload } = await jwtVerify(token, secret, { ...claims, algorithms: ['HS256'] }));
      } else if (algorithm !== undefined && pem !== null && algorithm === pem.algorithm) {
        ({ payload } = await jwtVerify(token, pem.key, { ...claims, algorithms: [pem.algorithm] }));
      } else if (algorithm !== undefined && keySet !== null && ASYMMETRIC.includes(algorithm)) {
        ({ payload } = await jwtVerify(token, keySet, { ...claims, algorithms: ASYMMETRIC }));
      } else {
        throw new UnauthenticatedError(`Tokens signed with ${String(algorithm ?? 'no algorithm')} are not accepted here.`);
      }
      return { id: String(payload.sub), roles: rolesOf(payload.roles), via: 'jwt' };
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      throw new UnauthenticatedError(reason(error));
    }
  }

  function apiKey(key: string): Viewer {
    const hash = sha256(key);
    // Compare against every entry, each in constant time, so the timing says nothing about which one matched.
    let found: (typeof apiKeys)[number] | undefined;
    for (const entry of apiKeys) if (crypto.timingSafeEqual(entry.hash, hash)) found ??= entry;
    if (found === undefined) throw new UnauthenticatedError('The API key is not known.');
    return { id: `api-key:${found.name}`, roles: found.role === 'admin' ? ['editor', 'admin'] : ['editor'], via: 'api-key' };
  }

  return async (headers) => {
    if (headers.apiKey !== undefined && headers.apiKey !== '') return apiKey(headers.apiKey);
    const authorization = headers.authorization?.trim();
    if (authorization === undefined || authorization === '') return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (match === null) throw new UnauthenticatedError('Send the token as "Authorization: Bearer <token>".');
    const viewer = await verify(match[1]);
    // An admin may do whatever an editor may.
    if (viewer.roles.includes('admin') && !viewer.roles.includes('editor')) viewer.roles.unshift('editor');
    return viewer;
  };
}
