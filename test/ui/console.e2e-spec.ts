import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startTestStack, type TestStack } from '../e2e/support/test-stack';
import { ORDER_WORKFLOW_TEXT } from './fixtures/order-workflow';
import { buildConsoleIfMissing, launchConsoleBrowser, type ConsoleBrowser } from './support/console-browser';

const REPOSITORY_ROOT = join(__dirname, '..', '..');
/**
 * Where the screenshots go: test-results/ by default, so a test run leaves the tree clean;
 * `SCREENSHOTS_DIR=docs/screenshots` refreshes the README's.
 */
const SCREENSHOTS = join(REPOSITORY_ROOT, process.env.SCREENSHOTS_DIR ?? join('test-results', 'screenshots'));
/** Waits for what the console shows: live updates cross a worker, Redis and an event stream. */
const SHOWN_MS = 30_000;
const ORDER_INPUT = JSON.stringify({ express: true, order: 'A-1', items: [1, 2, 3] });

const STATES = ['Check order', 'Reject', 'Approve', 'Prepare', 'Reserve stock', 'Notify', 'Price items', 'Double', 'Charge', 'Charge later', 'Done'];
const EDGES = [
  '(start) → Check%20order start',
  'Check%20order → Approve choice $.express == true',
  'Check%20order → Reject default Default',
  'Approve → Prepare next',
  'Prepare → Price%20items next',
  'Price%20items → Charge next',
  'Charge → Done next',
  'Charge → Charge%20later catch Boom, States.Timeout',
  'Charge%20later → Done next',
  'Reject → (end) end',
  'Done → (end) end',
];

const node = (name: string, status?: string) => `[data-testid=graph-node][data-name="${name}"]${status ? `[data-status="${status}"]` : ''}`;

