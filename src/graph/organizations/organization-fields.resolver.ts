import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Int, Resolver, Root, type ClassType } from 'type-graphql';
import type { AppContext } from '../../context';
import { validateSync } from 'class-validator';
import { pageRequest, toConnection } from '../../shared/pagination';
import { PartialDateScalar } from '../../shared/scalars';
import { ARGUMENT_VALIDATION } from '../../shared/validators';
import { childFieldArguments, selectionTree, selectsOnly, type SelectionTree } from '../../shared/selection';
import { Citation } from '../common/citation.type';
import { InferredValue, inferredValues } from '../common/inferred.type';
import { EventLink, Participation } from '../events/event.type';
import { Membership } from '../memberships/membership.type';
import { TieConnection } from '../partnerships/tie.type';
import { City, Country } from '../places/place.type';
import { BoardRole } from '../roles/role.type';
import type { Organization } from './organization.type';
import { PartnersArgs } from './organization.inputs';
import type { FirstTiePage } from './organization.repository';

const PARTNER_ORDER = 'PARTNER_NAME';

/** A selection of ties within this reads only their core columns (partners-core-by-organizations.cypher). */
const CORE_TIE: SelectionTree = { id: true, origin: true, partner: { id: true, name: true, city: true } };
const CORE_TIE_SELECTION: SelectionTree = { edges: { cursor: true, node: CORE_TIE }, nodes: CORE_TIE, pageInfo: true, totalCount: true };

/** The origins a page of ties is of: each once, sorted, so equal requests share a loader key; null for all of them. */
const tieOrigins = (via: readonly string[] | null | undefined): readonly string[] | null =>
  via === undefined || via === null ? null : [...new Set(via)].sort();

/**
 * The page `partners` will ask for, read ahead by an organization in detail (one query for both): only a first page of
 * core columns, with arguments its own validation (PartnersArgs' rules) accepts; null otherwise, and `partners` reads
 * for itself, and reports what is wrong.
 */
export function firstTiePage(info: GraphQLResolveInfo, selection: SelectionTree): FirstTiePage | null {
  const partners = selection.partners;
  if (partners === undefined || partners === true || !selectsOnly(partners, CORE_TIE_SELECTION)) return null;
  const coerced = childFieldArguments(info, 'partners');
  if (coerced === null) return null;
  const args = Object.assign(new PartnersArgs(), coerced);
  if ((args.after !== undefined && args.after !== null) || validateSync(args, ARGUMENT_VALIDATION).length > 0) return null;
  return { limit: args.first + 1, origins: tieOrigins(args.via), withTotal: Object.hasOwn(partners, 'totalCount') };
}

/** The row itself when it is whole; a tie's partner comes with its core only, and the rest is read when asked for. */
function whole(o: Organization, ctx: AppContext): Organization | Promise<Organization | null> {
  return o.aliases !== undefined ? o : ctx.loaders.organizationDetailsById.load(o.id);
}

/** Field resolvers every organization-like type shares (Organization and Association). */
export function createOrganizationFieldsResolver<T extends Organization>(type: ClassType<T>) {
  @Resolver(() => type)
  abstract class OrganizationFieldsResolver {
    @FieldResolver(() => [String], { description: 'Other spellings and names (Cyrillic forms, abbreviations); search finds them.' })
    async aliases(@Root() o: Organization, @Ctx() ctx: AppContext) {
      return (await whole(o, ctx))?.aliases ?? [];
    }

    @FieldResolver(() => [String], { description: 'The artistic or cultural fields it works in; empty when none are recorded.' })
    async disciplines(@Root() o: Organization, @Ctx() ctx: AppContext) {
      return (await whole(o, ctx))?.disciplines ?? [];
    }

    @FieldResolver(() => PartialDateScalar, {
      nullable: true,
      description: 'When it was founded, with the precision its sources give; null when not known.',
    })
    async founded(@Root() o: Organization, @Ctx() ctx: AppContext) {
      return (await whole(o, ctx))?.founded ?? null;
    }

    @FieldResolver(() => String, { nullable: true, description: 'The address of its website, when known.' })
    async website(@Root() o: Organization, @Ctx() ctx: AppContext) {
      return (await whole(o, ctx))?.website ?? null;
    }

    @FieldResolver(() => [InferredValue], {
      description:
        'Values of this organization that no source states, each with the rule of this dataset that made it (its city from ' +
        'its name, its kind from its name …); empty when every value is as its sources state it.',
    })
    async inferred(@Root() o: Organization, @Ctx() ctx: AppContext) {
      const row = await whole(o, ctx);
      return inferredValues(row?.inferredFields, row?.inferredRules);
    }

    @FieldResolver(() => Int, { description: 'Its version: 1 as loaded or created, one more with each change (updates send it back).' })
    async version(@Root() o: Organization, @Ctx() ctx: AppContext) {
      return (await whole(o, ctx))?.version ?? 1;
    }

    @FieldResolver(() => City, { nullable: true, description: 'Where it is based.' })
    city(@Root() o: Organization, @Ctx() ctx: AppContext) {
      return o.citySlug === null ? null : ctx.loaders.cityBySlug.get(o.citySlug);
    }

    @FieldResolver(() => Country, { nullable: true, description: 'Its country (of its city, or as its source names it).' })
    country(@Root() o: Organization, @Ctx() ctx: AppContext) {
      if (o.countryCode !== null) return ctx.loaders.countryByCode.get(o.countryCode);
      if (o.citySlug === null) return null;
      // No country stated for it: its city's. The city is usually known already (pages bring their places).
      const countryOf = (city: City | null) => (city?.countryCode ? ctx.loaders.countryByCode.get(city.countryCode) : null);
      const city = ctx.loaders.cityBySlug.get(o.citySlug);
      return city instanceof Promise ? city.then(countryOf) : countryOf(city);
    }

    @FieldResolver(() => [Membership], { description: 'Its memberships in associations, with since, until and the admitting event.' })
    memberships(@Root() o: Organization, @Ctx() ctx: AppContext) {
      return ctx.loaders.membershipsByMember.load(o.uid);
    }

    @FieldResolver(() => TieConnection, {
      description:
        'Its ties to other organizations (agreements, co-founding, cooperation, networks, joint programmes), in pages by partner name, then partner id and tie id; totalCount counts every tie of the origins asked for.',
    })
    async partners(@Root() o: Organization, @Args() args: PartnersArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
      const request = pageRequest(args, PARTNER_ORDER, false, ['string', 'string']);
      const origins = tieOrigins(args.via);
      const selection = selectionTree(info);
      const page = await ctx.loaders.partnerPages.load({
        organizationId: o.id,
        limit: request.limit,
        origins,
        after: request.lower,
        columns: selectsOnly(selection, CORE_TIE_SELECTION) ? 'core' : 'full',
        withTotal: Object.hasOwn(selection, 'totalCount'),
      });
      return toConnection(
        page.ties,
        request,
        (t) => ({ order: PARTNER_ORDER, key: [t.partnerSortName, t.id], id: t.partnerId }),
        page.totalCount,
      );
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

    @FieldResolver(() => [Citation], { description: "The sources that state its facts, in the dataset's order." })
    sources(@Root() o: Organization, @Ctx() ctx: AppContext) {
      return ctx.loaders.citationsByUid.load(o.uid);
    }
  }
  return OrganizationFieldsResolver;
}
