import fs from 'node:fs';
import path from 'node:path';
import { ApiError, describeError, kindOfCode } from '../../web/src/api/client';
import { ERROR_CODES, ERROR_CODE_INFO, isErrorCode } from '@trade-truce/vocabulary';

const ROOT = path.resolve(__dirname, '..', '..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('one closed set of error codes', () => {
  it('gives each code an HTTP status and a meaning', () => {
    for (const code of ERROR_CODES) {
      expect(ERROR_CODE_INFO[code].status).toBeGreaterThanOrEqual(200);
      expect(ERROR_CODE_INFO[code].meaning.length).toBeGreaterThan(10);
    }
    expect(isErrorCode('TIMEOUT')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode('SOMETHING_ELSE')).toBe(false);
  });

  it('is the only source of codes: every literal code in server/src belongs to it', () => {
    const literal = /code:\s*'([A-Z_]+)'/g;
    for (const file of sources(path.join(ROOT, 'server', 'src'))) {
      for (const [, code] of fs.readFileSync(file, 'utf8').matchAll(literal)) {
        expect(`${path.relative(ROOT, file)}: ${code} ${isErrorCode(code)}`).toMatch(/ true$/);
      }
    }
  });

  it('maps every code to a kind the web client explains, and unknown codes to a server problem', () => {
    for (const code of ERROR_CODES) {
      const { title } = describeError(new ApiError(kindOfCode(code), 'x'));
      expect(title.length).toBeGreaterThan(5);
    }
    expect(kindOfCode('TIMEOUT')).toBe('timeout');
    expect(kindOfCode('DATABASE_UNAVAILABLE')).toBe('database');
    expect(kindOfCode('NOT_FOUND')).toBe('not-found');
    expect(kindOfCode('SOMETHING_NEW')).toBe('server');
    expect(kindOfCode(undefined)).toBe('server');
  });
});
