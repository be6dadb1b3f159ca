import { mutatedDefinition } from './asl-mutation';
import { ACTION_NAMES, ACTIONS, actionsWith, MISSING_EXECUTION_ARN, MISSING_MACHINE_ARN, ROLE_ARN, sampleMembers, targetMachineArn, type MemberType } from './aws-members';
import { awsHeaders, jsonRequest, type FuzzRequest } from './fuzz-request';
import type { SeededRandom } from './seeded-random';

/** One kind of hostile request and how often (relative weight) the fuzzer sends it. */
interface RequestGenerator {
  readonly kind: string;
  readonly weight: number;
  make(r: SeededRandom): FuzzRequest;
}

const KiB = 1024;
const MiB = 1024 * KiB;
const NAME_ALPHABET = 'abcXYZ019-_.';
const HOSTILE_CHARACTERS = [' ', '<', '>', '{', '}', '[', ']', '?', '*', '"', '#', '%', '\\', '^', '|', '~', '`', '$', '&', ',', ';', ':', '/', '\u0000', '\u001f', '\u007f', '\u0085', '\ud800', '\udfff', '\ufffe', '\uffff', '\u200b', '😀', 'é', '\n', '\t'];

function wrongValue(type: MemberType, r: SeededRandom): unknown {
  const candidates: unknown[] = [null, [], {}, [1, 'a'], { a: { b: 1 } }, 1.5, -1, 1e308, 0, true, false, '', '12', 'true'];
  const wrong = candidates.filter((value) => {
    if (value === null) return false; // null counts as absent, as in AWS
    if (type === 'string') return typeof value !== 'string';
    if (type === 'integer') return typeof value !== 'number' || !Number.isInteger(value);
    return typeof value !== 'boolean';
  });
  return r.pick(wrong);
}

function randomAction(r: SeededRandom): string {
  return r.pick(ACTION_NAMES);
}

/** A JSON text nested `depth` levels deep, of arrays, objects or both. */
function deeplyNested(depth: number, r: SeededRandom): string {
  const style = r.int(0, 2);
  const open = style === 0 ? '[' : style === 1 ? '{"a":' : null;
  if (open !== null) return open.repeat(depth) + '1' + (style === 0 ? ']' : '}').repeat(depth);
  let text = '1';
  for (let i = 0; i < depth; i++) text = i % 2 === 0 ? `[${text}]` : `{"a":${text}}`;
  return text;
}

function invalidArn(r: SeededRandom): string {
  return r.pick([
    '',
    'arn',
    'not-an-arn',
    'arn:aws:states',
    'arn:aws:lambda:us-east-1:123456789012:function:f',
    'arn:aws:states:us-east-1:12345:stateMachine:m',
    'arn:aws:states:us-east-1:123456789012:activity:a',
    'arn:aws:states:us-east-1:123456789012:stateMachine:',
    'arn:aws:states:us-east-1:123456789012:stateMachine:a:b:c:d',
    'arn:aws:states:us-east-1:123456789012:execution:m',
    'arn:aws:states:us-east-1:123456789012:express:m:e:i:x:y',
    'arn:aws:states:us-east-1:123456789012:execution::e',
    `arn:aws:states:us-east-1:123456789012:stateMachine:${'m'.repeat(300)}`,
    `arn:aws:states:us-east-1:123456789012:execution:m:${'\u0000<>'.repeat(5)}`,
    'ARN:AWS:STATES:US-EAST-1:123456789012:STATEMACHINE:M',
    ':::::::',
    'arn:aws:states:us-east-1:123456789012:stateMachine:m\ud800',
    `arn:${r.string(r.int(0, 40), ':ab1')}`,
  ]);
}

function invalidName(r: SeededRandom): string {
  const style = r.int(0, 3);
  if (style === 0) return r.string(r.int(81, 400), NAME_ALPHABET);
  if (style === 1) return '';
  const name = r.string(r.int(1, 20), NAME_ALPHABET);
  const at = r.int(0, name.length);
  return name.slice(0, at) + r.pick(HOSTILE_CHARACTERS) + name.slice(at);
}

