import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { AppContext } from '../../context';
import { Citation } from '../common/citation.type';
import { EventLink, Participation } from '../events/event.type';
import { City, Country } from '../places/place.type';
import { Membership } from './membership.type';
import type { Organization } from './organization.type';
import { BoardRole } from './role.type';
import { Tie } from './tie.type';

/** Field resolvers every organization-like type shares (Organization and Association). */
export function createOrganizationFieldsResolver<T extends Organization>(type: ClassType<T>) {
  @Resolver(() => type)
  abstract class OrganizationFieldsResolver {
    @FieldResolver(() => City, { nullable: true, description: 'Where it is based.' })
    city(@Root() o: Organization, @Ctx() ctx: AppContext) {
      return o.citySlug === null ? null : ctx.loaders.cityBySlug.load(o.citySlug);
    }

    @FieldResolver(() => Country, { nullable: true, description: 'Its country (of its city, or as its source names it).' })
    country(@Root() o: Organization, @Ctx() ctx: AppContext) {
      return o.countryCode === null ? null : ctx.loaders.countryByCode.load(o.countryCode);
    }

    @FieldResolver(() => [Membership], { description: 'Its memberships in associations, with since, until and the admitting event.' })
    memberships(@Root() o: Organization, @Ctx() ctx: AppContext) {
      return ctx.loaders.membershipsByMember.load(o.uid);
    }

    @FieldResolver(() => [Tie], {
      description: 'Its ties to other organizations: agreements, co-founding, cooperation, networks, joint programmes.',
    })
    partners(@Root() o: Organization, @Ctx() ctx: AppContext) {
      return ctx.loaders.partnersByOrganization.load(o.id);
    }

    @FieldResolver(() => [EventLink], { description: 'Events it organized, was admitted at, or signed an agreement at, in time order.' })
    events(@Root() o: Organization, @Ctx() ctx: AppContext) {
      return ctx.loaders.eventsByOrganization.load(o.id);
    }

    @FieldResolver(() => [Participation], { description: 'Programmes (festivals, projects, funds) it took part in.' })
    programmes(@Root() o: Organization, @Ctx() ctx: AppContext) {
      return ctx.loaders.participationsByOrganization.load(o.id);
    }

    @FieldResolver(() => [BoardRole], { description: 'Roles people held in it (its board, editors, coordinators).' })
    roles(@Root() o: Organization, @Ctx() ctx: AppContext) {
      return ctx.loaders.rolesByOrganization.load(o.id);
    }

    @FieldResolver(() => [Citation])
    sources(@Root() o: Organization, @Ctx() ctx: AppContext) {
      return ctx.loaders.citationsByUid.load(o.uid);
    }
  }
  return OrganizationFieldsResolver;
}
