/**
 * Hides credentials in anything this process prints or answers: the user:password part of
 * connection URIs, `password=...` pairs, and every secret value registered here (NEO4J_PASSWORD,
 * the embedded Neo4j's password). Logs go through `log` so that no line escapes it.
 */
const secrets = new Set<string>();

/** Registers a secret value: from now on it is replaced by *** wherever it appears. */
export function addSecret(value: string | undefined): void {
  if (value && value.length >= 4) secrets.add(value);
}

// scheme://anything-up-to-the-last-@-before-the-host@  (a password may itself contain @)
const URI_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/]*@/gi;
const PASSWORD_PAIR = /(password\w*["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,;&]+)/gi;

/** The text with every credential replaced by ***. */
export function redact(text: string): string {
  let out = text.replace(URI_CREDENTIALS, '$1***@').replace(PASSWORD_PAIR, '$1***');
  for (const secret of secrets) out = out.split(secret).join('***');
  return out;
}

/** The first line of an error's message (or of the value thrown), redacted. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return redact(message.split('\n')[0] ?? message);
}

/** Console output with credentials redacted; the only logger of the server's own messages. */
export const log = {
  info: (line: string): void => console.log(redact(line)),
  warn: (line: string): void => console.warn(redact(line)),
  error: (line: string): void => console.error(redact(line)),
};
