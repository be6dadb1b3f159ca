import { failureOf, invalidArguments, run } from './intrinsic-test-kit';

describe('States.Hash', () => {
  it.each`
    data               | algorithm    | digest
    ${'input data'}    | ${'MD5'}     | ${'812f45842bc6d66ee14572ce20db8e86'}
    ${'input data'}    | ${'SHA-1'}   | ${'aaff4a450a104cd177d28d18d74485e8cae074b7'}
    ${'input data'}    | ${'SHA-256'} | ${'b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3'}
    ${'input data'}    | ${'SHA-384'} | ${'d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562'}
    ${'input data'}    | ${'SHA-512'} | ${'6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4'}
    ${''}              | ${'SHA-256'} | ${'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'}
    ${'✓'}             | ${'SHA-256'} | ${'1dabba21cdad44541f6b15796f8d22978fc7ea10c46aeceeeeb66c23b3ac7604'}
    ${'🚀'}            | ${'SHA-256'} | ${'ebbc0b2870eb323f2b6cffa5c493ceef81ae7eb36afc73d4e0367301631daec5'}
    ${'abc\u0000def'}  | ${'MD5'}     | ${'a5e4d5963ae44c1f4bfb37b1a3d55a3c'}
    ${123}             | ${'SHA-256'} | ${'a665a45920422f9d417e4867efdc4fb8a04a1f3fff1fa07e998e86f7f7a27ae3'}
    ${{}}              | ${'SHA-256'} | ${'44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'}
  `('hashes $data with $algorithm', ({ data, algorithm, digest }) => {
    expect(run('States.Hash($.data, $.algorithm)', { data, algorithm })).toBe(digest);
  });

  it('hashes the result of a nested call', () => {
    expect(run("States.Hash(States.Format('{}:{}', $.a, $.b), 'SHA-256')", { a: 'x', b: 'y' })).toBe(
      '1274e286686b54fe765ec40735665b4bf789cee2a5b22124c5e0491a88e15271',
    );
  });

  it('accepts 10000 characters and rejects 10001', () => {
    expect(run("States.Hash($.s, 'SHA-256')", { s: 'a'.repeat(10_000) })).toMatch(/^[0-9a-f]{64}$/);
    expect(failureOf("States.Hash($.s, 'SHA-256')", { s: 'a'.repeat(10_001) })).toEqual(invalidArguments("States.Hash($.s, 'SHA-256')"));
  });

  it.each`
    expression
    ${"States.Hash('hello', 123)"}
    ${"States.Hash('data', 'UNSUPPORTED')"}
    ${"States.Hash('data', 'sha-256')"}
    ${"States.Hash('data', 'SHA256')"}
    ${"States.Hash('data', 'MD-5')"}
    ${"States.Hash('data', 'SHA-257')"}
    ${"States.Hash('data', '')"}
    ${"States.Hash('data', 'toString')"}
    ${'States.Hash()'}
    ${"States.Hash('hello')"}
    ${"States.Hash('hello', 'SHA-256', 'extra')"}
  `('rejects $expression', ({ expression }) => {
    expect(failureOf(expression)).toEqual(invalidArguments(expression));
  });
});
