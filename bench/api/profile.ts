/**
 * `--profile`: for a case that misses its target, the plan Neo4j ran for each of the server's
 * statements (PROFILE): operator, rows and db hits, indented as a tree, to see where time goes.
 */
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import type { Statement } from './recording-driver';

function lines(plan: ProfiledPlan, depth = 0): string[] {
  const details = String(plan.arguments['Details'] ?? '')
    .replace(/\s+/g, ' ')
    .slice(0, 110);
  const own = `${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} dbHits=${plan.dbHits}  ${details}`;
  return [own, ...plan.children.flatMap((child) => lines(child, depth + 1))];
}

export async function profile(driver: Driver, database: string, statements: Statement[], timeoutMs: number) {
  const out: string[] = [];
  for (const s of statements) {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(`PROFILE ${s.text}`, s.params, { timeout: timeoutMs });
      const plan = result.summary.profile;
      const time = Number(result.summary.resultAvailableAfter) + Number(result.summary.resultConsumedAfter);
      out.push(`-- ${s.text.split('\n')[0]?.slice(0, 100)} (${time} ms)`);
      if (plan) out.push(...lines(plan));
    } catch (error) {
      out.push(`-- PROFILE failed: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
    } finally {
      await session.close();
    }
  }
  return out.join('\n');
}
