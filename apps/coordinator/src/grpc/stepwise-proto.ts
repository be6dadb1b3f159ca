import { join } from 'node:path';
import { loadPackageDefinition, type GrpcObject, type ServiceDefinition } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';

/**
 * `libs/contracts/src/stepwise.proto`, found the same way from the sources and from the build
 * (`dist/apps/coordinator/` keeps the repository's layout; nest-cli.json copies the file there).
 */
export const STEPWISE_PROTO_PATH = join(__dirname, '..', '..', '..', '..', 'libs', 'contracts', 'src', 'stepwise.proto');

/** Field names in camelCase, int64 as numbers (epoch milliseconds and event ids fit), proto3 `optional` as absent. */
const LOADER_OPTIONS = { keepCase: false, longs: Number, enums: String, defaults: true, oneofs: true } as const;

/** The `stepwise.v1.Executions` service definition, for a server or a client. */
export function executionsService(): ServiceDefinition {
  return (stepwiseV1().Executions as unknown as { service: ServiceDefinition }).service;
}

/** The package `stepwise.v1`, whose `Executions` is a client constructor. */
export function stepwiseV1(): GrpcObject {
  return (loadPackageDefinition(loadSync(STEPWISE_PROTO_PATH, LOADER_OPTIONS)).stepwise as GrpcObject).v1 as GrpcObject;
}
