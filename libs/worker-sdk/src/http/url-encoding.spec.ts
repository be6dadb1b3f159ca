import { ArrayFormat, urlEncode } from './url-encoding';

const decoded = (text: string) => decodeURIComponent(text.replace(/\+/g, ' '));

describe(urlEncode.name, () => {
  it.each([
    [ArrayFormat.Indices, 'array[0]=a&array[1]=b&array[2]=c'],
    [ArrayFormat.Repeat, 'array=a&array=b&array=c'],
    [ArrayFormat.Commas, 'array=a,b,c'],
    [ArrayFormat.Brackets, 'array[]=a&array[]=b&array[]=c'],
  ])('writes arrays in the %s format as AWS documents it', (format, expected) => {
    expect(decoded(urlEncode({ array: ['a', 'b', 'c'] }, format))).toBe(expected);
  });

  it('writes nested objects with brackets, scalars as text and null as an empty value', () => {
    const body = { user: { name: 'Ada Lovelace', tags: ['x'] }, n: 1.5, ok: true, none: null };
    expect(decoded(urlEncode(body, ArrayFormat.Indices))).toBe('user[name]=Ada Lovelace&user[tags][0]=x&n=1.5&ok=true&none=');
  });

  it('escapes reserved characters', () => {
    expect(urlEncode({ 'a&b': 'c=d é' }, ArrayFormat.Indices)).toBe('a%26b=c%3Dd+%C3%A9');
  });
});
