import 'reflect-metadata';
import { SignJWT } from 'jose';
import { ConfigError, loadConfig, roles, type Role } from '../config';

const usage = 'usage: npm run token -- --sub NAME [--role editor|admin]... [--expires 12h]  (signs HS256 with AUTH_JWT_SECRET)';

function parse(argv: string[]): { sub: string; roles: Role[]; expires: string } {
  let sub: string | undefined;
  const chosen: Role[] = [];
  let expires = '12h';
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`missing value for ${flag}\n${usage}`);
    i++;
    if (flag === '--sub') sub = value;
    else if (flag === '--role' && (roles as readonly string[]).includes(value)) chosen.push(value as Role);
    else if (flag === '--expires' && /^\d+[smhd]$/.test(value)) expires = value;
    else throw new Error(`bad argument ${flag} ${value}\n${usage}`);
  }
  if (sub === undefined || sub.trim() === '') throw new Error(usage);
  return { sub, roles: chosen.length > 0 ? chosen : ['editor'], expires };
}

/** Prints a token for local use: the same secret, issuer and audience the server checks. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.auth.jwtSecret === null) throw new Error('Set AUTH_JWT_SECRET (32+ characters) here and for the server');
  const args = parse(process.argv.slice(2));
  let token = new SignJWT({ roles: args.roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(args.sub)
    .setIssuedAt()
    .setExpirationTime(args.expires);
  if (config.auth.issuer !== null) token = token.setIssuer(config.auth.issuer);
  if (config.auth.audience !== null) token = token.setAudience(config.auth.audience);
  process.stdout.write(`${await token.sign(new TextEncoder().encode(config.auth.jwtSecret))}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
