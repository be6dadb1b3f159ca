import { seededEntropy } from '../../runtime/entropy';
import { evaluateExpression } from '../evaluate-expression';

const evaluateAt = (now: number, expression: string) =>
  evaluateExpression(expression, { states: { input: {}, context: {} }, variables: {} }, { entropy: seededEntropy(1), now });

const NOW = Date.UTC(2031, 5, 15, 12, 30, 45, 123);

describe('clock functions', () => {
  it('$now() and $millis() give the injected time', async () => {
    await expect(evaluateAt(NOW, '$millis()')).resolves.toBe(NOW);
    await expect(evaluateAt(NOW, '$now()')).resolves.toBe('2031-06-15T12:30:45.123Z');
    await expect(evaluateAt(NOW, "$now('[Y0001]-[M01]-[D01]', '+0100')")).resolves.toBe('2031-06-15');
  });

  it('$toMillis takes the date parts its picture leaves out from the injected time', async () => {
    await expect(evaluateAt(NOW, "$toMillis('10:15', '[H01]:[m01]')")).resolves.toBe(Date.UTC(2031, 5, 15, 10, 15));
    await expect(evaluateAt(0, "$toMillis('10:15', '[H01]:[m01]')")).resolves.toBe(Date.UTC(1970, 0, 1, 10, 15));
  });

  it('$toMillis still reads a full ISO timestamp', async () => {
    await expect(evaluateAt(0, "$toMillis('2016-12-05T21:29:29Z')")).resolves.toBe(Date.UTC(2016, 11, 5, 21, 29, 29));
  });
});
