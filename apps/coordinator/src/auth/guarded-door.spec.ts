import { guardedDoor } from './guarded-door';

describe(guardedDoor.name, () => {
  it.each([
    ['POST', '/', 'aws-signature'],
    ['POST', '/?x=1', 'aws-signature'],
    ['GET', '/', 'open'],
    ['GET', '/v1', 'api-key'],
    ['POST', '/v1/state-machines?maxResults=1', 'api-key'],
    ['GET', '/v1x', 'open'],
    ['GET', '/queues', 'api-key-page'],
    ['PUT', '/queues/api/queues/q/pause', 'api-key-page'],
    ['GET', '/queuesx', 'open'],
    ['GET', '/health', 'open'],
    ['GET', '/metrics', 'open'],
    ['GET', '/docs', 'open'],
    ['GET', '/ui/executions', 'open'],
  ])('%s %s needs %s', (method, url, door) => {
    expect(guardedDoor(method, url)).toBe(door);
  });
});
