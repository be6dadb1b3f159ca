import { creationOrderPage } from './creation-order-page';

describe(creationOrderPage.name, () => {
  const record = (arn: string, creationDate: number) => ({ arn, creationDate });
  const all = [record('c', 2), record('a', 1), record('b', 1)];

  it('pages in creation order, then ARN, with a token for the next page', () => {
    const first = creationOrderPage(all, 2, undefined);
    expect(first.page.map((r) => r.arn)).toEqual(['a', 'b']);
    const second = creationOrderPage(all, 2, first.nextToken);
    expect(second).toEqual({ page: [record('c', 2)] });
  });

  it('continues after the last record of a page even when that record has been deleted since', () => {
    const first = creationOrderPage(all, 2, undefined);
    const withoutB = all.filter((r) => r.arn !== 'b');
    expect(creationOrderPage(withoutB, 2, first.nextToken).page.map((r) => r.arn)).toEqual(['c']);
  });
});
