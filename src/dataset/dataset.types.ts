/** The shape of data/nkss.json (data/README.md documents each key). */
export interface Citation {
  source: string;
  quote: string | null;
}
interface Cited {
  sources: Citation[];
}
/**
 * Values of a record that no source states but a rule of this dataset made, by field: `{ "city": "city-in-name: …" }`
 * (the rule's name, a colon, then how it applied). Optional: a record without it states every value from its sources.
 */
export type Inferred = Record<string, string>;
export interface SourceRecord {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  language: string | null;
  primary: boolean;
}
export interface CountryRecord extends Partial<Cited> {
  code: string;
  name: string;
  nameSr: string;
  southeastEurope: boolean;
}
export interface RegionRecord extends Cited {
  slug: string;
  name: string;
  nameEn: string | null;
  country: string;
}
export interface DistrictRecord extends Cited {
  slug: string;
  name: string;
  nameCyr: string | null;
  seat: string | null;
  region: string;
}
export interface CityRecord extends Cited {
  slug: string;
  name: string;
  nameCyr: string | null;
  nameEn: string | null;
  type: 'CITY' | 'MUNICIPALITY' | 'SETTLEMENT' | null;
  partOf: string | null;
  district: string | null;
  region: string | null;
  country: string;
  lat: number | null;
  lon: number | null;
  population2022: number | null;
  population2011: number | null;
  populationUnit: string | null;
}
export interface OrganizationRecord extends Cited {
  id: string;
  slug: string;
  name: string;
  aliases: string[];
  kind: string | null;
  sector: 'CIVIL' | 'PUBLIC' | 'PRIVATE' | null;
  disciplines: string[];
  founded: string | null;
  website: string | null;
  city: string | null;
  country: string | null;
  /**
   * A network's founding or member countries as its sources name them (country codes; the quote naming them is among its
   * sources); `country` stays the one it is registered in. Optional: most organizations have none.
   */
  countries?: string[];
  /** Values no source states, by field, with the rule that made them. */
  inferred?: Inferred;
}
export interface AssociationRecord extends Cited {
  id: string;
  slug: string;
  name: string;
  nameEn: string | null;
  acronym: string | null;
  website: string | null;
  founded: string | null;
  foundedIn: string | null;
  mission: string | null;
  kind: string | null;
  sector: 'CIVIL' | 'PUBLIC' | 'PRIVATE' | null;
  city: string | null;
  /** The country its sources name for it (a country code); optional, so older files and patches without it still read. */
  country?: string | null;
}
export interface PersonRecord extends Cited {
  id: string;
  slug: string;
  name: string;
  aliases: string[];
  city?: string | null;
}
export interface MembershipRecord extends Cited {
  member: string;
  association: string;
  since: string | null;
  until: string | null;
  founding: boolean;
  admittedAt: string | null;
}
export interface EventRecord extends Cited {
  slug: string;
  kind: string;
  name: string;
  nameEn: string | null;
  start: string | null;
  end: string | null;
  city: string | null;
  online: boolean | null;
  status: 'HELD' | 'ANNOUNCED';
  facts: string[];
  organizers: string[];
  programme: string | null;
}
export interface ProgrammeRecord extends Cited {
  slug: string;
  name: string;
  kind: string;
  start: string | null;
  end: string | null;
  cities: string[];
  /** The countries of its partners as its sources name them (country codes); optional. */
  countries?: string[];
}
export interface ParticipationRecord extends Cited {
  organization: string;
  programme: string;
  role: string | null;
}
export interface GoalRecord extends Cited {
  code: string;
  titleSr: string;
  titleEn: string;
  titleEnOrigin: 'PUBLISHED' | 'DATASET_TRANSLATION';
  themes: string[];
}
export interface MembershipReportRecord extends Cited {
  id: string;
  association: string;
  asOf: string | null;
  event: string | null;
  memberCount: number | null;
  memberQualifier: 'EXACT' | 'ABOUT' | 'MORE_THAN';
  memberUnit: string | null;
  cityCount: number | null;
  cityQualifier: 'EXACT' | 'ABOUT' | 'MORE_THAN' | null;
  cityUnit: string | null;
  cities: string[] | null;
  primary: boolean;
  note: string | null;
  /** Values no source states, by field, with the rule that made them. */
  inferred?: Inferred;
}
export interface AgreementRecord extends Cited {
  id: string;
  name: string;
  signed: string | null;
  parties: string[];
  event: string | null;
  note: string | null;
}
export interface PartnershipRecord extends Cited {
  id: string;
  from: string;
  to: string;
  kind: 'AGREEMENT' | 'CO_FOUNDING' | 'COOPERATION';
  since: string | null;
  until: string | null;
  via: string | null;
  note: string | null;
}
export interface NetworkMembershipRecord extends Cited {
  organization: string;
  network: string;
  since: string | null;
  role: string | null;
}
export interface RoleRecord extends Cited {
  id: string;
  person: string;
  organization: string;
  title: string;
  /** When the role began, only when a source states it (an election, an appointment). */
  since: string | null;
  /**
   * A date on which a source shows the person in the role (a page's date, an assembly that left the board unchanged); not
   * when the role began. Optional, so older files and patches without it still read.
   */
  heldAsOf?: string | null;
  until: string | null;
  electedAt: string | null;
}
export interface AffiliationRecord extends Cited {
  person: string;
  organization: string;
  note: string | null;
}
export interface Dataset {
  version: string;
  about?: string;
  sources: SourceRecord[];
  countries: CountryRecord[];
  regions: RegionRecord[];
  districts: DistrictRecord[];
  cities: CityRecord[];
  association: AssociationRecord;
  organizations: OrganizationRecord[];
  people: PersonRecord[];
  memberships: MembershipRecord[];
  events: EventRecord[];
  programmes: ProgrammeRecord[];
  participations: ParticipationRecord[];
  goals: GoalRecord[];
  membershipReports: MembershipReportRecord[];
  agreements: AgreementRecord[];
  partnerships: PartnershipRecord[];
  networkMemberships: NetworkMembershipRecord[];
  roles: RoleRecord[];
  affiliations: AffiliationRecord[];
}
