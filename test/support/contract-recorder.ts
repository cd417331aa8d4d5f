import { checkedInContract } from './openapi-contract.js';

export interface ObservedResponse {
  status: number;
  type?: string;
  headers: Record<string, string>;
  body: unknown;
  text?: string;
  req: { method: string; path: string };
}

/**
 * `CONTRACT_CHECK=all npm test`: every answer of every e2e suite is checked against the checked-in
 * `openapi.json` (routes it documents only; errors may fall back to the `default` error response),
 * and `TestApp.close()` fails the suite with the list of mismatches.
 */
export class ContractRecorder {
  static enabled = () => process.env.CONTRACT_CHECK === 'all';

  private readonly problems = new Set<string>();

  observe(res: ObservedResponse): void {
    const contract = checkedInContract();
    const template = contract.templateOf(res.req.path);
    if (!template || !contract.document.paths[template][res.req.method.toLowerCase()]) return;
    try {
      contract.check(
        {
          method: res.req.method,
          path: res.req.path,
          status: res.status,
          contentType: res.headers['content-type'],
          body: res.type?.startsWith('text/') || res.type === 'application/x-ndjson' ? res.text : res.body,
        },
        { allowDefault: true },
      );
    } catch (error) {
      this.problems.add((error as Error).message);
    }
  }

  assertClean(): void {
    if (this.problems.size > 0) throw new Error(`answers that break openapi.json:\n${[...this.problems].join('\n')}`);
  }
}