describe('the web console in a real browser', () => {
  let stack: TestStack;
  let browser: ConsoleBrowser;
  let page: Page;
  let machineArn: string;

  beforeAll(async () => {
    buildConsoleIfMissing();
    stack = await startTestStack();
    browser = await launchConsoleBrowser();
    page = await browser.context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 60_000);

  const ui = (path: string) => `${stack.coordinator.url}/ui${path}`;

  /** Marks the document: a reload would lose the mark. */
  const markDocument = () => page.evaluate(() => ((globalThis as { stepwiseMark?: boolean }).stepwiseMark = true));
  const stillSameDocument = () => page.evaluate(() => (globalThis as { stepwiseMark?: boolean }).stepwiseMark === true);

  it('creates a state machine with Choice, Parallel, Map and Catch and draws every state and edge', async () => {
    await page.goto(ui('/state-machines'));
    await page.getByRole('button', { name: 'New state machine' }).click();
    await page.getByLabel('Name').fill('order-workflow');
    await page.getByLabel('Definition').fill(ORDER_WORKFLOW_TEXT);
    // Enabled once the API has validated the definition; click() waits for that.
    await page.getByRole('button', { name: 'Create' }).click({ timeout: SHOWN_MS });
    await page.waitForURL(/\/ui\/state-machines\/arn/, { timeout: SHOWN_MS });
    machineArn = decodeURIComponent(page.url().split('/state-machines/')[1]);
    await page.waitForSelector(node('Done'), { timeout: SHOWN_MS });

    const names = await page.$$eval('[data-testid=graph-node]', (nodes) => nodes.map((n) => `${n.getAttribute('data-name')}`));
    expect(names.sort()).toEqual([...STATES].sort());
    const types = await page.$$eval('[data-testid=graph-node]', (nodes) => Object.fromEntries(nodes.map((n) => [n.getAttribute('data-name'), n.getAttribute('data-type')])));
    expect(types).toMatchObject({ 'Check order': 'Choice', Prepare: 'Parallel', 'Price items': 'Map', Double: 'Task', Reject: 'Fail' });
    const edges = await page.$$eval('[data-testid=graph-edge]', (all) =>
      all.map((e) => `${e.getAttribute('data-source')} → ${e.getAttribute('data-target')} ${e.getAttribute('data-kind')} ${e.getAttribute('data-label')}`.trim()),
    );
    expect(edges.sort()).toEqual([...EDGES].sort());
    expect(await page.$$eval('[data-testid=graph-edge][data-kind=catch] path', (paths) => paths.map((p) => p.getAttribute('stroke-dasharray')))).toEqual(['6 4']);
    expect(await page.$$eval('[data-testid=graph-scope]', (scopes) => scopes.map((s) => s.getAttribute('data-scope-id')))).toEqual(['Prepare[0]', 'Prepare[1]', 'Price%20items[items]']);
    await page.screenshot({ path: join(SCREENSHOTS, 'state-machine-graph.png') });
  }, 90_000);

  it('shows a callback Task running live, takes the approval from the inbox, then colours the rest', async () => {
    await page.getByRole('button', { name: 'Start execution' }).click();
    await page.getByLabel('Execution name').fill('order-A-1');
    await page.getByLabel('Input').fill(ORDER_INPUT);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForURL(/\/ui\/executions\/arn/, { timeout: SHOWN_MS });
    await markDocument();
    await page.waitForSelector(node('Approve', 'running'), { timeout: SHOWN_MS });
    expect(await page.getAttribute(node('Prepare'), 'data-status')).toBe('notReached');

    const inbox = await browser.context.newPage();
    await inbox.goto(ui('/inbox'));
    const card = inbox.locator('[data-testid=callback][data-state-name="Approve"]', { hasText: 'order-A-1' });
    await card.waitFor({ timeout: SHOWN_MS });
    await card.getByRole('button', { name: 'Send success' }).click();
    await card.waitFor({ state: 'detached', timeout: SHOWN_MS });
    await inbox.close();

    for (const [name, status] of Object.entries({ Approve: 'succeeded', 'Reserve stock': 'succeeded', Notify: 'succeeded', 'Price items': 'succeeded', Double: 'succeeded', Charge: 'caught', 'Charge later': 'succeeded', Done: 'succeeded' })) {
      await page.waitForSelector(node(name, status), { timeout: SHOWN_MS });
    }
    expect(await page.getAttribute(node('Reject'), 'data-status')).toBe('notReached');
    await page.waitForSelector('[data-testid=execution-status] >> text=SUCCEEDED', { timeout: SHOWN_MS });
    const types = await page.$$eval('[data-testid=history] tr[data-event-type]', (rows) => rows.map((r) => r.getAttribute('data-event-type')));
    expect(types[0]).toBe('ExecutionStarted');
    expect(types).toEqual(expect.arrayContaining(['TaskScheduled', 'MapIterationSucceeded', 'ParallelStateSucceeded', 'LambdaFunctionFailed']));
    expect(types[types.length - 1]).toBe('ExecutionSucceeded');
    expect(await stillSameDocument()).toBe(true);

    await page.click(`${node('Price items')} > text`);
    expect(await page.textContent('[data-testid=map-progress]')).toBe('3/3 done');
    await page.screenshot({ path: join(SCREENSHOTS, 'execution.png') });
  }, 120_000);

  it('stops a waiting execution and shows its Task aborted, then redrives it to wait there again', async () => {
    await page.goto(ui(`/state-machines/${encodeURIComponent(machineArn)}`));
    await page.getByRole('button', { name: 'Start execution' }).click();
    await page.getByLabel('Input').fill(ORDER_INPUT);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForURL(/\/ui\/executions\/arn/, { timeout: SHOWN_MS });
    await page.waitForSelector(node('Approve', 'running'), { timeout: SHOWN_MS });
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.waitForSelector(node('Approve', 'aborted'), { timeout: SHOWN_MS });
    await page.waitForSelector('[data-testid=execution-status] >> text=ABORTED', { timeout: SHOWN_MS });
    expect(await page.getAttribute(node('Done'), 'data-status')).toBe('notReached');

    await page.getByRole('button', { name: 'Redrive' }).click();
    await page.waitForSelector('[data-testid=execution-status] >> text=RUNNING', { timeout: SHOWN_MS });
    await page.waitForSelector(node('Approve', 'running'), { timeout: SHOWN_MS });
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.waitForSelector('[data-testid=execution-status] >> text=ABORTED', { timeout: SHOWN_MS });
  }, 90_000);

  it('links a running Task to its BullMQ job in Bull Board and the worker holding it', async () => {
    const definition = { StartAt: 'Work', States: { Work: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:untilCancelled', End: true } } };
    const { stateMachineArn } = await post('/v1/state-machines', { name: 'long-task', definition });
    const { executionArn } = await post(`/v1/state-machines/${encodeURIComponent(stateMachineArn)}/executions`, { input: {} });
    await page.goto(ui(`/executions/${encodeURIComponent(executionArn)}`));
    await page.click(node('Work', 'running'), { timeout: SHOWN_MS });
    const job = page.locator('[data-testid=task-job]', { hasText: 'held by worker' });
    await job.waitFor({ timeout: SHOWN_MS });
    expect(await job.locator('a').getAttribute('href')).toMatch(/^\/queues\/queue\/stepwise-task-untilCancelled\//);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.waitForSelector(node('Work', 'aborted'), { timeout: SHOWN_MS });
  }, 90_000);

  async function post(path: string, body: unknown): Promise<Record<string, string>> {
    const response = await fetch(`${stack.coordinator.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, string>;
  }
});
