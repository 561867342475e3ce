import type { ClassType, NonEmptyArray } from 'type-graphql';
import { ChangesResolver } from './analytics/changes.resolver';
import {
  DecentralizationResolver,
  DecentralizationStepResolver,
  DecentralizationUnitResolver,
} from './analytics/decentralization.resolver';
import { AssociationResolver, GoalResolver, MemberCityResolver, MembershipReportResolver } from './association/association.resolver';
import { CitationResolver } from './common/citation.resolver';
import { CurationResolver, MembershipWriteResolver, OrganizationWriteResolver, SourceWriteResolver } from './curation/curation.resolver';
import { recordMutationResolvers, RecordWriteResolver } from './curation/record.resolver';
import { RetractionResolver, RetractionWriteResolver } from './curation/retraction.resolver';
import { ViewerResolver } from './curation/viewer.resolver';
import { AgreementResolver, EventResolver, ProgrammeResolver } from './events/event.resolver';
import { OrganizationResolver } from './organizations/organization.resolver';
import { AffiliationResolver, PersonResolver } from './people/person.resolver';
import { MembershipResolver } from './memberships/membership.resolver';
import { EventLinkResolver, ParticipationResolver } from './events/participation.resolver';
import { BoardRoleResolver } from './roles/role.resolver';
import { TieResolver } from './partnerships/tie.resolver';
import { CityResolver, CountryResolver, DistrictResolver, RegionResolver } from './places/place.resolver';
import {
  BridgeCarrierResolver,
  NetworkAreaResolver,
  NetworkBridgeResolver,
  NetworkGroupResolver,
  NetworkMetricsResolver,
  NetworkOrganizationResolver,
} from './network/network.resolver';
import { keyedIdResolvers, NodeResolver } from './node/node.resolver';
import { retractionResolvers } from './node/retracted.resolver';
import { partnershipResolvers } from './partnerships/partnership.resolver';
import { SearchResolver } from './search/search.resolver';

/** The single list of resolver classes handed to buildSchema. */
export const resolvers: NonEmptyArray<ClassType> = [
  OrganizationResolver,
  PersonResolver,
  MembershipResolver,
  TieResolver,
  EventLinkResolver,
  ParticipationResolver,
  BoardRoleResolver,
  AffiliationResolver,
  CityResolver,
  DistrictResolver,
  RegionResolver,
  CountryResolver,
  EventResolver,
  ProgrammeResolver,
  AgreementResolver,
  AssociationResolver,
  MembershipReportResolver,
  MemberCityResolver,
  GoalResolver,
  CitationResolver,
  SearchResolver,
  NodeResolver,
  ...keyedIdResolvers,
  ...retractionResolvers,
  ...partnershipResolvers,
  NetworkMetricsResolver,
  NetworkOrganizationResolver,
  NetworkGroupResolver,
  NetworkBridgeResolver,
  BridgeCarrierResolver,
  NetworkAreaResolver,
  DecentralizationResolver,
  DecentralizationUnitResolver,
  DecentralizationStepResolver,
  ChangesResolver,
  ViewerResolver,
  CurationResolver,
  SourceWriteResolver,
  OrganizationWriteResolver,
  MembershipWriteResolver,
  ...recordMutationResolvers,
  RecordWriteResolver,
  RetractionResolver,
  RetractionWriteResolver,
];
