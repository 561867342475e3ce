import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { Role } from '../config';
import type { AppContext } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors';

/** The one check behind every @Authorized(role): a caller is needed, and it must hold one of the roles named. */
export class RoleChecker implements AuthCheckerInterface<AppContext, Role> {
  check({ context, info }: ResolverData<AppContext>, needed: Role[]): boolean {
    const viewer = context.viewer;
    if (viewer === null) throw new UnauthenticatedError(`${info.fieldName} needs credentials (a token or an API key).`);
    if (needed.length > 0 && !needed.some((role) => viewer.roles.includes(role))) {
      throw new ForbiddenError(`${info.fieldName} needs the role ${needed.join(' or ')}.`, { needed, held: viewer.roles });
    }
    return true;
  }
}
