import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Partner Center's metadata about a resource." })
export class ResourceAttributes {
  @Field(() => String, { nullable: true, description: "Version tag of the resource; pass it to updateOrder's ifMatch to update only this version." })
  etag?: string;

  @Field(() => String, { nullable: true, description: "Type of the resource, e.g. Order." })
  objectType?: string;
}
