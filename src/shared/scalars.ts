import { GraphQLScalarType, Kind } from 'graphql';
import { isPartialDate } from './partial-date';

/** A date with the precision its source gives: YYYY, YYYY-MM or YYYY-MM-DD. Never padded. */
export const PartialDateScalar = new GraphQLScalarType<string, string>({
  name: 'PartialDate',
  description: 'A date with the precision its source gives: "2011", "2011-07" or "2011-07-03". An unknown month or day is never padded.',
  serialize: (value) => {
    if (typeof value !== 'string' || !isPartialDate(value)) throw new TypeError(`Not a partial date: ${String(value)}`);
    return value;
  },
  parseValue: (value) => {
    if (typeof value !== 'string' || !isPartialDate(value)) throw new TypeError('PartialDate must be YYYY, YYYY-MM or YYYY-MM-DD');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isPartialDate(ast.value)) throw new TypeError('PartialDate must be YYYY, YYYY-MM or YYYY-MM-DD');
    return ast.value;
  },
});
