import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../core/database/base.entity.js';
import { Node } from '../core/graphql/node.js';

export enum TerritoryKind {
  COMMUNE = 'COMMUNE',
  INTERCOMMUNALITE = 'INTERCOMMUNALITE',
  QPV = 'QPV',
  DEPARTEMENT = 'DEPARTEMENT',
  REGION = 'REGION',
}

registerEnumType(TerritoryKind, {
  name: 'TerritoryKind',
  description: 'The administrative kind of a territory.',
  valuesConfig: {
    COMMUNE: { description: 'A commune.' },
    INTERCOMMUNALITE: { description: 'A grouping of communes (métropole, communauté de communes…).' },
    QPV: { description: 'A quartier prioritaire de la politique de la ville.' },
    DEPARTEMENT: { description: 'A département.' },
    REGION: { description: 'A région.' },
  },
});

/** A place where needs arise: a commune, an intercommunalité, a QPV, a département or a région. */
@ObjectType('Territory', { implements: Node, description: 'A place where needs arise: a commune, an intercommunalité, a QPV, a département or a région.' })
@Entity({ tableName: 'territory' })
export class Territory extends BaseEntity {
  @Field(() => String, { description: 'Official or usual name.' })
  @Property({ type: 'string' })
  name: string;

  @Field(() => TerritoryKind, { description: 'Administrative kind.' })
  @Enum({ items: () => TerritoryKind, nativeEnumName: 'territory_kind' })
  kind: TerritoryKind;

  /** INSEE code of a commune/département/région, or the QPV code. */
  @Field(() => String, { nullable: true, description: 'INSEE code (commune, département, région) or QPV code, when known.' })
  @Property({ type: 'string', nullable: true })
  inseeCode: string | null = null;

  /** The territory that contains this one (a QPV inside its metropolis). */
  @ManyToOne(() => Territory, { nullable: true })
  parent: Territory | null = null;

  constructor(name: string, kind: TerritoryKind, inseeCode: string | null = null, parent: Territory | null = null) {
    super();
    this.name = name;
    this.kind = kind;
    this.inseeCode = inseeCode;
    this.parent = parent;
  }
}
