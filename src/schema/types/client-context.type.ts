import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "The client application an order was placed from." })
export class ClientContext {
  @Field(() => String, { nullable: true, description: "Device family of the client, e.g. UniversalStore-PartnerCenter." })
  deviceFamily?: string;

  @Field(() => String, { nullable: true, description: "Marketplace country of the client (ISO 3166 alpha-2)." })
  marketplaceCountry?: string;

  @Field(() => String, { nullable: true, description: "Name of the client, e.g. Partner Center API." })
  name?: string;
}