function invalidToken(r: SeededRandom): string {
  return r.pick([
    '',
    'x',
    'a'.repeat(2049),
    r.bytes(r.int(1, 64)).toString('base64'),
    r.bytes(r.int(1, 64)).toString('latin1'),
    Buffer.from(JSON.stringify({ executionArn: MISSING_EXECUTION_ARN, stateId: 'X', attempt: 1 })).toString('base64url'),
    `${MISSING_EXECUTION_ARN}#1#2`,
    '\u0000\ud800',
    '../../etc/passwd',
    '{"$gt":""}',
  ]);
}

/** A nextToken that is not one of the door's: too long, not base64, the wrong shape. */
function pageToken(r: SeededRandom): string {
  return r.pick([
    '',
    'x'.repeat(1025),
    '!!!not-base64!!!',
    Buffer.from('{"offset":1}').toString('base64url'),
    Buffer.from('{"creationDate":"x","arn":1}').toString('base64url'),
    Buffer.from('{"id":"1"}').toString('base64url'),
    Buffer.from('null').toString('base64url'),
    Buffer.from('[').toString('base64url'),
    Buffer.from(JSON.stringify({ offset: '-99999999999999999999' })).toString('base64url'),
    Buffer.from(JSON.stringify({ creationDate: 1e308, arn: MISSING_MACHINE_ARN })).toString('base64url'),
    Buffer.from(JSON.stringify({ offset: 'NaN' })).toString('base64url'),
    r.bytes(32).toString('base64url'),
  ]);
}

