/** A gRPC client of a coordinator's `stepwise.v1.Executions`, loaded from the contract as any gRPC client would. */
import { join } from 'node:path';
import { credentials, loadPackageDefinition, type ChannelCredentials, type Client, type GrpcObject } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import type { AppProcess } from '../../support/processes';

/** The contract itself. */
const PROTO = join(__dirname, '..', '..', '..', 'libs', 'contracts', 'src', 'stepwise.proto');

/** A client on the coordinator's GRPC_PORT, without TLS; `T` says how the spec calls its methods. */
export function executionsClient<T extends Client>(coordinator: AppProcess): T {
  const v1 = (loadPackageDefinition(loadSync(PROTO, { longs: Number, defaults: true })).stepwise as GrpcObject).v1 as GrpcObject;
  const Executions = v1.Executions as unknown as new (address: string, creds: ChannelCredentials) => T;
  return new Executions(`127.0.0.1:${coordinator.grpcPort}`, credentials.createInsecure());
}
