/**
 * Executes operations with graphql-jit behind Apollo Server. Apollo still parses, validates,
 * caches documents and runs every plugin; only execution is replaced by a function compiled once
 * per document and operation, which skips graphql-js's per-field interpretation (argument
 * coercion for every field, resolver lookups, path bookkeeping).
 *
 * Apollo accepts a custom executor only through its gateway interface, hence the shape.
 */
import type { GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from "@apollo/server-gateway-interface";
import { type DocumentNode, type ExecutionResult, type GraphQLError, type GraphQLSchema, Kind, type OperationDefinitionNode, execute, printSchema } from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import { LocalRefusal, asRealGraphQLError, asUpstreamShapeError, toGraphQLError } from "../errors/index.js";
import { upstreamFailure } from "../partner-center/index.js";

/**
 * A variable the engine could not coerce: the whole request is refused (400 BAD_USER_INPUT), as
 * Apollo's own executor reports it. graphql-js (mutations) suggests names in variable errors ("Did
 * you mean \"status\"?"), which would spell out the schema where introspection is off; graphql-jit
 * (queries) never does.
 */
const badVariable = (error: GraphQLError): GraphQLError =>
  toGraphQLError(new LocalRefusal(error.message.replace(/ Did you mean [^?]*\?$/, ""), "BAD_USER_INPUT", {}, 400), { path: error.path, locations: error.locations });

/** One root field, written out (no fragment at the root that could hold more). */
const singleRootField = (operation: OperationDefinitionNode): boolean =>
  operation.selectionSet.selections.length === 1 && operation.selectionSet.selections[0]!.kind === Kind.FIELD;

export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  /** Compiled per parsed document (Apollo reuses the same DocumentNode for the same query text). */
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  let onLoad: GatewaySchemaLoadOrUpdateCallback | undefined;

  const compile = (document: DocumentNode, operationName: string | undefined) => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? "";
    let query = byOperation.get(key);
    if (!query) {
      query = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
      byOperation.set(key, query);
    }
    return query;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      onLoad = callback;
      return () => (onLoad = undefined);
    },
    async load() {
      onLoad?.({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return {
        executor: async ({ document, operationName, request, context, operation }) => {
          let result: ExecutionResult;
          if (operation.operation === "mutation" && !singleRootField(operation)) {
            // graphql-jit runs the next mutation field even after one failed into a null `data`, so a
            // PATCH would be made whose answer the caller never sees; graphql-js stops there, as the
            // spec's serial execution does. A mutation of one root field has no next field, so it
            // keeps graphql-jit (half the CPU of graphql-js for an updateOrder).
            result = await execute({ schema, document, operationName, contextValue: context, variableValues: request.variables ?? {} });
          } else {
            const query = compile(document, operationName ?? undefined);
            if (!isCompiledQuery(query)) return query;
            result = await query.query(undefined, context, request.variables ?? {});
          }
          if (!result.errors) return result;
          // Without data, the errors are the variables' coercion failures: bad input, as Apollo's own executor reports them.
          const badVariables = result.data === undefined;
          const correlationId = (context as { caller?: { correlationId?: string } }).caller?.correlationId;
          const fromUpstream = correlationId === undefined ? undefined : (reason: string) => upstreamFailure(reason, correlationId, 200);
          return {
            ...result,
            errors: result.errors.map((error) => (badVariables ? badVariable(error) : (asUpstreamShapeError(error, fromUpstream) ?? asRealGraphQLError(error)))),
          };
        },
      };
    },
    async stop() {},
  };
}
