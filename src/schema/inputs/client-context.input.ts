import { Field, InputType } from "type-graphql";

@InputType({ description: "The client application context to set on an order." })
export class ClientContextInput {
  @Field(() => String, { nullable: true, description: "Device family of the client." })
  deviceFamily?: string | null;

  @Field(() => String, { nullable: true, description: "Marketplace country of the client (ISO 3166 alpha-2)." })
  marketplaceCountry?: string | null;

  @Field(() => String, { nullable: true, description: "Name of the client." })
  name?: string | null;
}
