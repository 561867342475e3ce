import type { ClassType } from 'type-graphql';

/**
 * Gives plain rows the prototype of their GraphQL class, in place. TypeGraphQL hands a field resolver its parent as an
 * instance of the class, copying a plain object into a new instance for every field it resolves; a row that already is
 * one is used as it is (a page of a hundred organizations with their partners resolves a few thousand such fields).
 */
export function asInstances<T extends object>(type: ClassType<T>, rows: readonly (object | null | undefined)[]): void {
  for (const row of rows) {
    if (row !== null && row !== undefined && Object.getPrototypeOf(row) === Object.prototype) Object.setPrototypeOf(row, type.prototype);
  }
}

/**
 * An instance of `type` holding only `values`, for rows read in part. `new type()` would also define every field the
 * class declares (ES2022 class fields): an Organization brings twenty more properties, undefined, to each partner of a
 * page of ties.
 */
export function instanceWith<T extends object>(type: ClassType<T>, values: Partial<T>): T {
  return Object.assign(Object.create(type.prototype) as T, values);
}
