import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum Role {
  editor = 'editor',
  admin = 'admin',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What a caller may change: editor, facts; admin, also retractions, purges and imports.',
  valuesConfig: {
    editor: { description: 'May create and change facts.' },
    admin: { description: 'May also retract, purge and import; includes editor.' },
  },
});

@ObjectType({ description: 'The caller as the server sees it: who (a token subject or an API key name) and its roles.' })
export class Viewer {
  @Field({ description: 'The token subject (sub), or api-key:<name> for an API key.' })
  id!: string;

  @Field(() => [Role], { description: 'Roles held; admin includes editor.' })
  roles!: Role[];

  @Field({ description: 'How the caller proved who it is: jwt or api-key.' })
  via!: string;
}