export const GENERATORS: readonly RequestGenerator[] = [
  {
    kind: 'bad-json',
    weight: 10,
    make(r) {
      const action = randomAction(r);
      const valid = JSON.stringify(sampleMembers(action));
      const body = r.pick([
        valid.slice(0, r.int(1, valid.length - 1)),
        `${valid}}`,
        `${valid},`,
        valid.replace(/"/g, "'"),
        '{"a":NaN}',
        '{"a":undefined}',
        '{a:1}',
        '{"a":1,}',
        '[]',
        '[{}]',
        '"string"',
        '42',
        'null',
        'true',
        '{"a":"\\uZZZZ"}',
        '{"a":"\\',
        '\ufeff{}',
        `{"a":1}${'\u0000'}`,
        '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}',
      ]);
      return { kind: 'bad-json', label: `${action} ${JSON.stringify(body.slice(0, 60))}`, headers: awsHeaders(action), body: Buffer.from(body) };
    },
  },
  {
    kind: 'deep-json',
    weight: 3,
    make(r) {
      const action = randomAction(r);
      const depth = r.pick([100, 1_000, 10_000, 100_000, 500_000]);
      const where = r.int(0, 2);
      const nested = deeplyNested(depth, r);
      // The whole body, a member holding the nested value, or a string member holding the text.
      const member = r.pick(Object.keys(ACTIONS[action]));
      const body = where === 0 ? nested : where === 1 ? `{"${member}":${nested}}` : JSON.stringify({ ...sampleMembers(action), [member]: nested });
      return { kind: 'deep-json', label: `${action} depth ${depth} ${['body', 'member', 'string member ' + member][where]}`, headers: awsHeaders(action), body: Buffer.from(body) };
    },
  },
  {
    kind: 'wrong-type',
    weight: 14,
    make(r) {
      const action = randomAction(r);
      const [member, rule] = r.pick(Object.entries(ACTIONS[action]));
      const value = wrongValue(rule.type, r);
      return jsonRequest('wrong-type', `${action}.${member}=${JSON.stringify(value)}`, action, { ...sampleMembers(action), [member]: value });
    },
  },
  {
    kind: 'missing-member',
    weight: 8,
    make(r) {
      const action = randomAction(r);
      const members = sampleMembers(action);
      for (const name of Object.keys(members)) if (r.chance(0.6)) members[name] = r.chance(0.5) ? null : undefined;
      const required = Object.entries(ACTIONS[action]).filter(([, m]) => m.required).map(([name]) => name);
      if (required.length > 0) delete members[r.pick(required)];
      return jsonRequest('missing-member', `${action} ${JSON.stringify(members).slice(0, 80)}`, action, members);
    },
  },
  {
    kind: 'unknown-action',
    weight: 6,
    make(r) {
      const target = r.pick([
        undefined,
        '',
        'AWSStepFunctions.',
        'AWSStepFunctions.Bogus',
        `AWSStepFunctions.${randomAction(r).toLowerCase()}`,
        `awsstepfunctions.${randomAction(r)}`,
        randomAction(r),
        `AWSStepFunctions.${randomAction(r)} `,
        `AWSStepFunctions.${randomAction(r)}.Extra`,
        'AWSStepFunctions.constructor',
        'AWSStepFunctions.__proto__',
        'AWSStepFunctions.toString',
        'AWSStepFunctions.hasOwnProperty',
        'DynamoDB_20120810.GetItem',
        `AWSStepFunctions.${r.string(r.int(1, 300), 'abcXYZ.$_')}`,
      ]);
      const headers: Record<string, string> = { 'content-type': 'application/x-amz-json-1.0' };
      if (target !== undefined) headers['x-amz-target'] = target;
      return { kind: 'unknown-action', label: JSON.stringify(target), headers, body: Buffer.from('{}') };
    },
  },
  {
    kind: 'content-type',
    weight: 8,
    make(r) {
      const action = randomAction(r);
      const contentType = r.pick([
        undefined,
        'application/json',
        'application/json; charset=utf-16',
        'application/x-amz-json-1.1',
        'text/plain',
        'text/html',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/octet-stream',
        'application/xml',
        '',
        ';;;',
        'application/x-amz-json-1.0; charset=latin1',
      ]);
      const body = r.pick([JSON.stringify(sampleMembers(action)), '{"a":', 'a=1&b=2&stateMachineArn[x]=1', '<xml/>', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--', '']);
      return { kind: 'content-type', label: `${action} ${String(contentType)} ${JSON.stringify(body.slice(0, 30))}`, headers: awsHeaders(action, contentType), body: Buffer.from(body) };
    },
  },
  {
    kind: 'oversized',
    weight: 1,
    make(r) {
      const style = r.int(0, 5);
      if (style === 5) {
        const members = { stateMachineArn: MISSING_MACHINE_ARN, input: JSON.stringify({ pad: 'x'.repeat(r.int(100 * KiB, 250 * KiB)) }) };
        return { kind: 'oversized', label: `StartExecution ${JSON.stringify(members).length} B as application/json`, headers: awsHeaders('StartExecution', 'application/json'), body: Buffer.from(JSON.stringify(members)) };
      }
      if (style === 0) {
        const input = JSON.stringify({ pad: 'x'.repeat(r.int(256 * KiB, 600 * KiB)) });
        return jsonRequest('oversized', `StartExecution input ${input.length} B`, 'StartExecution', { stateMachineArn: MISSING_MACHINE_ARN, input });
      }
      if (style === 1) {
        const output = JSON.stringify({ pad: 'é'.repeat(r.int(130 * KiB, 300 * KiB)) });
        return jsonRequest('oversized', `SendTaskSuccess output ${Buffer.byteLength(output)} B`, 'SendTaskSuccess', { taskToken: 'x', output });
      }
      if (style === 2) {
        const definition = JSON.stringify({ Comment: 'x'.repeat(MiB + r.int(1, 1000)), StartAt: 'A', States: { A: { Type: 'Succeed' } } });
        return jsonRequest('oversized', `CreateStateMachine definition ${definition.length} chars`, r.pick(['CreateStateMachine', 'ValidateStateMachineDefinition']), { name: 'big', definition, roleArn: ROLE_ARN });
      }
      if (style === 3) {
        const cause = 'c'.repeat(r.int(32 * KiB + 1, 200 * KiB));
        return jsonRequest('oversized', `SendTaskFailure cause ${cause.length}`, r.pick(['SendTaskFailure', 'StopExecution']), { taskToken: 'x', executionArn: MISSING_EXECUTION_ARN, cause, error: 'e'.repeat(r.int(0, 1000)) });
      }
      const size = r.int(4 * MiB + 1, 6 * MiB);
      // Beyond the door's body limit: it answers before reading the whole body; the connection
      // must still serve the next request (or be closed as announced).
      return { kind: 'oversized', label: `${size} B body`, headers: awsHeaders(randomAction(r)), body: Buffer.from(`{"a":"${'z'.repeat(size)}"}`), checkConnectionAfter: true };
    },
  },
  {
    kind: 'bad-definition',
    weight: 14,
    make(r) {
      const action = r.pick(['CreateStateMachine', 'ValidateStateMachineDefinition', 'UpdateStateMachine']);
      const definition = mutatedDefinition(r);
      const name = `fuzz-${r.int(0, 20)}`;
      const arn = `arn:aws:states:us-east-1:123456789012:stateMachine:${name}`;
      return jsonRequest('bad-definition', `${action} ${definition.slice(0, 100)}`, action, { name, definition, roleArn: ROLE_ARN, stateMachineArn: arn, type: r.pick(['STANDARD', 'EXPRESS']) });
    },
  },
  {
    kind: 'bad-arn',
    weight: 10,
    make(r) {
      const member = r.pick(['stateMachineArn', 'executionArn', 'roleArn']);
      const action = r.pick(actionsWith(member));
      const arn = invalidArn(r);
      return jsonRequest('bad-arn', `${action}.${member}=${JSON.stringify(arn.slice(0, 80))}`, action, { ...sampleMembers(action), [member]: arn });
    },
  },
  {
    kind: 'bad-name',
    weight: 8,
    make(r) {
      const action = r.pick(['CreateStateMachine', 'StartExecution', 'StartSyncExecution']);
      const name = invalidName(r);
      return jsonRequest('bad-name', `${action}.name=${JSON.stringify(name.slice(0, 80))}`, action, { ...sampleMembers(action), name });
    },
  },
  {
    kind: 'bad-task-token',
    weight: 8,
    make(r) {
      const action = r.pick(actionsWith('taskToken'));
      const taskToken = invalidToken(r);
      return jsonRequest('bad-task-token', `${action}.taskToken=${JSON.stringify(taskToken.slice(0, 60))}`, action, { ...sampleMembers(action), taskToken, output: r.pick(['{}', 'not json', '', '{"a":']) });
    },
  },
  {
    kind: 'bad-page-token',
    weight: 5,
    make(r) {
      const action = r.pick(actionsWith('nextToken'));
      const nextToken = pageToken(r);
      return jsonRequest('bad-page-token', `${action}.nextToken=${nextToken.slice(0, 60)}`, action, { ...sampleMembers(action), nextToken, maxResults: r.pick([0, 1, 1000, 1001, -1, 2 ** 53]) });
    },
  },
  {
    kind: 'bad-payload',
    weight: 5,
    make(r) {
      const action = r.pick(['StartExecution', 'StartSyncExecution', 'SendTaskSuccess']);
      const text = r.pick(['', 'not json', '{"a":', 'NaN', '[1,]', '\u0000', deeplyNested(r.pick([1_000, 20_000, 100_000]), r), '"\ud800"', '1e400']);
      return jsonRequest('bad-payload', `${action} payload ${JSON.stringify(text.slice(0, 40))} (${text.length})`, action, { ...sampleMembers(action), input: text, output: text });
    },
  },
  {
    kind: 'hostile-execution',
    weight: 4,
    make(r) {
      // Executions of real (Pass-only) state machines: the input reaches the engine and Redis.
      const sync = r.chance(0.3);
      const action = sync ? 'StartSyncExecution' : 'StartExecution';
      const stateMachineArn = targetMachineArn(sync ? 'EXPRESS' : r.pick(['STANDARD', 'EXPRESS']));
      const style = r.int(0, 5);
      const input = [
        () => deeplyNested(r.pick([1_000, 5_000, 20_000, 40_000]), r),
        () => JSON.stringify({ pad: 'x'.repeat(r.int(250 * KiB, 256 * KiB - 20)) }),
        () => '{"s":"\\u0000\\ud800\\udfff\\ufffe😀","n":1e308,"m":-0,"big":123456789012345678901234567890,"tiny":1e-400}',
        () => JSON.stringify(Array.from({ length: r.int(1_000, 20_000) }, (_, i) => i)),
        () => JSON.stringify({ __proto__: { polluted: true }, constructor: { prototype: { p: 1 } } }),
        () => r.pick(['null', '"text"', '0', 'true', '[]', '{}']),
      ][style]();
      const name = r.chance(0.5) ? undefined : `fuzz-${r.string(r.int(1, 10), 'abc019')}`;
      return jsonRequest('hostile-execution', `${action} ${stateMachineArn.split(':').pop()} style ${style} (${input.length} chars) name ${String(name)}`, action, { stateMachineArn, name, input });
    },
  },
  {
    kind: 'random-bytes',
    weight: 4,
    make(r) {
      const action = r.chance(0.8) ? randomAction(r) : undefined;
      const body = r.bytes(r.int(0, 4096));
      const contentType = r.pick([undefined, 'application/x-amz-json-1.0', 'application/json']);
      return { kind: 'random-bytes', label: `${String(action)} ${body.length} B ${String(contentType)}`, headers: awsHeaders(action, contentType), body };
    },
  },
  {
    kind: 'non-utf8',
    weight: 4,
    make(r) {
      const action = randomAction(r);
      const [member] = r.pick(Object.entries(ACTIONS[action]).filter(([, m]) => m.type === 'string'));
      const invalid = r.pick([Buffer.from([0xff]), Buffer.from([0xc3]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80]), Buffer.from([0xfe, 0xfe]), Buffer.from([0xc0, 0xaf])]);
      const members = JSON.stringify({ ...sampleMembers(action), [member]: '\u0001MARK\u0001' });
      const [before, after] = members.split('\\u0001MARK\\u0001');
      const contentType = r.pick(['application/x-amz-json-1.0', 'application/json']);
      return { kind: 'non-utf8', label: `${action}.${member} ${invalid.toString('hex')} ${contentType}`, headers: awsHeaders(action, contentType), body: Buffer.concat([Buffer.from(before), invalid, Buffer.from(after)]) };
    },
  },
  {
    kind: 'missing-resource',
    weight: 10,
    make(r) {
      const action = r.pick(ACTION_NAMES.filter((a) => a !== 'CreateStateMachine' && a !== 'ValidateStateMachineDefinition' && a !== 'ListStateMachines'));
      const suffix = r.string(r.int(1, 20), 'abcdefghij0123456789-');
      const members = {
        ...sampleMembers(action),
        stateMachineArn: `arn:aws:states:us-east-1:123456789012:stateMachine:ghost-${suffix}`,
        executionArn: r.pick([`arn:aws:states:us-east-1:123456789012:execution:ghost:${suffix}`, `arn:aws:states:us-east-1:123456789012:express:ghost:${suffix}:id`]),
        taskToken: `ghost-${suffix}`,
      };
      return jsonRequest('missing-resource', `${action} ${suffix}`, action, members);
    },
  },
];

/** `count` requests, the kinds drawn by weight, all from `seed`: the same list on every run. */
export function* fuzzRequests(r: SeededRandom, count: number): Generator<FuzzRequest> {
  const total = GENERATORS.reduce((sum, g) => sum + g.weight, 0);
  for (let i = 0; i < count; i++) {
    let roll = r.next() * total;
    const generator = GENERATORS.find((g) => (roll -= g.weight) < 0) ?? GENERATORS[GENERATORS.length - 1];
    yield generator.make(r);
  }
}
