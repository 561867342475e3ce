import { Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { IncludeRetractedArgs } from '../../shared/args';
import { Citation } from '../common/citation.type';
import { Event } from '../events/event.type';
import { Membership } from '../memberships/membership.type';
import { placeRepository } from './place.repository';
import { CitiesArgs, CountriesArgs, CountryArgs, DistrictsArgs, MembersArgs, MembersPageArgs, SlugArgs } from './place.inputs';
import type { PlaceMembersKey } from './place.repository';
import { City, Country, District, Region } from './place.type';

const membersKey = (label: PlaceMembersKey['label'], slug: string, args: MembersArgs): PlaceMembersKey => ({
  label,
  slug,
  asOf: args.asOf ?? null,
  association: args.association,
});

@Resolver(() => City)
export class CityResolver {
  @Query(() => [City], { description: 'Places in name order, optionally of one region, district or country.' })
  async cities(@Args() args: CitiesArgs, @Ctx() ctx: AppContext) {
    return ctx.loaders.cityBySlug.loadMany(await placeRepository.citySlugs(ctx.graph, args));
  }

  @Query(() => City, { nullable: true, description: 'One place by slug; null when there is none.' })
  async city(@Args() { slug }: SlugArgs, @Args() { includeRetracted }: IncludeRetractedArgs, @Ctx() ctx: AppContext) {
    const live = ctx.loaders.cityBySlug.load(slug);
    return includeRetracted ? ((await live) ?? ctx.loaders.retracted().cityBySlug.load(slug)) : live;
  }

  @FieldResolver(() => City, { nullable: true, description: 'The city a settlement or city municipality is part of.' })
  partOf(@Root() c: City, @Ctx() ctx: AppContext) {
    return c.partOfSlug === null ? null : ctx.loaders.cityBySlug.load(c.partOfSlug);
  }

  @FieldResolver(() => [City], { description: 'Settlements and municipalities that are part of it.' })
  async places(@Root() c: City, @Ctx() ctx: AppContext) {
    return ctx.loaders.cityBySlug.loadMany(await ctx.loaders.citiesByParent.load({ label: 'City', slug: c.slug }));
  }

  @FieldResolver(() => District, {
    nullable: true,
    description:
      "The district (okrug) it is in, a settlement's being that of the city it is part of; null for the City of Belgrade and places outside Serbia.",
  })
  district(@Root() c: City, @Ctx() ctx: AppContext) {
    return c.districtSlug === null ? null : ctx.loaders.districtBySlug.get(c.districtSlug);
  }

  @FieldResolver(() => Region, {
    nullable: true,
    description: 'The statistical region it is in, through its district or directly (the City of Belgrade); null outside Serbia.',
  })
  region(@Root() c: City, @Ctx() ctx: AppContext) {
    return c.regionSlug === null ? null : ctx.loaders.regionBySlug.get(c.regionSlug);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country it is in.' })
  country(@Root() c: City, @Ctx() ctx: AppContext) {
    return c.countryCode === null ? null : ctx.loaders.countryByCode.get(c.countryCode);
  }

  @FieldResolver(() => Int, { description: 'Members based here or in places within (as of a date: known for certain by then).' })
  async memberCount(@Root() c: City, @Args() args: MembersArgs, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.membersByPlace.load(membersKey('City', c.slug, args))).count;
  }

  @FieldResolver(() => [Membership], {
    description: 'Memberships of members based here or in places within (as of a date), by member name; at most `first`.',
  })
  async members(@Root() c: City, @Args() args: MembersPageArgs, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.membersByPlace.load(membersKey('City', c.slug, args))).first.slice(0, args.first);
  }

  @FieldResolver(() => [Event], { description: 'Events held here or in places within, in time order.' })
  async events(@Root() c: City, @Ctx() ctx: AppContext) {
    return ctx.loaders.eventBySlug.loadMany(await ctx.loaders.eventsByCity.load(c.slug));
  }

  @FieldResolver(() => [Citation], { description: "The sources that state its facts, in the dataset's order." })
  sources(@Root() c: City, @Ctx() ctx: AppContext) {
    return ctx.loaders.citationsByUid.load(c.uid);
  }
}

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => [District], { description: 'Districts (okrugs), optionally of one region.' })
  async districts(@Args() args: DistrictsArgs, @Ctx() ctx: AppContext) {
    return ctx.loaders.districtBySlug.loadMany(await placeRepository.districtSlugs(ctx.graph, args.region ?? null));
  }

  @Query(() => District, { nullable: true, description: 'One district by slug; null when there is none.' })
  async district(@Args() { slug }: SlugArgs, @Args() { includeRetracted }: IncludeRetractedArgs, @Ctx() ctx: AppContext) {
    const live = ctx.loaders.districtBySlug.load(slug);
    return includeRetracted ? ((await live) ?? ctx.loaders.retracted().districtBySlug.load(slug)) : live;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The statistical region the district is in.' })
  region(@Root() d: District, @Ctx() ctx: AppContext) {
    return d.regionSlug === null ? null : ctx.loaders.regionBySlug.get(d.regionSlug);
  }

  @FieldResolver(() => City, { nullable: true, description: 'The district seat.' })
  seat(@Root() d: District, @Ctx() ctx: AppContext) {
    return d.seatSlug === null ? null : ctx.loaders.cityBySlug.load(d.seatSlug);
  }

  @FieldResolver(() => [City], { description: 'The places of this dataset in the district (not an exhaustive list).' })
  async cities(@Root() d: District, @Ctx() ctx: AppContext) {
    return ctx.loaders.cityBySlug.loadMany(await ctx.loaders.citiesByParent.load({ label: 'District', slug: d.slug }));
  }

  @FieldResolver(() => Int, { description: 'Members based in the district (as of a date: known for certain by then).' })
  async memberCount(@Root() d: District, @Args() args: MembersArgs, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.membersByPlace.load(membersKey('District', d.slug, args))).count;
  }

  @FieldResolver(() => [Membership], { description: 'Memberships of members based here (as of a date), by member name; at most `first`.' })
  async members(@Root() d: District, @Args() args: MembersPageArgs, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.membersByPlace.load(membersKey('District', d.slug, args))).first.slice(0, args.first);
  }

  @FieldResolver(() => [Citation], { description: "The sources that state its facts, in the dataset's order." })
  sources(@Root() d: District, @Ctx() ctx: AppContext) {
    return ctx.loaders.citationsByUid.load(d.uid);
  }
}

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: 'Statistical regions of Serbia.' })
  async regions(@Ctx() ctx: AppContext) {
    return ctx.loaders.regionBySlug.loadMany(await placeRepository.regionSlugs(ctx.graph));
  }

  @Query(() => Region, { nullable: true, description: 'One statistical region by slug; null when there is none.' })
  async region(@Args() { slug }: SlugArgs, @Args() { includeRetracted }: IncludeRetractedArgs, @Ctx() ctx: AppContext) {
    const live = ctx.loaders.regionBySlug.load(slug);
    return includeRetracted ? ((await live) ?? ctx.loaders.retracted().regionBySlug.load(slug)) : live;
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country the region is in.' })
  country(@Root() r: Region, @Ctx() ctx: AppContext) {
    return r.countryCode === null ? null : ctx.loaders.countryByCode.load(r.countryCode);
  }

  @FieldResolver(() => [District], { description: 'The districts (okrugs) of the region, in name order.' })
  async districts(@Root() r: Region, @Ctx() ctx: AppContext) {
    return ctx.loaders.districtBySlug.loadMany(await ctx.loaders.districtsByRegion.load(r.slug));
  }

  @FieldResolver(() => [City], { description: 'The places of this dataset in the region.' })
  async cities(@Root() r: Region, @Ctx() ctx: AppContext) {
    return ctx.loaders.cityBySlug.loadMany(await ctx.loaders.citiesByParent.load({ label: 'Region', slug: r.slug }));
  }

  @FieldResolver(() => Int, { description: 'Members based in the region (as of a date: known for certain by then).' })
  async memberCount(@Root() r: Region, @Args() args: MembersArgs, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.membersByPlace.load(membersKey('Region', r.slug, args))).count;
  }

  @FieldResolver(() => [Membership], { description: 'Memberships of members based here (as of a date), by member name; at most `first`.' })
  async members(@Root() r: Region, @Args() args: MembersPageArgs, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.membersByPlace.load(membersKey('Region', r.slug, args))).first.slice(0, args.first);
  }

  @FieldResolver(() => [Citation], { description: "The sources that state its facts, in the dataset's order." })
  sources(@Root() r: Region, @Ctx() ctx: AppContext) {
    return ctx.loaders.citationsByUid.load(r.uid);
  }
}

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => [Country], { description: 'Countries in English name order, optionally only those in or outside Southeast Europe.' })
  async countries(@Args() args: CountriesArgs, @Ctx() ctx: AppContext) {
    return ctx.loaders.countryByCode.loadMany(await placeRepository.countryCodes(ctx.graph, args.southeastEurope ?? null));
  }

  @Query(() => Country, { nullable: true, description: 'One country by code; null when there is none.' })
  async country(@Args() { code }: CountryArgs, @Args() { includeRetracted }: IncludeRetractedArgs, @Ctx() ctx: AppContext) {
    const live = ctx.loaders.countryByCode.load(code);
    return includeRetracted ? ((await live) ?? ctx.loaders.retracted().countryByCode.load(code)) : live;
  }

  @FieldResolver(() => [Citation], { description: "The sources that state its facts, in the dataset's order." })
  sources(@Root() c: Country, @Ctx() ctx: AppContext) {
    return ctx.loaders.citationsByUid.load(c.uid);
  }
}
