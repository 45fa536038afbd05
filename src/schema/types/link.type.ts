import { Field, ObjectType } from "type-graphql";
import { KeyValuePair } from "./key-value-pair.type.js";

@ObjectType({ description: "A Partner Center resource link. The uri is relative to the API's versioned base (no /v1)." })
export class Link {
  @Field(() => String, { description: "Relative URI of the linked resource, e.g. /customers/{id}/orders/{orderId}." })
  uri!: string;

  @Field(() => String, { description: "HTTP method to use: GET, PATCH…" })
  method!: string;

  @Field(() => [KeyValuePair], { description: "Headers to send with the request; empty when none." })
  headers!: KeyValuePair[];

  @Field(() => String, { nullable: true, description: "Request body to send, when the link needs one." })
  body?: string;
}
