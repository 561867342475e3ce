import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context';
import { BadInputError } from '../../errors';
import { IdOrSlugArgs, IncludeRetractedArgs } from '../../shared/args';
import { Connection, isFieldRequested, pageRequest, toConnection } from '../../shared/pagination';
import { selectionTree, selectsOnly, type SelectionTree } from '../../shared/selection';
import { OrganizationOrder, OrganizationsArgs } from './organization.inputs';
import { createOrganizationFieldsResolver, firstTiePage } from './organization-fields.resolver';
import { CORE_ORGANIZATION } from './organization.columns';
import { organizationRepository } from './organization.repository';
import { NO_PLACES } from '../places/place.columns';
import { Organization } from './organization.type';

export const OrganizationConnection = Connection(Organization, 'Organization');

/** A page whose organizations are read only for their core fields reads their core columns (page-*.cypher with $core). */
const CORE_PAGE_SELECTION: SelectionTree = {
  edges: { cursor: true, node: CORE_ORGANIZATION },
  nodes: CORE_ORGANIZATION,
  pageInfo: true,
  totalCount: true,
};

@Resolver(() => Organization)
export class OrganizationResolver extends createOrganizationFieldsResolver(Organization) {
  @Query(() => OrganizationConnection, { description: 'Organizations, filtered, in pages (Relay connection with keyset cursors).' })
  async organizations(@Args() args: OrganizationsArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    const request = pageRequest(args, args.orderBy, args.orderBy === OrganizationOrder.NAME_DESC, ['string']);
    const filter = args.filter ?? {};
    // Each query only when its answer is asked for: a count alone reads no page, a page alone counts nothing.
    const needsRows = ['edges', 'nodes', 'pageInfo'].some((field) => isFieldRequested(info, field));
    const columns = selectsOnly(selectionTree(info), CORE_PAGE_SELECTION) ? 'core' : 'full';
    const [{ rows, places }, totalCount] = await Promise.all([
      needsRows
        ? organizationRepository.page(ctx.graph, filter, request, columns, ctx.loaders.placeColumns())
        : { rows: [], places: NO_PLACES },
      isFieldRequested(info, 'totalCount') ? organizationRepository.count(ctx.graph, filter) : null,
    ]);
    // A core row lacks fields other selections read: it stays out of the organization loaders.
    if (columns === 'full') ctx.loaders.primeOrganizations(rows);
    ctx.loaders.primePlaces(places);
    return toConnection(rows, request, (o) => ({ order: args.orderBy, key: [o.sortName], id: o.id }), totalCount);
  }

  @Query(() => Organization, { nullable: true, description: 'One organization by id or slug; null when there is none.' })
  async organization(
    @Args() args: IdOrSlugArgs,
    @Args() { includeRetracted }: IncludeRetractedArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // An explicit null (a variable left null) counts as not given.
    const { id, slug } = { id: args.id ?? undefined, slug: args.slug ?? undefined };
    if ((id === undefined) === (slug === undefined)) throw new BadInputError('Give exactly one of id or slug', ['id']);
    // A detail view's lists come in the organization's own query.
    const selection = selectionTree(info);
    const detail = {
      memberships: Object.hasOwn(selection, 'memberships'),
      programmes: Object.hasOwn(selection, 'programmes'),
      ties: firstTiePage(info, selection),
    };
    const live =
      detail.memberships || detail.programmes || detail.ties !== null
        ? ctx.loaders.organizationDetail.load({ key: id ?? slug!, bySlug: id === undefined, detail })
        : id !== undefined
          ? ctx.loaders.organizationById.load(id)
          : ctx.loaders.organizationBySlug.load(slug!);
    if (!includeRetracted) return live;
    // Only when asked, and only when no live one has the key: a separate read (docs/curation.md).
    return (await live) ?? ctx.loaders.retracted().organization.load({ key: id ?? slug!, bySlug: id === undefined });
  }
}
