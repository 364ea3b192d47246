import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../server/src/paths';

/**
 * `docker compose config` cannot run on machines without the compose plugin (CI has none), so
 * this checks what that command would not: that the file wires the app to the official image.
 */
describe('docker-compose.yml', () => {
  const compose = parse(fs.readFileSync(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8'));
  const neo4j = compose.services.neo4j;
  const app = compose.services.app;

  it('runs the official Neo4j 5.26 Community image with a healthcheck and a named volume', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('shares one password, with a default Neo4j accepts (8+ characters)', () => {
    const fallback = /\$\{NEO4J_PASSWORD:-([^}]+)\}/;
    const appDefault = fallback.exec(app.environment.NEO4J_PASSWORD)?.[1] ?? '';
    expect(appDefault.length).toBeGreaterThanOrEqual(8);
    expect(neo4j.environment.NEO4J_AUTH).toBe(`neo4j/\${NEO4J_PASSWORD:-${appDefault}}`);
  });

  it('builds the app from the Dockerfile and points it at the neo4j service once healthy', () => {
    expect(app.build).toBe('.');
    expect(app.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(app.environment.HOST).toBe('0.0.0.0');
    expect(app.depends_on.neo4j.condition).toBe('service_healthy');
  });

  it('builds in two stages: dev dependencies and sources stay in the first, node runs the compiled server', () => {
    const dockerfile = fs.readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8');
    const stages = dockerfile.split(/^FROM /m).slice(1);
    expect(stages).toHaveLength(2);
    const [build = '', runtime = ''] = stages;
    expect(build).toMatch(/^node:20\S* AS build/);
    expect(build).toContain('RUN npm ci ');
    expect(build).toContain('tsc -p server/tsconfig.build.json');
    // The shared vocabulary is TypeScript; the compiled server finds it compiled in its dist.
    expect(build).toContain(
      'tsc -p packages/vocabulary/tsconfig.build.json --outDir server/dist/node_modules/@trade-truce/vocabulary',
    );
    for (const stage of [build, runtime]) {
      expect(stage).toContain('COPY packages/vocabulary/package.json packages/vocabulary/');
    }
    expect(runtime).toMatch(/^node:20/);
    expect(runtime).toContain('npm ci --omit=dev');
    expect(runtime).toContain('COPY --from=build /app/server/dist server/dist');
    expect(runtime).toContain('COPY --from=build /app/web/dist web/dist');
    expect(runtime).not.toMatch(/COPY \. \.|COPY server\/src|COPY web\/src/);
    // node as PID 1 receives docker stop's SIGTERM itself (npm would sit in between).
    expect(runtime).toContain('CMD ["node", "scripts/start.mjs"]');
    // start.mjs and the compiled server both read build freshness from scripts/newest.cjs.
    expect(runtime).toContain('COPY scripts/start.mjs scripts/newest.cjs scripts/');
    // What the runtime stage copies is what the server reads at run time.
    for (const folder of ['cypher', 'fixtures']) expect(runtime).toContain(`COPY ${folder} ${folder}`);
  });
});
