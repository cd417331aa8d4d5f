// EXPLAIN (ANALYZE, BUFFERS) of the service's own list and count statements.
import pg from 'pg';

function planSummary(plan) {
  const parts = [];
  for (let node = plan; node; node = node.Plans?.[0]) {
    parts.push(node['Index Name'] ? `${node['Node Type']} (${node['Index Name']})` : node['Node Type']);
    if (parts.length >= 5) break;
  }
  return parts.join(' > ');
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Runs each statement once unmeasured, then `repeat` times per parameter set; answers per statement the median and the
 * highest execution time (ms), the plan's outline and the buffers of the last run. A statement
 * marked `planOnly` (the service's own `explain` for an estimate) is timed by its planning, the
 * only work it does, and answers the estimated rows.
 */
export async function explainStatements(url, statements, repeat = 3) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const results = [];
  try {
    for (const { name, text, paramSets, planOnly = false } of statements) {
      const times = [];
      let last;
      const rows = [];
      const statement = planOnly ? `EXPLAIN (SUMMARY, FORMAT JSON) ${text.replace(/^explain \([^)]*\)\s*/i, '')}` : `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`;
      // One unmeasured run first: the service's pooled connections have their catalog caches warm,
      // a new connection's first planning does not.
      if (paramSets.length > 0) await client.query(statement, paramSets[0]);
      for (const params of paramSets) {
        for (let r = 0; r < repeat; r++) {
          const { rows: out } = await client.query(statement, params);
          last = out[0]['QUERY PLAN'][0];
          times.push(planOnly ? last['Planning Time'] : last['Execution Time']);
        }
        rows.push(planOnly ? last.Plan['Plan Rows'] : last.Plan['Actual Rows']);
      }
      if (!last) {
        results.push({ name, samples: 0, medianMs: 0, maxMs: 0, plan: 'not run', rows: [] });
        continue;
      }
      results.push({
        name,
        samples: times.length,
        medianMs: median(times),
        maxMs: Math.max(...times),
        planningMs: last['Planning Time'],
        plan: planSummary(last.Plan),
        rows,
        sharedHit: last.Plan['Shared Hit Blocks'],
        sharedRead: last.Plan['Shared Read Blocks'],
      });
    }
  } finally {
    await client.end();
  }
  return results;
}
